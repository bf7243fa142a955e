// The shared SDK tests (test/shared/*.test.ts) in real Chromium. One seeded sandbox runs
// here, in Node; the page reaches it over HTTP with CORS, like a customer's page would.
// This server also plays the customer's backend: it mints user tokens with the secret
// key and hands the page only the tokens.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from '../../test/support/chromium.mjs';
import { sandboxForTests } from '../../test/support/wtr-sandbox.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const sandbox = sandboxForTests({
  // No `process` in this page: the SDK must run on web platform APIs alone.
  nodeEnv: false,
  // The shared tests import './runtime.js'; in the page that is the browser runtime.
  resolveImport({ source, context }) {
    if (source === './runtime.js' && context.path.includes('/packages/sdk/test/shared/')) return '/packages/sdk/test/browser/runtime.ts';
  },
});

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: repoRoot,
  files: [`${here}test/shared/*.test.ts`],
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  plugins: [sandbox.plugin, esbuildPlugin({ ts: true, target: 'es2022' })],
  middleware: [sandbox.middleware],
  testFramework: { config: { timeout: 20_000 } },
  testRunnerHtml: sandbox.html,
  browsers: [chromium()],
};
