// Node only. One seeded sandbox, plus what a company's backend does for its pages: mint
// user tokens with the secret key. Used directly by the SDK's Node run (its test/shared/runtime.ts)
// and, over HTTP, by the browser runs (test/support/wtr-sandbox.mjs), so a page only ever sees tokens.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { addOrganization, type FixtureOrg, newId, seedInsightsFixture, startSandbox, type DemoPerson } from '@menteo/sandbox/testing';

export type { DemoPerson };
/** The sandbox harness itself, for scripts of packages that do not depend on @menteo/sandbox (the elements' bench). */
export { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';

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
  /** The sandbox's clock now (milliseconds since the epoch): a test page shifts its `Date` to it. */
  now(): number;
  /** A fresh user token, minted with the secret key. */
  token(person: DemoPerson): Promise<string>;
  /** Makes a token expire now: the API answers 401 `token_expired` to it from then on. */
  expire(token: string): void;
  audit(): Audit;
  /** The event streams open now: what a test checks to prove the page closed the ones it opened. */
  liveStreams(): number;
  /**
   * The requests the sandbox has not answered yet (event streams included), oldest first, with
   * how long each has waited: what a test run's watchdog prints when a page stops making progress.
   */
  inFlight(): { method: string; url: string; ms: number; stream: boolean }[];
  /**
   * Test only: writes `count` posts by the thread's owner straight into the database, in one
   * transaction, older than every post it has (newest first they follow its existing ones).
   * The schema's triggers keep the thread's `post_count` and `last_post_at`. Returns the
   * thread's post count after.
   */
  seedPosts(threadId: string, count: number): number;
  /**
   * What a company's backend serves its admin page: `GET /v1/org/insights?<query>` (the JSON) or
   * `/v1/org/insights.csv` (`csv`), read with the secret key of an organization seeded on first
   * use with the insights fixture of the sandbox's own tests.
   */
  insights(query: string, csv?: boolean): Promise<{ status: number; type: string; body: string }>;
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
  /** The requests not answered yet (an event stream stays here until it closes). */
  const pending = new Set<{ method: string; url: string; since: number; stream: boolean }>();
  // Observed at the HTTP server, not in the client: a check inside the SDK could not catch the SDK leaking.
  const observe = (message: unknown): void => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const { headers } = request;
    if (headers.host !== host) return;
    const stream = request.url?.startsWith('/v1/events') === true && (headers.accept ?? '').includes('text/event-stream');
    const entry = { method: request.method ?? '', url: request.url ?? '', since: performance.now(), stream };
    pending.add(entry);
    response.once('close', () => pending.delete(entry));
    audit.requests++;
    if (headers.origin === undefined) return;
    audit.fromPages++;
    if (/^bearer\s+sk_/i.test(headers.authorization ?? '')) audit.secretKeyFromPages++;
  };
  subscribe('http.server.request.start', observe);
  let fixtureOrg: Promise<FixtureOrg> | undefined;
  return {
    url: s.url,
    now: () => s.now().getTime(),
    token: (person) => s.tokenFor(person),
    expire(token) {
      // Waiting out the 15 minutes is not an option, and moving the sandbox's clock would expire every token.
      s.db.prepare('UPDATE user_tokens SET expires_at = ? WHERE token = ?').run(new Date(s.now().getTime() - 1000).toISOString(), token);
    },
    audit: () => ({ ...audit }),
    liveStreams: () => [...pending].filter((request) => request.stream).length,
    inFlight: () => [...pending].map(({ since, ...entry }) => ({ ...entry, ms: Math.round(performance.now() - since) })),
    seedPosts(threadId, count) {
      const thread = s.db.prepare('SELECT owner_id FROM threads WHERE id = ?').get(threadId) as { owner_id: string } | undefined;
      if (!thread) throw new Error(`no thread ${threadId}`);
      const oldest = s.db.prepare('SELECT min(created_at) FROM posts WHERE thread_id = ?').pluck().get(threadId) as string | null;
      const start = (oldest ? Date.parse(oldest) : s.now().getTime()) - 60_000;
      const kinds = ['update', 'challenge', 'breakthrough', 'milestone', 'question'] as const;
      const insert = s.db.prepare('INSERT INTO posts (id, thread_id, author_id, kind, body, created_at) VALUES (?, ?, ?, ?, ?, ?)');
      s.db.transaction(() => {
        for (let n = 1; n <= count; n++) {
          const body = `Seeded post ${n} of ${count}.${n % 3 ? '' : '\n\nA **longer** one, with a second paragraph and a [link](https://example.com).'}`;
          insert.run(newId('post'), threadId, thread.owner_id, kinds[n % kinds.length], body, new Date(start - n * 60_000).toISOString());
        }
      })();
      return s.db.prepare('SELECT post_count FROM threads WHERE id = ?').pluck().get(threadId) as number;
    },
    async insights(query, csv) {
      fixtureOrg ??= (async () => {
        const org = addOrganization(s, 'insightco');
        await seedInsightsFixture(s, org, 'wtr');
        return org;
      })();
      const { secret } = await fixtureOrg;
      const res = await s.request('GET', `/v1/org/insights${csv ? '.csv' : ''}?${query}`, { auth: secret });
      return { status: res.status, type: res.headers.get('content-type') ?? '', body: res.text };
    },
    async close() {
      unsubscribe('http.server.request.start', observe);
      await s.close();
    },
  };
}
