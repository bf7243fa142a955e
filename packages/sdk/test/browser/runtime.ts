// The browser side of the shared tests' runtime: web-test-runner serves this file for
// test/shared/runtime.js. The sandbox runs in Node (web-test-runner.config.mjs); the
// page gets its URL from `window.__MENTEO__` and user tokens from the test server,
// which mints them with the secret key, the way a company's backend would. No secret
// key ever reaches the page.
import type * as Shared from '../shared/runtime.js';

interface MochaGlobals {
  describe: typeof Shared.describe;
  it: typeof Shared.it;
  before: typeof Shared.before;
  after: typeof Shared.after;
  __MENTEO__: { url: string };
}
const page = globalThis as unknown as MochaGlobals;

// Mocha's functions take the same (name, fn) / (fn) calls the shared tests make.
export const { describe, it, before, after } = page;
export const runtime: typeof Shared.runtime = 'browser';

export const sandbox: typeof Shared.sandbox = async () => ({
  url: page.__MENTEO__.url,
  publishableKey: 'pk_test_demo',
  secretKey: undefined,
  token: (person) => testServer(`/__menteo/token?person=${encodeURIComponent(person)}`),
  expire: async (token) => void (await testServer(`/__menteo/expire?token=${encodeURIComponent(token)}`, 'POST')),
  audit: async () => JSON.parse(await testServer('/__menteo/audit')) as Shared.Audit,
  // The sandbox belongs to the test server, which stops it when the run ends.
  close: async () => {},
});

/** Asks the test server (same origin as the page) to act for the test, as a page asks its backend. */
async function testServer(path: string, method = 'GET'): Promise<string> {
  const response = await fetch(path, { method });
  const text = await response.text();
  if (!response.ok) throw new Error(`test server: ${method} ${path} answered ${response.status} ${text}`);
  return text;
}
