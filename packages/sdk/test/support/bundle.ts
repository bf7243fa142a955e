// How the tree-shaking tests see what a page would ship: `code` bundled from the SDK's source the
// way a page's bundler would (ESM, browser, minified), the contract's types left out.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/**
 * The minified bundle of `code`, whose imports resolve from `src/`.
 *
 * @example `assert.ok(!(await bundle(`export * from './stores/index.ts';`)).includes('/v1/org/insights'));`
 */
export async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: src, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    external: ['@menteo/api'],
  });
  return new TextDecoder().decode(result.outputFiles[0]?.contents);
}
