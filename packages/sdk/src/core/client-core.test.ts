// The transport's sharing: identical GETs in flight make one request (each caller
// still gets its own object), and the ETag cache answers 304s from memory.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { delay, http } from 'msw';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { API } from '../../test/support/sandbox-data.js';
import { onVirtualClock } from '../../test/support/virtual-time.js';
import { Menteo } from '../client.js';
import { MenteoCore } from './client-core.js';
import { requestIdOf } from './base-core.js';
import { MenteoError, NotFoundError } from './errors.js';
import { ETagCache } from './etag-cache.js';

const api = mockApi();
const threadPath = '/v1/threads/thr_learningtolead';

/** Slows the sandbox's answers to one path down, so concurrent calls overlap for sure. */
function slow(path: string, ms = 50): void {
  api.server.use(
    http.get(`${API}${path}`, async ({ request }) => {
      await delay(ms);
      return api.data.forward(request);
    }),
  );
}

describe('de-duplication of identical GETs in flight', () => {
  it('5 identical concurrent GETs → 1 request; each caller gets its own object', async () => {
    slow(threadPath);
    const client = new Menteo({ publishableKey: 'pk_test_demo', ...fast });
    const results = await Promise.all(Array.from({ length: 5 }, () => client.threads.retrieve('thr_learningtolead')));
    assert.equal(api.callsTo(threadPath).length, 1);
    for (const r of results) {
      assert.deepEqual(r, results[0]);
      assert.equal(requestIdOf(r), requestIdOf(results[0]!));
    }
    assert.equal(new Set(results).size, 5, 'five distinct objects');
    const original = results[1]!.title;
    results[0]!.title = 'Mutated by one caller';
    results[0]!.tags.push('mutated');
    assert.equal(results[1]!.title, original);
    assert.ok(!results[2]!.tags.includes('mutated'));

    // Once settled, the next identical GET asks again (a 304 from the ETag cache, not the old promise).
    const again = await client.threads.retrieve('thr_learningtolead');
    assert.equal(api.callsTo(threadPath).length, 2);
    assert.equal(again.title, original, 'the cache kept its own copy');
  });

  it('query order does not matter: the same list asked two ways is one request', async () => {
    slow('/v1/mentors');
    const client = new Menteo({ publishableKey: 'pk_test_demo', ...fast });
    const [a, b] = await Promise.all([client.mentors.search({ q: 'leadership', limit: 5 }), client.mentors.search({ limit: 5, q: 'leadership' })]);
    assert.equal(api.callsTo('/v1/mentors').length, 1);
    assert.deepEqual(a.data, b.data);
    assert.notEqual(a, b);
  });

  it('a failure is shared too: every caller gets it, from one request', async () => {
    slow('/v1/threads/thr_doesnotexist');
    const client = new Menteo({ publishableKey: 'pk_test_demo', ...fast });
    const settled = await Promise.allSettled(Array.from({ length: 3 }, () => client.threads.retrieve('thr_doesnotexist')));
    assert.equal(api.callsTo('/v1/threads/thr_doesnotexist').length, 1);
    for (const s of settled) assert.ok(s.status === 'rejected' && s.reason instanceof NotFoundError);
  });

  it('different credentials are not merged, even through a shared cache', async () => {
    slow(threadPath);
    const cache = new ETagCache();
    const demo = new Menteo({ publishableKey: 'pk_test_demo', ...fast, cache });
    const acme = demo.withOptions({ publishableKey: 'pk_test_acme' });
    const token = await api.data.tokenFor('demo-mentee');
    const user = demo.withOptions({ token });
    await Promise.all([demo.threads.retrieve('thr_learningtolead'), acme.threads.retrieve('thr_learningtolead'), user.threads.retrieve('thr_learningtolead')]);
    const auths = api.callsTo(threadPath).map((c) => c.headers.get('authorization'));
    assert.deepEqual(auths.sort(), ['Bearer pk_test_acme', 'Bearer pk_test_demo', `Bearer ${token}`].sort());
    // The owner sees their own viewer state; a publishable key does not.
    const [mine, anonymous] = await Promise.all([user.threads.retrieve('thr_learningtolead'), demo.threads.retrieve('thr_learningtolead')]);
    assert.notDeepEqual(mine.viewer, anonymous.viewer);
  });

  it("a caller's abort does not cancel the others' shared request, nor wait for it", async (t) => {
    slow(threadPath, 500);
    const client = new Menteo({ publishableKey: 'pk_test_demo', ...fast });
    // On a virtual clock (test/support/virtual-time.ts), which a loaded machine cannot stretch:
    // the aborts at 10 ms, the answer at 500 ms.
    const { value: abortsEndedAt, error } = await onVirtualClock(t, async () => {
      const first = new AbortController();
      const aborted = client.threads.retrieve('thr_learningtolead', { signal: first.signal });
      const plain = client.threads.retrieve('thr_learningtolead');
      const second = new AbortController();
      const abortedLater = client.threads.retrieve('thr_learningtolead', { signal: second.signal });
      setTimeout(() => first.abort(), 10);
      setTimeout(() => second.abort(), 10);
      await assert.rejects(aborted, { name: 'AbortError' });
      await assert.rejects(abortedLater, { name: 'AbortError' });
      const at = Date.now();
      const thread = await plain;
      assert.equal(thread.id, 'thr_learningtolead');
      return at;
    });
    assert.equal(error, undefined);
    assert.ok(abortsEndedAt !== undefined && abortsEndedAt < 400, `the aborted callers did not wait for the answer (${abortsEndedAt} ms)`);
  });

  it('writes are never merged', async () => {
    const token = await api.data.tokenFor('demo-mentee');
    const client = new Menteo({ token, ...fast });
    const body = { kind: 'update' as const, body: `Twice on purpose ${Date.now()}` };
    const [a, b] = await Promise.all([client.threads.posts.create('thr_learningtolead', body), client.threads.posts.create('thr_learningtolead', body)]);
    assert.notEqual(a.id, b.id);
    assert.equal(api.callsTo('/v1/threads/thr_learningtolead/posts', 'POST').length, 2);
  });
});

describe('ETag cache', () => {
  it('a second GET sends If-None-Match; the 304 is answered from memory with the same data', async () => {
    const statuses: number[] = [];
    api.server.use(
      http.get(`${API}${threadPath}`, async ({ request }) => {
        const answer = await api.data.forward(request);
        statuses.push(answer.status);
        return answer;
      }),
    );
    const client = new Menteo({ publishableKey: 'pk_test_demo', ...fast });
    const first = await client.threads.retrieve('thr_learningtolead').withResponse();
    const etag = first.response.headers.get('etag');
    assert.ok(etag, 'the sandbox sends an ETag');
    first.data.title = 'Mutated after the fact';

    const second = await client.threads.retrieve('thr_learningtolead').withResponse();
    const [call1, call2] = api.callsTo(threadPath);
    assert.equal(call1?.headers.get('if-none-match'), null);
    assert.equal(call2?.headers.get('if-none-match'), etag);
    assert.deepEqual(statuses, [200, 304], 'the API answered the second GET with 304 Not Modified');
    assert.equal(second.response.status, 200, 'and, like the browser cache, the caller sees a 200 with the body');
    assert.match(second.requestId ?? '', /^req_/);
    assert.notEqual(second.requestId, first.requestId);
    const fresh = await new Menteo({ publishableKey: 'pk_test_demo', ...fast, cache: null }).threads.retrieve('thr_learningtolead');
    assert.deepEqual(second.data, fresh, 'the remembered body, untouched by the first caller');
    assert.equal(requestIdOf(second.data), second.requestId);
  });

  it('a changed resource is fetched again (200 with the new data)', async () => {
    const token = await api.data.tokenFor('demo-mentee');
    const reader = new Menteo({ publishableKey: 'pk_test_demo', ...fast });
    const before = await reader.threads.retrieve('thr_learningtolead');
    const summary = `Updated ${Date.now()}`;
    await new Menteo({ token, ...fast }).threads.update('thr_learningtolead', { summary });
    const { data, response } = await reader.threads.retrieve('thr_learningtolead').withResponse();
    assert.equal(response.status, 200);
    assert.equal(data.summary, summary);
    assert.notEqual(before.summary, summary);
    assert.ok(api.callsTo(threadPath).at(-1)?.headers.get('if-none-match'));
  });

  it('is bounded: with room for 2, the third URL evicts the first', async () => {
    const client = new Menteo({ publishableKey: 'pk_test_demo', ...fast, cache: new ETagCache(2) });
    const get = async (slug: string) => {
      await client.roadmaps.retrieve(slug);
      return api.callsTo(`/v1/roadmaps/${slug}`).at(-1)?.headers.get('if-none-match') ?? null;
    };
    const slugs = (await client.roadmaps.list({ limit: 3 })).data.map((r) => r.slug);
    assert.equal(slugs.length, 3);
    const [a, b, c] = slugs as [string, string, string];
    assert.equal(await get(a), null);
    assert.equal(await get(b), null);
    assert.equal(await get(c), null); // evicts a
    assert.notEqual(await get(c), null, 'c is remembered');
    assert.equal(await get(a), null, 'a was evicted'); // evicts b (c was used more recently)
    assert.equal(await get(b), null, 'b was evicted by a');
    assert.notEqual(await get(a), null, 'a is remembered again');
  });

  it('`cache: null` turns it off; a bare MenteoCore has none unless given one', async () => {
    const off = new Menteo({ publishableKey: 'pk_test_demo', ...fast, cache: null });
    await off.threads.retrieve('thr_learningtolead');
    await off.threads.retrieve('thr_learningtolead');
    const core = new MenteoCore({ publishableKey: 'pk_test_demo', ...fast });
    await core.request({ method: 'GET', path: threadPath });
    await core.request({ method: 'GET', path: threadPath });
    assert.deepEqual(
      api.callsTo(threadPath).map((c) => c.headers.get('if-none-match')),
      [null, null, null, null],
    );
  });
});

describe('client options', () => {
  it('needs some credential', () => {
    assert.throws(() => new Menteo({}), MenteoError);
  });

  it('takes a fetch of its own', async () => {
    const seen: string[] = [];
    const client = new Menteo({
      publishableKey: 'pk_test_demo',
      ...fast,
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return globalThis.fetch(input, init);
      },
    });
    await client.threads.retrieve('thr_learningtolead');
    assert.deepEqual(seen, [`${API}${threadPath}`]);
  });
});
