// Retries: which failures are retried, how long the SDK waits, and the idempotency
// keys that make retried POSTs safe. Faults are real sandbox answers replayed by msw
// in front of the in-process sandbox, which answers everything else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { API, type Captured } from '../../test/support/sandbox-data.js';
import { onVirtualClock } from '../../test/support/virtual-time.js';
import { Menteo } from '../client.js';
import { ConflictError, InternalServerError, RateLimitError } from './errors.js';

const api = mockApi();
const client = (options: ConstructorParameters<typeof Menteo>[0] = {}) => new Menteo({ publishableKey: 'pk_test_demo', ...fast, ...options });

/** Answers the first `faults.length` attempts with the given faults, then lets the sandbox answer. */
function faultsThenSandbox(method: 'get' | 'post' | 'put', path: string, faults: ((request: Request) => Response | Promise<Response>)[]) {
  let attempt = 0;
  api.server.use(
    http[method](`${API}${path}`, async ({ request }) => {
      const fault = faults[attempt++];
      return fault ? fault(request) : api.data.forward(request);
    }),
  );
}

const postsOf = (body: string) => api.data.db.prepare('SELECT id FROM posts WHERE body = ?').pluck().all(body) as string[];
const keysOf = (path: string) => api.callsTo(path, 'POST').map((c) => c.headers.get('idempotency-key'));
let seq = 0;
const uniqueBody = (what: string) => `${what} #${process.pid}-${++seq}`;

describe('retries', () => {
  // The waits are measured on a virtual clock (test/support/virtual-time.ts): what the SDK chose
  // to wait, which a loaded machine cannot stretch.
  it('a burst of 503s, then success: retried, with backoff (RateLimit-Reset is not a wait instruction)', async (t) => {
    const unavailable = await api.data.unavailable(true);
    // Every answer of a default sandbox carries the rate limiter's headers, 503s included.
    assert.ok(unavailable.headers.has('ratelimit-reset'));
    const lost = () => unavailable.replay({ 'RateLimit-Reset': '30' });
    faultsThenSandbox('get', '/v1/threads/thr_learningtolead', [lost, lost]);
    const { value: thread, elapsed } = await onVirtualClock(t, () => client().threads.retrieve('thr_learningtolead'));
    assert.equal(thread?.id, 'thr_learningtolead');
    assert.equal(api.callsTo('/v1/threads/thr_learningtolead').length, 3);
    assert.ok(elapsed < 2_000, `waited ${elapsed}ms`);
  });

  it('429 with Retry-After is waited out, then retried', async (t) => {
    const limited = await api.data.rateLimited();
    faultsThenSandbox('get', '/v1/threads/thr_learningtolead', [() => limited.replay({ 'Retry-After': '1' })]);
    const { value: thread, elapsed: waited } = await onVirtualClock(t, () => client().threads.retrieve('thr_learningtolead'));
    assert.equal(thread?.id, 'thr_learningtolead');
    assert.equal(api.callsTo('/v1/threads/thr_learningtolead').length, 2);
    assert.ok(waited >= 1_000 && waited < 3_000, `waited ${waited}ms for Retry-After: 1`);
  });

  it('a Retry-After beyond maxRetryAfterMs surfaces as RateLimitError without waiting', async (t) => {
    const limited = await api.data.rateLimited();
    faultsThenSandbox('get', '/v1/threads/thr_learningtolead', [() => limited.replay({ 'Retry-After': '5' })]);
    const { error, elapsed } = await onVirtualClock(t, () => client({ maxRetryAfterMs: 1_000 }).threads.retrieve('thr_learningtolead'));
    assert.ok(error instanceof RateLimitError, `rejected with ${String(error)}`);
    assert.equal(error.retryAfter, 5);
    assert.ok(elapsed < 900, `waited ${elapsed}ms`);
    assert.equal(api.callsTo('/v1/threads/thr_learningtolead').length, 1);
  });

  it('409 without Retry-After is not retried (an illegal transition stays illegal)', async () => {
    const token = await api.data.tokenFor('demo-mentor');
    const roomId = api.data.flagshipRoomId();
    await assert.rejects(client({ token, maxRetries: 3 }).rooms.accept(roomId), ConflictError);
    assert.equal(api.callsTo(`/v1/rooms/${roomId}/accept`).length, 1);
  });

  it('409 with Retry-After is retried (a lock worth waiting out)', async () => {
    const token = await api.data.tokenFor('demo-mentee');
    // A real 409 of the sandbox (following your own thread), sent back with a Retry-After.
    const conflict: Captured = await api.data.capture('PUT', '/v1/threads/thr_learningtolead/follow', { auth: token });
    assert.equal(conflict.status, 409);
    const body = uniqueBody('After the lock');
    faultsThenSandbox('post', '/v1/threads/thr_learningtolead/posts', [() => conflict.replay({ 'Retry-After': '0' })]);
    const post = await client({ token }).threads.posts.create('thr_learningtolead', { kind: 'update', body });
    assert.equal(post.body, body);
    assert.equal(api.callsTo('/v1/threads/thr_learningtolead/posts', 'POST').length, 2);
    assert.deepEqual(postsOf(body), [post.id]);
  });

  it('a connection reset is retried', async () => {
    faultsThenSandbox('get', '/v1/threads/thr_learningtolead', [() => HttpResponse.error(), () => HttpResponse.error()]);
    const thread = await client().threads.retrieve('thr_learningtolead');
    assert.equal(thread.id, 'thr_learningtolead');
    assert.equal(api.callsTo('/v1/threads/thr_learningtolead').length, 3);
  });

  it('maxRetries: the client default (2), the client option, and per request', async () => {
    const unavailable = await api.data.unavailable();
    api.server.use(http.get(`${API}/v1/threads/:id`, () => unavailable.replay()));
    const path = '/v1/threads/thr_learningtolead';
    const attempts = async (c: Menteo, options?: { maxRetries: number }) => {
      const before = api.callsTo(path).length;
      await assert.rejects(c.threads.retrieve('thr_learningtolead', options), InternalServerError);
      return api.callsTo(path).length - before;
    };
    assert.equal(await attempts(client()), 3);
    assert.equal(await attempts(client({ maxRetries: 4 })), 5);
    assert.equal(await attempts(client({ maxRetries: 4 }), { maxRetries: 1 }), 2);
    assert.equal(await attempts(client({ maxRetries: 4 }), { maxRetries: 0 }), 1);
  });

  it('PUT, PATCH and DELETE are retried too', async () => {
    const token = await api.data.tokenFor('demo-mentee');
    const unavailable = await api.data.unavailable();
    const lost = () => unavailable.replay();
    const posts = await client({ token }).threads.posts.list('thr_learningtolead', { limit: 1 });
    const postId = posts.data[0]!.id;
    faultsThenSandbox('put', `/v1/posts/${postId}/reactions/cheer`, [lost]);
    const reacted = await client({ token }).posts.reactions.add(postId, 'cheer');
    assert.ok(reacted.reactions.cheer >= 1);
    assert.equal(api.callsTo(`/v1/posts/${postId}/reactions/cheer`, 'PUT').length, 2);
  });
});

describe('idempotency keys', () => {
  it('a POST keeps ONE Idempotency-Key across every attempt, and the write happens once', async () => {
    const token = await api.data.tokenFor('demo-mentee');
    const unavailable = await api.data.unavailable(true);
    const body = uniqueBody('Ran my first skip-level');
    // Attempt 1 is handled (committed) but its answer is lost; attempt 2 is handled and the
    // connection drops; attempt 3 gets the stored first answer replayed.
    faultsThenSandbox('post', '/v1/threads/thr_learningtolead/posts', [
      async (request) => {
        await api.data.forward(request);
        return unavailable.replay();
      },
      async (request) => {
        await api.data.forward(request);
        return HttpResponse.error();
      },
    ]);
    const { data: post, response } = await client({ token, maxRetries: 3 })
      .threads.posts.create('thr_learningtolead', { kind: 'milestone', body })
      .withResponse();
    const keys = keysOf('/v1/threads/thr_learningtolead/posts');
    assert.equal(keys.length, 3);
    assert.match(keys[0] ?? '', /^.{8,255}$/);
    assert.deepEqual(new Set(keys).size, 1, `keys differ: ${keys.join(', ')}`);
    assert.equal(response.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(postsOf(body), [post.id], 'exactly one post, the one returned');
  });

  it('different calls get different keys; GETs carry none', async () => {
    const token = await api.data.tokenFor('demo-mentee');
    const c = client({ token });
    await c.threads.posts.create('thr_learningtolead', { kind: 'update', body: uniqueBody('One') });
    await c.threads.posts.create('thr_learningtolead', { kind: 'update', body: uniqueBody('Two') });
    await Promise.all([
      c.threads.posts.create('thr_learningtolead', { kind: 'update', body: uniqueBody('Three') }),
      c.threads.posts.create('thr_learningtolead', { kind: 'update', body: uniqueBody('Four') }),
    ]);
    const keys = keysOf('/v1/threads/thr_learningtolead/posts');
    assert.equal(keys.length, 4);
    assert.equal(new Set(keys).size, 4);
    await c.threads.retrieve('thr_learningtolead');
    assert.equal(api.callsTo('/v1/threads/thr_learningtolead', 'GET')[0]?.headers.get('idempotency-key'), null);
  });

  it('an explicit idempotencyKey is used (and makes a repeated call a replay)', async () => {
    const token = await api.data.tokenFor('demo-mentee');
    const unavailable = await api.data.unavailable();
    const key = `checkout-${process.pid}-${Date.now()}`;
    const body = uniqueBody('Explicit key');
    faultsThenSandbox('post', '/v1/threads/thr_learningtolead/posts', [() => unavailable.replay()]);
    const c = client({ token });
    const first = await c.threads.posts.create('thr_learningtolead', { kind: 'question', body }, { idempotencyKey: key });
    // Another process retrying the same logical write with the same key:
    const again = await client({ token }).threads.posts.create('thr_learningtolead', { kind: 'question', body }, { idempotencyKey: key });
    assert.deepEqual(keysOf('/v1/threads/thr_learningtolead/posts'), [key, key, key]);
    assert.equal(again.id, first.id);
    assert.deepEqual(postsOf(body), [first.id]);
  });
});
