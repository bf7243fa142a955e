// The elements' tests in real Chromium. One seeded sandbox runs here, in Node; the page
// reaches it over HTTP with CORS, like a customer's page would. This server also plays the
// customer's backend: it mints user tokens with the secret key and hands the page only tokens.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from '../../test/support/chromium.mjs';
import { tsImport } from 'tsx/esm/api';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** msw's worker script (test/msw.ts), served from `/` so its scope covers every test page. */
const mswWorker = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');

/** @type {import('../sdk/test/shared/sandbox-host.ts').SandboxHost | undefined} */
let host;
/** A port nothing listens on: the "API unreachable" case. */
let closedUrl = '';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

// The page imports the SDK's source: its dist is a build product a fresh clone does not have.
const aliases = {
  '@menteo/sdk': '/packages/sdk/src/index.ts',
  '@menteo/sdk/stores': '/packages/sdk/src/stores/index.ts',
};

/** Starts the sandbox with the server; resolves the aliases above. */
const sandboxPlugin = {
  name: 'menteo-sandbox',
  async serverStart() {
    /** @type {typeof import('../sdk/test/shared/sandbox-host.ts')} */
    const { startSandboxHost } = await tsImport('../sdk/test/shared/sandbox-host.ts', import.meta.url);
    host = await startSandboxHost();
    closedUrl = `http://127.0.0.1:${await freePort()}`;
  },
  async serverStop() {
    await host?.close();
  },
  resolveImport({ source }) {
    return aliases[/** @type {keyof typeof aliases} */ (source)];
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig['middleware']} */
const middleware = [
  async (ctx, next) => {
    if (ctx.path !== '/mockServiceWorker.js') return next();
    ctx.type = 'application/javascript';
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = await readFile(mswWorker, 'utf8');
  },
  async (ctx, next) => {
    if (!ctx.path.startsWith('/__menteo/') || !host) return next();
    if (ctx.path === '/__menteo/token') {
      ctx.body = await host.token(/** @type {import('../sandbox/test/support/harness.ts').DemoPerson} */ (String(ctx.query.person)));
    } else if (ctx.path === '/__menteo/seed-posts') {
      // Test only: thousands of posts in one transaction (the 10 000-post feed test).
      ctx.body = String(host.seedPosts(String(ctx.query.thread), Number(ctx.query.count)));
    } else {
      ctx.status = 404;
    }
  },
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
  plugins: [sandboxPlugin, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${here}tsconfig.json` })],
  middleware,
  testFramework: { config: { timeout: 20_000 } },
  // nanostores reads process.env.NODE_ENV; without a bundler the page must define it.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <body>
    <script>
      window.process = { env: { NODE_ENV: 'development' } };
      window.__MENTEO__ = ${JSON.stringify({ url: host?.url, closedUrl })};
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  browsers: [chromium()],
};
