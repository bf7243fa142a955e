// Builds dist/menteo-ssr.js: what a page with server-rendered elements (@menteo/elements/ssr)
// loads — Lit's hydration support and the thread feed, roadmap stepper and mentor card, with one
// copy of Lit, the SDK and nanostores — as one minified ES module. Apart from the embed bundle and
// the loader's chunks (rollup.config.mjs), which never carry hydration. Bundled from what
// scripts/build.ts emitted (dist/ssr/client.js), not from src/: hydration matches each template
// by a digest of its strings, so the browser's templates must be the server's (dist/ssr/*.js),
// literal-minified alike. Run after scripts/build.ts.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: ['dist/ssr/client.js'],
  outfile: 'dist/menteo-ssr.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'eof',
  logLevel: 'warning',
});
