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
  async token(person, options = {}) {
    const response = await fetch(`/__menteo/token?person=${encodeURIComponent(person)}${options.expired ? '&expired=1' : ''}`);
    if (!response.ok) throw new Error(`the test server could not mint a token: ${response.status} ${await response.text()}`);
    return response.text();
  },
  async audit() {
    return (await fetch('/__menteo/audit')).json() as Promise<Shared.Audit>;
  },
  // The sandbox belongs to the test server, which stops it when the run ends.
  close: async () => {},
});
