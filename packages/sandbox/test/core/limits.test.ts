// Limits that hold under hostile traffic: a body that never ends, a flood of distinct
// filter combinations, and one visitor (or one guesser) spending everybody's budget.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { maxBodyBytes } from '../../src/app.js';
import { preparedCacheLimit, preparedCacheSize, preparedCompileCount } from '../../src/db/database.js';
import { createSandbox, type Sandbox } from '../../src/sandbox.js';

type Problem = { code: string; status: number; detail: string };

/** A fixed clock: rate-limit windows then never roll over in the middle of a test. */
const fixedNow = () => new Date('2026-06-01T10:00:00.000Z');

describe('request bodies without a Content-Length', () => {
  let sandbox: Sandbox;
  let url: string;
  before(async () => {
    sandbox = createSandbox({ db: ':memory:', mentors: 50, log: () => {}, now: fixedNow, rateLimit: { limit: 0, windowSeconds: 60 } });
    ({ url } = await sandbox.listen({ port: 0 }));
  });
  after(() => sandbox.close());

  it('stops reading a 20 MB chunked body at the limit and answers 413, without holding it in memory', async (t) => {
    const total = 20 * 1024 * 1024;
    const chunk = new Uint8Array(64 * 1024).fill(0x20); // spaces: valid JSON whitespace, however much of it is read
    let sent = 0;
    // Generated as it is pulled, so the test itself never holds the 20 MB either.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    // Warm up fetch and the server's code paths first: loading them is not what is measured.
    const small = await fetch(`${url}/v1/matches`, {
      method: 'POST',
      headers: { Authorization: 'Bearer pk_test_demo', 'Content-Type': 'application/json' },
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{}'));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    await small.arrayBuffer();
    globalThis.gc?.();
    const before = process.memoryUsage().rss;
    const response = await fetch(`${url}/v1/matches`, {
      method: 'POST',
      headers: { Authorization: 'Bearer pk_test_demo', 'Content-Type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    // The body has been pulled only as the connection took it: once the server stopped reading,
    // the sockets' buffers filled (about 4 MB on loopback) and nothing more was pulled.
    const sentBeforeAnswer = sent;
    const problem = (await response.json()) as Problem;
    const grown = process.memoryUsage().rss - before;
    assert.equal(response.status, 413);
    assert.equal(problem.code, 'payload_too_large');
    assert.ok(maxBodyBytes < total);
    assert.ok(
      sentBeforeAnswer < total / 2,
      `${(sentBeforeAnswer / 1048576).toFixed(1)} MB of the 20 MB body were sent before the answer: the server read on past its limit`,
    );
    // Printed, not asserted: with client and server in one process and no forced collection, RSS
    // moved by 1.6–4 MB on a quiet machine and by 16.4 MB once on a loaded CI run, without a leak.
    t.diagnostic(`20 MB chunked body refused after ${(sentBeforeAnswer / 1048576).toFixed(1)} MB were sent; RSS moved by ${(grown / 1048576).toFixed(1)} MB`);
  });

  // Node's fetch never says what became of the rest of its upload once the answer came (it stops
  // pulling the body), so this speaks HTTP/1.1 on a socket: the client keeps sending until the 413
  // arrives, then stops, as a client reading its answer would. The server must not keep the
  // connection waiting for a body it will never read (the client would hang): it reads and drops
  // what is in flight for a moment, then closes (a "lingering close", @hono/node-server's).
  it('closes the connection after refusing a chunked body it did not read, once the client stops sending', { timeout: 30_000 }, async (t) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    let answer = '';
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.on('data', (data: Buffer) => (answer += data.toString('latin1')));
    socket.on('error', () => {}); // a reset after the answer: the close is what is asserted
    socket.write(
      'POST /v1/matches HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer pk_test_demo\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
    const chunk = Buffer.concat([Buffer.from(`${(64 * 1024).toString(16)}\r\n`), Buffer.alloc(64 * 1024, 0x20), Buffer.from('\r\n')]);
    let sent = 0;
    // Send until the answer starts (or the socket is gone), waiting for the socket when it is full.
    while (!answer.includes('\r\n\r\n') && !socket.destroyed) {
      sent += chunk.length;
      if (!socket.write(chunk)) await Promise.race([new Promise((resolve) => socket.once('drain', resolve)), closed]);
    }
    await closed; // a server that never closes fails on the test's 30 s timeout
    assert.match(answer, /^HTTP\/1\.1 413 /);
    assert.match(answer, /payload_too_large/);
    t.diagnostic(`closed after the 413; the client had sent ${(sent / 1048576).toFixed(1)} MB`);
  });
});

describe('prepared statements', () => {
  // Each distinct SQL text is a compiled statement holding ~20 KB of SQLite memory, freed
  // only when its JS object is collected. If the text followed the filters a client sends,
  // a stream of distinct searches would compile without end and grow the process; so the
  // texts must depend only on a small, fixed set of shapes (sort order, text or not, page
  // or total), never on filter values, how many values a list has, or which filters are set.
  it('compiles a small fixed set of statements across 10,000 distinct searches and matches, and RSS stays flat without forced GC', async (t) => {
    const sandbox = createSandbox({ db: ':memory:', mentors: 50, log: () => {}, now: fixedNow, rateLimit: { limit: 0, windowSeconds: 60 } });
    try {
      const auth = { Authorization: 'Bearer pk_test_demo' };
      const skills = ['leadership', 'system-design', 'react', 'python', 'hiring', 'product-strategy', 'rust', 'career-change'];
      const industries = ['fintech', 'developer-tools', 'healthcare', 'e-commerce', 'saas'];
      const seniorities = ['mid', 'senior', 'staff', 'principal', 'director', 'vp', 'c_level'];
      const languages = ['en', 'de', 'fr', 'es', 'pt', 'pt-BR', 'ja', 'en-GB'];
      const words = ['engineering', 'manager', 'design', 'data', 'growth', 'lead', 'product', 'career'];
      const sorts = ['rating', 'sessions', 'response', 'availability', 'relevance'];
      const facetNames = ['skills', 'industries', 'languages', 'seniority', 'helpsWith'];
      /** `n` values of `list` starting at `from` (a different subset, and a different count, per call). */
      const some = (list: readonly string[], from: number, n: number) =>
        Array.from({ length: Math.max(1, n % (list.length + 1)) }, (_, k) => list[(from + k) % list.length]!).filter((v, k, all) => all.indexOf(v) === k);
      // Bit k of `i` decides whether filter k is present; the values and their counts come
      // from other digits of `i`, so no two requests are alike.
      const search = (i: number) => {
        const query = new URLSearchParams({ limit: String(1 + (i % 3)) });
        const on = (bit: number) => ((i * 2654435761) >>> bit) & 1;
        if (on(0)) query.set('skills', some(skills, i, i >> 3).join(','));
        if (on(1)) query.set('industries', some(industries, i >> 2, i >> 5).join(','));
        if (on(2)) query.set('seniority', some(seniorities, i >> 1, i >> 4).join(','));
        if (on(3)) query.set('languages', some(languages, i >> 3, i >> 6).join(','));
        if (on(4)) query.set('helpsWith', ['leadership', 'mentorship', 'leadership,mentorship'][i % 3]!);
        if (on(5)) query.set('mentoringStyle', i % 2 ? 'directive' : 'facilitative');
        if (on(6)) query.set('utcOffsetMin', String(-720 + (i % 25) * 60));
        if (on(7)) query.set('utcOffsetMax', String(840 - (i % 13) * 60));
        if (on(8)) query.set('availableWithinDays', String(1 + (i % 90)));
        if (on(9)) query.set('minRating', String((i % 50) / 10));
        if (on(10)) query.set('priceModel', some(['free', 'per_session', 'monthly'], i, i >> 2).join(','));
        if (on(11)) query.set('acceptingRequests', i % 2 ? 'true' : 'false');
        if (on(12)) query.set('facets', some(facetNames, i >> 1, i >> 3).join(','));
        if (on(13) || i % sorts.length === 4) query.set('q', some(words, i >> 2, i >> 4).join(' ') + (i % 2 ? ' en' : ''));
        query.set('sort', sorts[i % sorts.length]!);
        if (query.get('utcOffsetMin') !== null && query.get('utcOffsetMax') !== null && Number(query.get('utcOffsetMin')) > Number(query.get('utcOffsetMax'))) {
          query.delete('utcOffsetMax');
        }
        return query;
      };
      const ask = async (i: number) => {
        if (i % 10 === 9) {
          // A match, with a different set and number of skills, language and zone each time.
          const body: Record<string, unknown> = {
            need: i % 20 === 9 ? 'leadership' : 'mentorship',
            goals: `I want to grow in ${some(words, i, i >> 2).join(' and ')}`,
          };
          if ((i >> 1) & 1) body.skills = some(skills, i >> 3, i >> 4);
          if ((i >> 2) & 1) body.language = languages[i % languages.length];
          if ((i >> 3) & 1) body.timezone = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo'][i % 3];
          const res = await sandbox.fetch(
            new Request('http://sandbox.local/v1/matches', {
              method: 'POST',
              headers: { ...auth, 'Content-Type': 'application/json' },
              body: JSON.stringify(body),
            }),
          );
          if (res.status !== 200) assert.fail(`POST /v1/matches ${JSON.stringify(body)} answered ${res.status}: ${await res.text()}`);
          await res.arrayBuffer();
          return;
        }
        const query = search(i);
        const res = await sandbox.fetch(new Request(`http://sandbox.local/v1/mentors?${query}`, { headers: auth }));
        if (res.status !== 200) assert.fail(`GET /v1/mentors?${query} answered ${res.status}: ${await res.text()}`);
        const page = (await res.json()) as { nextCursor: string | null };
        // Half the time, follow the cursor too: keyset pages are part of the set of shapes.
        if (page.nextCursor && i % 2 === 0) {
          query.set('cursor', page.nextCursor);
          const next = await sandbox.fetch(new Request(`http://sandbox.local/v1/mentors?${query}`, { headers: auth }));
          if (next.status !== 200) assert.fail(`GET /v1/mentors?${query} answered ${next.status}: ${await next.text()}`);
          await next.arrayBuffer();
        }
      };
      // No forced collection: the JS heap grows and shrinks by tens of MB between collections,
      // so memory is sampled every 100 requests and compared by its lowest values. The part
      // outside the JS heap (RSS − heap reserved) is where compiled statements live (SQLite's
      // memory), and it barely moves; the whole RSS is compared at its troughs.
      const sample = () => {
        const { rss, heapTotal } = process.memoryUsage();
        return { rss, native: rss - heapTotal };
      };
      const lowest = (samples: { rss: number; native: number }[]) => ({
        rss: Math.min(...samples.map((s) => s.rss)),
        native: Math.min(...samples.map((s) => s.native)),
      });
      const compiledAtStart = preparedCompileCount(sandbox.db);
      const warmSamples: { rss: number; native: number }[] = [];
      const lastSamples: { rss: number; native: number }[] = [];
      for (let i = 0; i < 10_000; i++) {
        await ask(i);
        if (i % 100 === 99 && i >= 1_000 && i < 3_000) warmSamples.push(sample());
        if (i % 100 === 99 && i >= 8_000) lastSamples.push(sample());
      }
      const warm = lowest(warmSamples);
      const last = lowest(lastSamples);
      const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
      const compiled = preparedCompileCount(sandbox.db) - compiledAtStart;
      const size = preparedCacheSize(sandbox.db);
      t.diagnostic(
        `10,000 searches and matches: ${compiled} statements compiled, ${size} cached; ` +
          `from requests 1,000–3,000 to 8,000–10,000 RSS ${mb(warm.rss)} → ${mb(last.rss)}, outside the JS heap ${mb(warm.native)} → ${mb(last.native)}`,
      );
      assert.ok(compiled <= 64, `${compiled} statements compiled for 10,000 filter combinations: the SQL text depends on the filters`);
      assert.ok(size <= preparedCacheLimit, `${size} cached statements (limit ${preparedCacheLimit})`);
      assert.ok(last.native - warm.native < 50 * 1024 * 1024, `memory outside the JS heap grew by ${mb(last.native - warm.native)}`);
      assert.ok(last.rss - warm.rss < 50 * 1024 * 1024, `RSS grew by ${mb(last.rss - warm.rss)}`);
    } finally {
      await sandbox.close();
    }
  });
});

describe('prepared statements of other searches', () => {
  it('compiles one roadmap search statement per filter presence, however many words q has', async (t) => {
    const sandbox = createSandbox({ db: ':memory:', mentors: 50, log: () => {}, now: fixedNow, rateLimit: { limit: 0, windowSeconds: 60 } });
    try {
      const words = ['engineering', 'manager', 'staff', 'lead', 'career', 'growth', 'team', 'design', 'data', 'product'];
      // Warm up the statements every request shares (authentication, rate limits).
      await (await sandbox.fetch(new Request('http://sandbox.local/v1/roadmaps', { headers: { Authorization: 'Bearer pk_test_demo' } }))).arrayBuffer();
      const compiledAtStart = preparedCompileCount(sandbox.db);
      for (let i = 0; i < 200; i++) {
        // 1 to 40 distinct words (within q's 200 characters), with and without topic and level.
        const q = Array.from({ length: 1 + (i % 40) }, (_, k) => words[k] ?? `x${k}`).join(' ');
        const query = new URLSearchParams({ q });
        if (i & 1) query.set('topic', 'leadership');
        if (i & 2) query.set('level', 'intermediate');
        const res = await sandbox.fetch(new Request(`http://sandbox.local/v1/roadmaps?${query}`, { headers: { Authorization: 'Bearer pk_test_demo' } }));
        if (res.status !== 200) assert.fail(`GET /v1/roadmaps?${query} answered ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
      }
      const compiled = preparedCompileCount(sandbox.db) - compiledAtStart;
      t.diagnostic(`200 roadmap searches of 1 to 40 words: ${compiled} statements compiled`);
      assert.ok(compiled <= 8, `${compiled} statements compiled: the SQL text depends on how many words q has`);
    } finally {
      await sandbox.close();
    }
  });
});

/** A GET over real HTTP from a chosen loopback address (Linux routes all of 127.0.0.0/8 to lo). */
function getFrom(
  localAddress: string,
  base: string,
  path: string,
  credential: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Problem }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, base), { method: 'GET', localAddress, headers: { Authorization: `Bearer ${credential}` } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (part: string) => (text += part));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) as Problem }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('rate limits between tenants and visitors', () => {
  let sandbox: Sandbox;
  let url: string;
  before(async () => {
    sandbox = createSandbox({ db: ':memory:', mentors: 50, log: () => {}, now: fixedNow, rateLimit: { limit: 5, windowSeconds: 60, failedAuthLimit: 3 } });
    ({ url } = await sandbox.listen({ port: 0, host: '127.0.0.1' }));
  });
  after(() => sandbox.close());

  it('one visitor exhausting its budget on a publishable key leaves the key working for everyone else', async () => {
    const path = '/v1/users/usr_demomentor';
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await getFrom('127.0.0.2', url, path, 'pk_test_demo');
      assert.equal(res.status, 200);
      remaining.push(String(res.headers['ratelimit-remaining']));
    }
    assert.deepEqual(remaining, ['4', '3', '2', '1', '0']);
    const limited = await getFrom('127.0.0.2', url, path, 'pk_test_demo');
    assert.equal(limited.status, 429);
    assert.equal(limited.body.code, 'rate_limited');
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);

    const other = await getFrom('127.0.0.3', url, path, 'pk_test_demo');
    assert.equal(other.status, 200, 'another visitor of the same embed was refused');
    assert.equal(other.headers['ratelimit-remaining'], '4');
  });

  it('throttles an address that keeps presenting unknown credentials, and only that address', async () => {
    const path = '/v1/users/usr_demomentor';
    for (const credential of ['pk_test_guess1', 'ut_guess2', 'sk_live_guess3']) {
      const res = await getFrom('127.0.0.4', url, path, credential);
      assert.equal(res.status, 401);
      assert.equal(res.body.code, 'invalid_credential');
    }
    const throttled = await getFrom('127.0.0.4', url, path, 'pk_test_guess4');
    assert.equal(throttled.status, 429);
    assert.equal(throttled.body.code, 'rate_limited');
    assert.ok(Number(throttled.headers['retry-after']) >= 1);
    // While throttled, a guess that happens to be right does not tell the guesser so.
    const rightGuess = await getFrom('127.0.0.4', url, path, 'pk_test_acme');
    assert.equal(rightGuess.status, 429);

    const bystander = await getFrom('127.0.0.5', url, path, 'pk_test_acme');
    assert.equal(bystander.status, 200, 'another address was throttled for the guesser');
  });

  it('does not count an expired token as a failed attempt: it was issued, and the SDK refreshes on it', async () => {
    const expired = new Date(fixedNow().getTime() - 60_000).toISOString();
    sandbox.db
      .prepare("INSERT INTO user_tokens (token, user_id, org_id, expires_at, created_at) VALUES ('ut_limitstest_expired', 'usr_demomentee', 'org_demo', ?, ?)")
      .run(expired, expired);
    for (let i = 0; i < 5; i++) {
      const res = await getFrom('127.0.0.6', url, '/v1/me', 'ut_limitstest_expired');
      assert.equal(res.status, 401, `attempt ${i + 1}`);
      assert.equal(res.body.code, 'token_expired');
    }
  });
});
