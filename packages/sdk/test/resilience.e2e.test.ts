// The resilience test: a sandbox that fails 30% of requests (half before handling
// them, half after committing the write and then losing the answer as a 503 or a
// dropped connection) takes 300 posts through the SDK. Retries with one
// Idempotency-Key per post must land every post exactly once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HTTPError } from '../src/index.js';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { Menteo } from '../src/client.js';
import type { Post } from '../src/resources/threads.js';

const total = 300;
const threadId = 'thr_learningtolead';
const run = `run-${process.pid}-${Date.now()}`;
const bodyOf = (i: number) => `Resilience note ${i + 1} of ${total} (${run})`;

let s: TestSandbox;
const seen = { requests: 0, failed503: 0, dropped: 0, otherRetries: 0, replayed: 0 };

before(async () => {
  // The rate limiter is on (with room to spare), as in a default sandbox: every answer, the
  // injected 503s included, carries RateLimit-* headers that must not slow retries down.
  s = await startSandbox({ failRate: 0.3, mentors: 50, rateLimit: { limit: 1_000_000, windowSeconds: 60 } });
});
after(() => s.close());

function client(options: { token?: () => Promise<string>; secretKey?: string }): Menteo {
  return new Menteo({
    publishableKey: 'pk_test_demo',
    ...options,
    baseUrl: s.url,
    maxRetries: 10,
    retryDelay: { initialDelayMs: 1, maxDelayMs: 20 },
    hooks: {
      beforeRequest: [() => void seen.requests++],
      beforeRetry: [
        ({ error }) => {
          if (error instanceof HTTPError && error.response.status === 503) seen.failed503++;
          else if (error instanceof TypeError) seen.dropped++;
          else seen.otherRetries++;
        },
      ],
      afterResponse: [(_request, _options, response) => void (response.headers.get('idempotent-replayed') === 'true' && seen.replayed++)],
    },
  });
}

describe('resilience (failRate 0.3)', () => {
  it(`${total} posts written through retries land exactly once each`, async () => {
    // Tokens come through the faulty API too, so even signing in relies on retries.
    const server = client({ secretKey: 'sk_test_demo' });
    const writer = client({ token: async () => (await server.auth.createUserToken({ externalUserId: 'demo-mentee', name: 'Priya Raman' })).token });
    const postsBefore = s.db.prepare('SELECT COUNT(*) FROM posts WHERE thread_id = ?').pluck().get(threadId) as number;

    const created: Post[] = [];
    const write = async (i: number) => {
      created[i] = await writer.threads.posts.create(threadId, { kind: i % 5 === 0 ? 'milestone' : 'update', body: bodyOf(i) });
    };
    // Half one after another, half eight at a time.
    for (let i = 0; i < total / 2; i++) await write(i);
    let next = total / 2;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < total) await write(next++);
      }),
    );

    const injected = seen.failed503 + seen.dropped;
    console.log(
      `resilience: ${total} posts in ${seen.requests} requests (signing in included); injected failures seen: ${injected} ` +
        `(${seen.failed503} × 503, ${seen.dropped} dropped connections), other retries: ${seen.otherRetries}, ` +
        `answers replayed from an Idempotency-Key: ${seen.replayed}`,
    );
    assert.ok(injected > 0, 'the sandbox injected failures');
    assert.ok(seen.replayed > 0, 'some writes committed before their answer was lost, and were replayed');

    // Each call got back its own post, and the ids are distinct.
    assert.equal(created.filter(Boolean).length, total);
    assert.deepEqual(
      created.map((p) => p.body),
      Array.from({ length: total }, (_, i) => bodyOf(i)),
    );
    assert.equal(new Set(created.map((p) => p.id)).size, total);

    // The database, read directly (not through the faulty API).
    const rows = s.db.prepare('SELECT id, body FROM posts WHERE thread_id = ? AND body LIKE ?').all(threadId, `%(${run})`) as { id: string; body: string }[];
    assert.equal(rows.length, total, 'exactly 300 new posts, none doubled');
    assert.equal(new Set(rows.map((r) => r.body)).size, total, 'each body exactly once');
    assert.deepEqual(new Set(rows.map((r) => r.id)), new Set(created.map((p) => p.id)), 'the posts stored are the posts returned');
    assert.equal(s.db.prepare('SELECT COUNT(*) FROM posts WHERE thread_id = ?').pluck().get(threadId), postsBefore + total);

    // The API, paged through by a reader that retries its GETs through the same faults.
    const reader = client({});
    const counts = new Map<string, number>();
    for await (const post of reader.threads.posts.list(threadId, { limit: 100 })) {
      if (post.body.endsWith(`(${run})`)) counts.set(post.body, (counts.get(post.body) ?? 0) + 1);
    }
    assert.equal(counts.size, total);
    assert.ok(
      [...counts.values()].every((n) => n === 1),
      'no post listed twice',
    );
  });
});
