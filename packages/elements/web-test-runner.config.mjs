// The elements' tests in real Chromium. One seeded sandbox runs here, in Node; the page
// reaches it over HTTP with CORS, like a customer's page would. This server also plays the
// customer's backend: it mints user tokens with the secret key and hands the page only tokens.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromium } from '../../test/support/chromium.mjs';
import { sandboxForTests } from '../../test/support/wtr-sandbox.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** msw's worker script (test/msw.ts), served from `/` so its scope covers every test page. */
const mswWorker = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');

// The page imports the SDK's source: its dist is a build product a fresh clone does not have.
// open-wc's helpers with waits sized for a loaded machine (test/open-wc.ts), except in that file itself.
const aliases = {
  '@menteo/sdk': '/packages/sdk/src/index.ts',
  '@menteo/sdk/stores': '/packages/sdk/src/stores/index.ts',
  '@menteo/sdk/internal': '/packages/sdk/src/internal.ts',
  '@open-wc/testing': '/packages/elements/test/open-wc.ts',
};
const sandbox = sandboxForTests({
  resolveImport: ({ source, context }) =>
    source === '@open-wc/testing' && context.path.endsWith('/test/open-wc.ts')
      ? undefined
      : source.startsWith('@menteo/sdk/stores/')
        ? `/packages/sdk/src/stores/${source.slice('@menteo/sdk/stores/'.length)}.ts`
        : aliases[/** @type {keyof typeof aliases} */ (source)],
});

/** @type {import('@web/test-runner').TestRunnerConfig['middleware']} */
const middleware = [
  async (ctx, next) => {
    if (ctx.path !== '/mockServiceWorker.js') return next();
    ctx.type = 'application/javascript';
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = await readFile(mswWorker, 'utf8');
  },
  sandbox.middleware,
];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: repoRoot,
  files: [`${here}src/**/*.test.ts`, `${here}test/**/*.test.ts`],
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  // a11ySnapshot: what a screen reader is given (Chromium's accessibility tree), for names axe cannot judge.
  plugins: [sandbox.plugin, a11ySnapshotPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${here}tsconfig.json` })],
  middleware,
  testFramework: { config: { timeout: 20_000 } },
  testRunnerHtml: sandbox.html,
  browsers: [chromium()],
};
