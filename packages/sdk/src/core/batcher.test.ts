// Batching: `mentors.retrieve(id)` calls made while a page renders coalesce into
// `GET /v1/mentors?ids=…` requests of at most 100 ids; each caller gets its own
// mentor, or the API's own NotFoundError (an id the batch did not return is asked alone).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http } from 'msw';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { API } from '../../test/support/sandbox-data.js';
import { Menteo } from '../client.js';
import { requestIdOf } from './base-core.js';
import { APIError, InternalServerError, NotFoundError } from './errors.js';
import { Batcher } from './batcher.js';

const api = mockApi({ mentors: 180 });
const client = () => new Menteo({ publishableKey: 'pk_test_demo', ...fast });
const batches = () => api.callsTo('/v1/mentors');

/** Records the request id the sandbox gave each batch request. */
function recordBatchIds(): string[] {
  const ids: string[] = [];
  api.server.use(
    http.get(`${API}/v1/mentors`, async ({ request }) => {
      const response = await api.data.forward(request);
      ids.push(response.headers.get('x-request-id') ?? '');
      return response;
    }),
  );
  return ids;
}

describe('mentors.retrieve batching', () => {
  it('50 calls in one tick → exactly 1 request GET /v1/mentors?ids=…; each caller gets its own mentor', async () => {
    const ids = api.data.mentorIds(50);
    assert.equal(ids.length, 50);
    const requestIds = recordBatchIds();
    const c = client();
    const mentors = await Promise.all(ids.map((id) => c.mentors.retrieve(id)));

    assert.equal(api.calls.length, 1);
    const [call] = batches();
    assert.equal(call?.method, 'GET');
    assert.equal(call?.url.origin + call?.url.pathname, `${API}/v1/mentors`);
    assert.deepEqual([...call!.url.searchParams.keys()].sort(), ['ids', 'limit']);
    assert.equal(call?.url.searchParams.get('ids'), ids.join(','));
    assert.equal(call?.url.searchParams.get('limit'), '50');

    assert.deepEqual(
      mentors.map((m) => m.id),
      ids,
    );
    assert.equal(new Set(mentors).size, 50);
    for (const m of mentors) assert.equal(requestIdOf(m), requestIds[0]);
  });

  it('callers that await something first still land in the same batch', async () => {
    const ids = api.data.mentorIds(5);
    const c = client();
    const pending: Promise<unknown>[] = [];
    for (const id of ids) {
      await Promise.resolve(); // a render step between cards
      pending.push(c.mentors.retrieve(id));
    }
    await Promise.all(pending);
    assert.equal(batches().length, 1);
  });

  it("an unknown id rejects only its own caller, with the API's own NotFoundError for it: asked alone after the batch", async () => {
    const ids = api.data.mentorIds(3);
    const requestIds = recordBatchIds();
    const c = client();
    const settled = await Promise.allSettled([
      c.mentors.retrieve(ids[0]!),
      c.mentors.retrieve('men_nosuchmentor42'),
      c.mentors.retrieve(ids[1]!),
      c.mentors.retrieve(ids[2]!),
    ]);
    assert.equal(batches().length, 1);
    assert.equal(batches()[0]?.url.searchParams.get('ids'), [ids[0], 'men_nosuchmentor42', ids[1], ids[2]].join(','));
    assert.deepEqual(
      api.calls.map((call) => call.url.pathname),
      ['/v1/mentors', '/v1/mentors/men_nosuchmentor42'],
      'the batch, then the missing id alone',
    );
    assert.deepEqual(
      settled.map((s) => s.status),
      ['fulfilled', 'rejected', 'fulfilled', 'fulfilled'],
    );
    const { reason } = settled[1] as PromiseRejectedResult;
    assert.ok(reason instanceof NotFoundError, String(reason));
    assert.equal(reason.status, 404);
    assert.equal(reason.code, 'not_found');
    assert.match(reason.message, /men_nosuchmentor42/);
    assert.match(reason.requestId ?? '', /^req_/);
    assert.notEqual(reason.requestId, requestIds[0], 'its own request, its own request id');
  });

  it('a malformed id (a typo in one card) fails alone, with the answer a single retrieve gives; its neighbours resolve in one batch', async () => {
    const ids = api.data.mentorIds(3);
    const c = client();
    for (const typo of ['men-demomentor', 'men_demo mentor', 'men_', 'MEN_DEMOMENTOR', 'x'.repeat(300)]) {
      api.calls.length = 0;
      const alone = await c.mentors.retrieve(typo, { signal: new AbortController().signal }).then(
        () => assert.fail(`${typo} was found`),
        (error: unknown) => error,
      );
      assert.ok(alone instanceof APIError && (alone.status === 400 || alone.status === 404), String(alone));
      api.calls.length = 0;

      const settled = await Promise.allSettled([
        c.mentors.retrieve(ids[0]!),
        c.mentors.retrieve(typo),
        c.mentors.retrieve(ids[1]!),
        c.mentors.retrieve(ids[2]!),
      ]);
      assert.deepEqual(
        settled.map((s) => s.status),
        ['fulfilled', 'rejected', 'fulfilled', 'fulfilled'],
        typo,
      );
      assert.deepEqual(
        settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.id] : [])),
        ids,
      );
      assert.equal(batches().length, 1, 'the good ids still share one request');
      assert.equal(batches()[0]?.url.searchParams.get('ids'), ids.join(','));
      const { reason } = settled[1] as PromiseRejectedResult;
      assert.ok(reason instanceof APIError, String(reason));
      assert.equal(reason.status, alone.status);
      assert.equal(reason.code, alone.code);
      assert.match(reason.requestId ?? '', /^req_/);
      assert.notEqual(reason.requestId, alone.requestId, 'its own request, its own request id');
    }
  });

  it('150 ids → 2 requests of at most 100 ids each', async () => {
    const ids = api.data.mentorIds(150);
    assert.equal(ids.length, 150);
    const c = client();
    const mentors = await Promise.all(ids.map((id) => c.mentors.retrieve(id)));
    assert.deepEqual(
      mentors.map((m) => m.id),
      ids,
    );
    const sizes = batches().map((call) => call.url.searchParams.get('ids')!.split(',').length);
    assert.deepEqual(sizes, [100, 50]);
  });

  it('the same id asked twice: asked once, and each caller still gets its own object', async () => {
    const c = client();
    const [a, b] = await Promise.all([c.mentors.retrieve('men_demomentor'), c.mentors.retrieve('men_demomentor')]);
    assert.equal(batches()[0]?.url.searchParams.get('ids'), 'men_demomentor');
    assert.deepEqual(a, b);
    assert.notEqual(a, b);
    a.skills.push('mutated');
    assert.ok(!b.skills.includes('mutated'));
    assert.equal(requestIdOf(b), requestIdOf(a));
  });

  it('a failed batch rejects each of its callers; a call with a signal goes alone', async () => {
    const unavailable = await api.data.unavailable();
    api.server.use(http.get(`${API}/v1/mentors`, () => unavailable.replay()));
    const c = client();
    const settled = await Promise.allSettled(api.data.mentorIds(3).map((id) => c.mentors.retrieve(id)));
    assert.equal(batches().length, 3, 'one batch, retried twice');
    for (const s of settled) assert.ok(s.status === 'rejected' && s.reason instanceof InternalServerError);

    api.server.resetHandlers();
    api.calls.length = 0;
    const mentor = await c.mentors.retrieve('men_demomentor', { signal: new AbortController().signal });
    assert.equal(mentor.id, 'men_demomentor');
    assert.deepEqual(
      api.calls.map((call) => call.url.pathname),
      ['/v1/mentors/men_demomentor'],
    );
  });
});

describe('Batcher', () => {
  it('splits at maxBatch and hands each key its value, or undefined when the load did not return it', async () => {
    const loads: string[][] = [];
    const batcher = new Batcher<{ key: string }>(async (keys) => {
      loads.push(keys);
      return new Map(keys.filter((k) => !k.startsWith('missing')).map((k) => [k, { key: k }]));
    }, 2);
    const values = await Promise.all(['a', 'b', 'missing1', 'c', 'a'].map((k) => batcher.get(k)));
    assert.deepEqual(loads, [['a', 'b'], ['missing1', 'c'], ['a']]);
    assert.deepEqual(
      values.map((v) => v?.key),
      ['a', 'b', undefined, 'c', 'a'],
    );
  });

  it("rejects every caller of a failed load with the load's error", async () => {
    const failure = new Error('down');
    const batcher = new Batcher<{ key: string }>(async () => Promise.reject(failure), 10);
    const settled = await Promise.allSettled(['a', 'b'].map((k) => batcher.get(k)));
    assert.deepEqual(
      settled.map((s) => s.status === 'rejected' && s.reason),
      [failure, failure],
    );
  });
});
