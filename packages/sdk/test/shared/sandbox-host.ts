// Node only. One seeded sandbox, plus what a company's backend does for its pages: mint
// user tokens with the secret key. Used directly by the Node run (runtime.ts) and, over
// HTTP, by the browser run (web-test-runner.config.mjs), so the page only ever sees tokens.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import { startSandbox, type DemoPerson } from '../../../sandbox/test/support/harness.js';

/** What reached the sandbox, seen from its side of the wire. */
export interface Audit {
  /** Every HTTP request the sandbox received. */
  requests: number;
  /** Requests with an `Origin` header: sent by a page. */
  fromPages: number;
  /** Requests from a page that carried a secret key (must stay 0). */
  secretKeyFromPages: number;
}

export interface SandboxHost {
  url: string;
  /** A fresh user token, minted with the secret key. */
  token(person: DemoPerson): Promise<string>;
  /** Makes a token expire now: the API answers 401 `token_expired` to it from then on. */
  expire(token: string): void;
  audit(): Audit;
  close(): Promise<void>;
}

/**
 * Starts a sandbox with 100 mentors on an ephemeral port.
 *
 * @example
 * ```ts
 * const host = await startSandboxHost();
 * const token = await host.token('demo-mentee');
 * ```
 */
export async function startSandboxHost(): Promise<SandboxHost> {
  const s = await startSandbox({ mentors: 100 });
  const { host } = new URL(s.url);
  const audit: Audit = { requests: 0, fromPages: 0, secretKeyFromPages: 0 };
  // Observed at the HTTP server, not in the client: a check inside the SDK could not catch the SDK leaking.
  const observe = (message: unknown): void => {
    const { headers } = (message as { request: IncomingMessage }).request;
    if (headers.host !== host) return;
    audit.requests++;
    if (headers.origin === undefined) return;
    audit.fromPages++;
    if (/^bearer\s+sk_/i.test(headers.authorization ?? '')) audit.secretKeyFromPages++;
  };
  subscribe('http.server.request.start', observe);
  return {
    url: s.url,
    token: (person) => s.tokenFor(person),
    expire(token) {
      // Waiting out the 15 minutes is not an option, and moving the sandbox's clock would expire every token.
      s.db.prepare('UPDATE user_tokens SET expires_at = ? WHERE token = ?').run(new Date(Date.now() - 1000).toISOString(), token);
    },
    audit: () => ({ ...audit }),
    async close() {
      unsubscribe('http.server.request.start', observe);
      await s.close();
    },
  };
}
