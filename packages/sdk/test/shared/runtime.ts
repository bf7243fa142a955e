// The Node side of the shared tests' runtime. In the browser run, web-test-runner serves
// ../browser/runtime.ts in place of this file (same exports, mocha's globals, the
// sandbox reached through the test server).
import { startSandboxHost, type Audit, type DemoPerson } from '@menteo/test-support/sandbox-host';

export { after, before, describe, it } from 'node:test';
export type { Audit, DemoPerson };

/** Where the shared tests run. */
export const runtime: 'node' | 'browser' = 'node';

/** The sandbox as a test sees it. */
export interface TestSandbox {
  url: string;
  publishableKey: string;
  /** The secret key, on the server side only: `undefined` in a page. */
  secretKey: string | undefined;
  /** A user token, minted on the server side with the secret key. */
  token(person: DemoPerson): Promise<string>;
  /** Makes a token expire now (the API answers 401 `token_expired` to it). */
  expire(token: string): Promise<void>;
  /** What the sandbox saw so far. */
  audit(): Promise<Audit>;
  close(): Promise<void>;
}

/**
 * Starts a seeded sandbox for this test file.
 *
 * @example
 * ```ts
 * let s: TestSandbox;
 * before(async () => { s = await sandbox(); });
 * after(() => s.close());
 * ```
 */
export async function sandbox(): Promise<TestSandbox> {
  const host = await startSandboxHost();
  return {
    url: host.url,
    publishableKey: 'pk_test_demo',
    secretKey: 'sk_test_demo',
    token: (person) => host.token(person),
    expire: async (token) => host.expire(token),
    audit: async () => host.audit(),
    close: () => host.close(),
  };
}
