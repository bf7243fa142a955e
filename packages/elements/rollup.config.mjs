// The embed bundle: dist/menteo.js, one self-contained ES module (Lit, @lit/context, the SDK,
// its stores, nanostores) that defines every element — what a blogger
// loads with one <script type="module">. npm users get dist/ from scripts/build.ts instead
// (per-module, dependencies left to their bundler). Both compile src/ with the same literal
// minifier (scripts/minify-literals.ts). No eval, source maps, license banner; the third-party
// license texts ship beside it (dist/menteo.js.LICENSE.txt, scripts/third-party-licenses.ts).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { tsImport } from 'tsx/esm/api';
import ts from 'typescript';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const sdk = fileURLToPath(new URL('../sdk/src/', import.meta.url));
const source = fileURLToPath(new URL('./src/', import.meta.url));
/** @type {typeof import('./scripts/minify-literals.ts')} */
const { minifyLiterals } = await tsImport('./scripts/minify-literals.ts', import.meta.url);
/** @type {typeof import('./scripts/third-party-licenses.ts')} */
const { packageNotices, thirdPartyLicenses } = await tsImport('./scripts/third-party-licenses.ts', import.meta.url);
/** @type {typeof import('./scripts/cdn-manifest.ts')} */
const { chunkManifest, chunkMap, lazyMap, sri } = await tsImport('./scripts/cdn-manifest.ts', import.meta.url);
/** @type {typeof import('./scripts/elements.ts')} */
const { elementFolders } = await tsImport('./scripts/elements.ts', import.meta.url);
/** @type {typeof import('./scripts/compiler-options.ts')} */
const { singleModuleOptions } = await tsImport('./scripts/compiler-options.ts', import.meta.url);
/** @type {typeof import('./scripts/cdn-chunks.ts')} */
const { chunkAssignments, mergeChunks, weightedPages } = await tsImport('./scripts/cdn-chunks.ts', import.meta.url);
/** @type {typeof import('./scripts/size-budgets.ts')} */
const { loaderPages } = await tsImport('./scripts/size-budgets.ts', import.meta.url);
const licenseFile = 'menteo.js.LICENSE.txt';

const banner = `/*! @menteo/elements ${pkg.version} — menteo.js, the embed bundle | MIT License | (c) Menteo
 *  Bundles lit, @lit/reactive-element, lit-html, lit-element, @lit/context (BSD-3-Clause,
 *  Google LLC), nanostores (MIT, Andrey Sitnik) and @menteo/sdk (MIT).
 *  Their license texts: ${licenseFile}, beside this file. */`;

/**
 * Writes the license texts of every third-party package in the bundle beside it: terser keeps
 * only the banner above, and MIT and BSD-3-Clause ask that copies carry the notice and license.
 */
const licenses = {
  name: 'menteo-licenses',
  generateBundle(_options, bundle) {
    const ids = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? Object.keys(output.modules) : []));
    this.emitFile({ type: 'asset', fileName: licenseFile, source: thirdPartyLicenses('dist/menteo.js', packageNotices(ids)) });
  },
};

/** Resolves `@menteo/sdk` to its source, so the bundle never depends on the SDK having been built. */
const sdkSource = {
  name: 'menteo-sdk-source',
  resolveId(source) {
    if (source === '@menteo/sdk') return `${sdk}index.ts`;
    if (source === '@menteo/sdk/stores') return `${sdk}stores/index.ts`;
    if (source === '@menteo/sdk/internal') return `${sdk}internal.ts`;
    if (source.startsWith('@menteo/sdk/stores/')) return `${sdk}stores/${source.slice('@menteo/sdk/stores/'.length)}.ts`;
    return null;
  },
};

/** tsconfig.build.json's options (what the npm build compiles with), for single-file ES modules. */
const compilerOptions = singleModuleOptions({ sourceMap: true });

/**
 * Compiles our TypeScript (src/) with the TypeScript API and the literal minifier, as the npm
 * build does, with a source map back to src/. The SDK's source is left to esbuild.
 */
const literals = {
  name: 'menteo-literals',
  transform(code, id) {
    if (!id.startsWith(source) || !id.endsWith('.ts')) return null;
    const {
      outputText,
      sourceMapText,
      diagnostics = [],
    } = ts.transpileModule(code, {
      fileName: id,
      compilerOptions,
      reportDiagnostics: true,
      transformers: { before: [minifyLiterals()] },
    });
    const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (errors.length > 0)
      this.error(ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => '\n' }));
    const map = JSON.parse(sourceMapText);
    map.sources = [id];
    map.sourcesContent = [code];
    return { code: outputText.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'), map };
  },
};

/** Our source, the SDK's and the packages', compiled and minified the same way for every output. */
const compile = () => [
  sdkSource,
  nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
  // nanostores reads process.env.NODE_ENV: a page has no `process`.
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
  literals,
  // The SDK's source (src/ is already JavaScript by now).
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json', exclude: [/node_modules/, new RegExp(`^${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)] }),
  // Terser keeps our banners (`/*!`) and drops the per-module license headers they summarize.
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: /^!/ } }),
];

/** dist/menteo.js, the one-file embed bundle. */
const embed = {
  input: 'src/index.ts',
  output: {
    file: 'dist/menteo.js',
    format: 'es',
    sourcemap: true,
    banner,
    inlineDynamicImports: true,
  },
  plugins: [...compile(), licenses],
};

// The CDN build (dist/cdn/, issue #15): every element's entry point as its own chunk, sharing
// chunks for Lit, the SDK, the stores and the common element code, for the autoloader
// (dist/cdn/menteo-loader.js) to import only what a page shows. Entries keep their folder's name
// (`mentor-card.js`), shared chunks the name rollup gives them (`tokens.js`). No content hash in the
// names: every URL already holds the version (`…/@menteo/elements@<version>/dist/cdn/`), which
// npm never republishes, so a URL's bytes never change and can be cached forever, and a hash
// would only add ≈8 bytes no gzip can shrink to each import and to the loader's map (0.15 KB on a
// card's page, 0.36 KB on a blog's). Integrity still pins each chunk's bytes (the loader's map).
// Translations and dialogs stay import()s, through the loader's checked import (cdnLazyImports).
const cdnDir = 'dist/cdn';
const cdnLicenseFile = 'THIRD-PARTY-LICENSES.txt';
const cdnBanner = `/*! @menteo/elements ${pkg.version} | MIT License | (c) Menteo | includes Lit (BSD-3-Clause, Google LLC), nanostores (MIT): ${cdnLicenseFile} */`;

/**
 * Writes menteo-chunks.json (each chunk's imports and sizes), integrity.json (each chunk's SRI
 * hash) and the third-party license texts beside the chunks (scripts/cdn-manifest.ts).
 */
const cdnManifest = {
  name: 'menteo-cdn-manifest',
  // Chunks of an earlier build would otherwise stay beside these, in no manifest.
  buildStart: () => rmSync(cdnDir, { recursive: true, force: true }),
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
    const integrity = Object.fromEntries(chunks.map((chunk) => [chunk.fileName, sri(chunk.code)]).sort(([a], [b]) => a.localeCompare(b)));
    const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
    this.emitFile({ type: 'asset', fileName: 'menteo-chunks.json', source: json(chunkManifest(pkg.version, chunks)) });
    this.emitFile({ type: 'asset', fileName: 'integrity.json', source: json(integrity) });
    const ids = chunks.flatMap((chunk) => Object.keys(chunk.modules));
    this.emitFile({ type: 'asset', fileName: cdnLicenseFile, source: thirdPartyLicenses('dist/cdn/', packageNotices(ids)) });
  },
};

/**
 * The chunks' own import()s (translations, dialogs, the sign-in flow) become calls of the
 * loader's `menteoImport`, which checks each lazy chunk and its static imports against their
 * hashes (the lazy map) before it imports it: import() itself has no integrity. So the CDN
 * chunks are the loader's, not for a page to import one by one (menteo.js is the one-file build).
 */
const cdnLazyImports = {
  name: 'menteo-cdn-lazy-imports',
  renderDynamicImport({ targetChunk, moduleId }) {
    if (!targetChunk) this.error(`${moduleId}: an import() the CDN build cannot resolve to a chunk`);
    return { left: 'menteoImport(', right: ')' };
  },
};

/**
 * What may have side effects, as package.json's `sideEffects` says for npm users: the SDK nothing
 * (its package.json), this package only its define files. The CDN build resolves both to their
 * source, where rollup would otherwise assume every module has effects: a module that the
 * barrels (`@menteo/sdk`, `@menteo/sdk/stores`) re-export then counts as a dependency of every
 * element importing the barrel, and rollup places it in a chunk that element loads, used or not
 * (the SDK's pagination and identity stores on a card's page).
 */
const cdnTreeshake = {
  moduleSideEffects: (id) => {
    if (id.startsWith(sdk)) return false;
    if (!id.startsWith(source)) return true;
    const file = relative(source, id);
    return /^([^/]+\/)?define\.ts$/.test(file) || file === 'index.ts' || file === 'ssr/client.ts' || file === 'ssr/seed-page.ts';
  },
};

const cdnInput = Object.fromEntries(elementFolders().map(({ folder }) => [folder, `src/${folder}/define.ts`]));
const cdnOutput = {
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: '[name].js',
  // The loader preloads every chunk an entry needs at once, so an entry need not import its
  // chunks' chunks itself to start their downloads early (0.17 KB less on a card's page).
  hoistTransitiveImports: false,
};

/**
 * Which chunk each module goes to: a first build in memory, rollup's own chunks (one per set of
 * elements using a module, ≈40), then merged where the pages the loader serves get lighter
 * (scripts/cdn-chunks.ts). The second build, written below, follows it.
 */
const cdnChunks = await (async () => {
  const bundle = await rollup({ input: cdnInput, plugins: compile(), treeshake: cdnTreeshake, onwarn: () => {} });
  const { output } = await bundle.generate(cdnOutput);
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const pages = weightedPages(
    elementFolders().map(({ folder }) => folder),
    loaderPages.map((page) => page.elements),
  );
  return chunkAssignments(chunks, mergeChunks(chunks, pages));
})();

/** @type {import('rollup').RollupOptions} */
const cdn = {
  input: cdnInput,
  treeshake: cdnTreeshake,
  // An entry may export what its lazy chunks import from it, rather than become a facade over a
  // chunk of its own code (scripts/cdn-chunks.ts sharedName): the chunks were grouped above,
  // with rollup's default, and this build only follows that grouping.
  preserveEntrySignatures: 'allow-extension',
  output: {
    ...cdnOutput,
    dir: cdnDir,
    manualChunks: (id) => cdnChunks.get(id),
    // Only chunks with third-party code carry the notice (terser keeps `/*!` comments).
    banner: (chunk) => (chunk.moduleIds.some((id) => id.includes('node_modules')) ? cdnBanner : ''),
  },
  plugins: [...compile(), cdnLazyImports, cdnManifest],
};

/** Adds a file written after the CDN build (the lazy map, the loader) to integrity.json, by its path from dist/cdn/. */
function addIntegrity(file) {
  const path = `${cdnDir}/integrity.json`;
  const integrity = JSON.parse(readFileSync(path, 'utf8'));
  integrity[relative(cdnDir, file)] = sri(readFileSync(file));
  writeFileSync(path, `${JSON.stringify(integrity, null, 2)}\n`);
}

const loaderEntry = '\0menteo-loader';
const basePlaceholder = '__MENTEO_CDN_BASE__';

/**
 * The loader's entry: src/loader/loader.ts started with the map of the CDN build just written
 * (each element's entry and static imports, every chunk's integrity), its files relative to
 * the loader's own URL. `observe` is exported for pages with open shadow roots. Writes the lazy
 * map beside the chunks first (menteo-lazy.js: each chunk's import() targets and the chunks they
 * may still need), which the loader's map pins by its hash, and adds it to integrity.json.
 */
const loaderMap = {
  name: 'menteo-loader-map',
  resolveId: (id) => (id === loaderEntry ? id : null),
  load(id) {
    if (id !== loaderEntry) return null;
    const read = (file) => readFileSync(`${cdnDir}/${file}`);
    /** @type {import('./scripts/cdn-manifest.ts').ChunkManifest} */
    const manifest = JSON.parse(read('menteo-chunks.json').toString());
    for (const [folder, file] of Object.entries(manifest.entries)) {
      if (file !== `${folder}.js`) this.error(`the loader expects ${folder}.js, not ${file}`);
    }
    // sha256, not integrity.json's sha384: 44 characters instead of 64 for each of ≈20 chunks,
    // which no compression shrinks (0.4 KB of the loader's 3 KB budget); as strong for this.
    const hash = (file) => sri(read(file), 'sha256');
    const lazyFile = 'menteo-lazy.js';
    writeFileSync(`${cdnDir}/${lazyFile}`, `export default ${JSON.stringify(lazyMap(manifest, hash))};\n`);
    addIntegrity(`${cdnDir}/${lazyFile}`);
    // Only the chunks an element needs before it runs: the loader preloads those (checked).
    /** @type {import('./src/loader/chunk-map.ts').LoaderMap} */
    const map = { ...chunkMap(manifest, Object.keys(manifest.entries), hash), lazy: hash(lazyFile) };
    return `import { startLoader } from ${JSON.stringify(fileURLToPath(new URL('./src/loader/loader.ts', import.meta.url)))};
export const { observe } = startLoader(${JSON.stringify(map)}, new URL(${JSON.stringify(basePlaceholder)}, import.meta.url));`;
  },
};

/**
 * Where the chunks are from this copy of the loader (`./` beside them, `./cdn/` from dist/), and
 * its SRI hash, added to integrity.json by its path from dist/cdn/.
 */
const loaderCopy = (file, base) => ({
  name: 'menteo-loader-copy',
  generateBundle(_options, bundle) {
    for (const output of Object.values(bundle)) if (output.type === 'chunk') output.code = output.code.replace(basePlaceholder, base);
  },
  writeBundle: () => addIntegrity(file),
});

/** @type {import('rollup').RollupOptions} */
const loader = {
  input: loaderEntry,
  output: [
    { file: `${cdnDir}/menteo-loader.js`, format: 'es', plugins: [loaderCopy(`${cdnDir}/menteo-loader.js`, './')] },
    { file: 'dist/menteo-loader.js', format: 'es', plugins: [loaderCopy('dist/menteo-loader.js', './cdn/')] },
  ],
  plugins: [loaderMap, ...compile()],
};

// In this order: the loader's map is read from what the CDN build wrote (rollup builds a
// config array one after the other).
export default [embed, cdn, loader];
