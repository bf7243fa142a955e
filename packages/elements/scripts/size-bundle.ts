// How the size scripts bundle one built entry point the way a page's bundler would: esbuild,
// everything it imports included (Lit, @lit/context, the SDK from its source, nanostores),
// minified for es2022 browsers, split at each dynamic import(). scripts/size.ts measures with it,
// scripts/size-breakdown.ts takes it apart; both must see the same bytes.
import { sdkAliases } from './sdk-aliases.js';
import { build, type BuildOptions, type BuildResult, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The package's root (where dist/ is). */
export const packageRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * Bundles `file` (relative to the package, e.g. `dist/mentor-card/define.js`) in memory, with its
 * metafile; `extra` adds esbuild options (a source map for the breakdown).
 *
 * @example
 * ```ts
 * const result = await bundleEntry('dist/mentor-card/define.js');
 * const chunks = initialLoad(result.metafile, 'dist/mentor-card/define.js');
 * ```
 */
export function bundleEntry(file: string, extra: BuildOptions = {}): Promise<BuildResult<{ write: false; metafile: true }>> {
  return build({
    entryPoints: [file],
    absWorkingDir: packageRoot,
    bundle: true,
    splitting: true,
    outdir: 'size-out',
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: sdkAliases(),
    // @menteo/api is bundled, not external: its room-lifecycle module ships with the stores.
    ...extra,
    write: false,
    metafile: true,
  });
}

/**
 * The entry's chunk and every chunk it imports statically, directly or not (paths as in the
 * metafile): what a page loads before the element can render. Chunks behind an import() are not.
 *
 * @example `initialLoad(result.metafile, 'dist/index.js') // ['size-out/index.js', 'size-out/chunk-AB12CD34.js']`
 */
export function initialLoad(metafile: Metafile, entryPoint: string): string[] {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file]!.entryPoint === entryPoint);
  if (!entry) throw new Error(`size: esbuild made no chunk for ${entryPoint}`);
  const seen = new Set<string>([entry]);
  for (const file of seen) {
    for (const { path, kind } of outputs[file]!.imports) if (kind === 'import-statement' && outputs[path]) seen.add(path);
  }
  return [...seen];
}
