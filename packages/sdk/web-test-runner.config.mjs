// The shared SDK tests (test/shared/*.test.ts) in real Chromium. One seeded sandbox runs
// here, in Node; the page reaches it over HTTP with CORS, like a customer's page would.
// This server also plays the customer's backend: it mints user tokens with the secret
// key and hands the page only the tokens.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from '../../test/support/chromium.mjs';
import { tsImport } from 'tsx/esm/api';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('./test/shared/sandbox-host.ts').SandboxHost | undefined} */
let host;

/** Starts the sandbox with the server; answers the page's requests for tokens and the audit. */
const sandboxPlugin = {
  name: 'menteo-sandbox',
  async serverStart() {
    /** @type {typeof import('./test/shared/sandbox-host.ts')} */
    const { startSandboxHost } = await tsImport('./test/shared/sandbox-host.ts', import.meta.url);
    host = await startSandboxHost();
  },
  async serverStop() {
    await host?.close();
  },
  // The shared tests import './runtime.js'; in the page that is the browser runtime.
  resolveImport({ source, context }) {
    if (source === './runtime.js' && context.path.includes('/packages/sdk/test/shared/')) return '/packages/sdk/test/browser/runtime.ts';
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig['middleware']} */
const middleware = [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/__menteo/') || !host) return next();
    if (ctx.path === '/__menteo/token') {
      ctx.body = await host.token(/** @type {import('../sandbox/test/support/harness.ts').DemoPerson} */ (String(ctx.query.person)));
    } else if (ctx.path === '/__menteo/expire' && ctx.method === 'POST') {
      host.expire(String(ctx.query.token));
      ctx.status = 204;
    } else if (ctx.path === '/__menteo/audit') {
      ctx.body = host.audit();
    } else {
      ctx.status = 404;
    }
  },
];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: repoRoot,
  files: [`${here}test/shared/*.test.ts`],
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  plugins: [sandboxPlugin, esbuildPlugin({ ts: true, target: 'es2022' })],
  middleware,
  testFramework: { config: { timeout: 20_000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script>window.__MENTEO__ = ${JSON.stringify({ url: host?.url })};</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  browsers: [chromium()],
};
