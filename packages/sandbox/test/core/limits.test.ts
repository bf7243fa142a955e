// Limits that hold under hostile traffic: a body that never ends, a flood of distinct
// filter combinations, and one visitor (or one guesser) spending everybody's budget.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { maxBodyBytes } from '../../src/app.js';
import { preparedCacheLimit, preparedCacheSize } from '../../src/db/database.js';
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
    const problem = (await response.json()) as Problem;
    const grown = process.memoryUsage().rss - before;
    assert.equal(response.status, 413);
    assert.equal(problem.code, 'payload_too_large');
    assert.ok(grown < 10 * 1024 * 1024, `RSS grew by ${(grown / 1048576).toFixed(1)} MB while refusing the body`);
    assert.ok(maxBodyBytes < total);
    t.diagnostic(`20 MB chunked body refused; RSS grew by ${(grown / 1048576).toFixed(1)} MB`);
  });
});

describe('prepared statements', () => {
  it('keeps the statement cache bounded across 10,000 distinct filter combinations', async (t) => {
    const sandbox = createSandbox({ db: ':memory:', mentors: 50, log: () => {}, now: fixedNow, rateLimit: { limit: 0, windowSeconds: 60 } });
    try {
      const flags: [string, string][] = [
        ['skills', 'rust'],
        ['industries', 'fintech'],
        ['seniority', 'staff'],
        ['helpsWith', 'leadership'],
        ['mentoringStyle', 'directive'],
        ['availableWithinDays', '14'],
        ['minRating', '3'],
        ['priceModel', 'free'],
        ['acceptingRequests', 'true'],
        ['utcOffsetMin', '-300'],
        ['q', 'engineering'],
      ];
      const sorts = ['rating', 'sessions', 'response', 'availability'];
      const languages = ['en', 'de', 'fr', 'es', 'pt'];
      const ask = async (i: number) => {
        const query = new URLSearchParams({ limit: '1' });
        flags.forEach(([name, value], bit) => {
          if (i & (1 << bit)) query.set(name, value);
        });
        query.set('sort', sorts[(i >> flags.length) % sorts.length]!);
        // Past the 2^11 × 4 presence-and-sort combinations, vary how many languages are sent.
        const languageCount = Math.floor(i / ((1 << flags.length) * sorts.length));
        if (languageCount > 0) query.set('languages', languages.slice(0, languageCount + 1).join(','));
        const res = await sandbox.fetch(new Request(`http://sandbox.local/v1/mentors?${query}`, { headers: { Authorization: 'Bearer pk_test_demo' } }));
        if (res.status !== 200) assert.fail(`GET /v1/mentors?${query} answered ${res.status}: ${await res.text()}`);
        await res.arrayBuffer();
      };
      for (let i = 0; i < 1_000; i++) await ask(i);
      globalThis.gc?.();
      const warm = process.memoryUsage().rss;
      for (let i = 1_000; i < 10_000; i++) await ask(i);
      globalThis.gc?.();
      const grown = process.memoryUsage().rss - warm;
      const size = preparedCacheSize(sandbox.db);
      t.diagnostic(`10,000 filter combinations: ${size} cached statements, RSS +${(grown / 1048576).toFixed(1)} MB after warm-up`);
      assert.ok(size <= preparedCacheLimit, `${size} cached statements (limit ${preparedCacheLimit})`);
      assert.ok(grown < 64 * 1024 * 1024, `RSS grew by ${(grown / 1048576).toFixed(1)} MB over 9,000 distinct searches`);
    } finally {
      await sandbox.close();
    }
  });
});

/** A GET over real HTTP from a chosen loopback address (Linux routes all of 127.0.0.0/8 to lo). */
function getFrom(localAddress: string, base: string, path: string, credential: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Problem }> {
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

  it("one visitor exhausting its budget on a publishable key leaves the key working for everyone else", async () => {
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
