// The embed bundle: dist/menteo.js, one self-contained ES module (Lit, @lit/context, the SDK,
// its stores, nanostores) that defines every element — what a blogger
// loads with one <script type="module">. npm users get dist/ from scripts/build.ts instead
// (per-module, dependencies left to their bundler). Both compile src/ with the same literal
// minifier (scripts/minify-literals.ts). No eval, source maps, license banner; the third-party
// license texts ship beside it (dist/menteo.js.LICENSE.txt, scripts/third-party-licenses.ts).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
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
    return null;
  },
};

/** tsconfig.build.json's options (what the npm build compiles with), for single-file ES modules. */
const compilerOptions = (() => {
  const config = ts.getParsedCommandLineOfConfigFile(fileURLToPath(new URL('./tsconfig.build.json', import.meta.url)), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  return {
    ...config.options,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    declaration: false,
    declarationMap: false,
    sourceMap: true,
    inlineSourceMap: false,
    inlineSources: false,
  };
})();

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

export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/menteo.js',
    format: 'es',
    sourcemap: true,
    banner,
    inlineDynamicImports: true,
  },
  plugins: [
    sdkSource,
    nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
    // nanostores reads process.env.NODE_ENV: a page has no `process`.
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    literals,
    // The SDK's source (src/ is already JavaScript by now).
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.build.json', exclude: [/node_modules/, new RegExp(`^${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)] }),
    // Terser keeps our banner (`/*!`) and drops the per-module license headers it summarizes.
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: /^!/ } }),
    licenses,
  ],
};
