// Query stores against the in-process sandbox behind msw: shared stores and requests,
// stale-while-revalidate, aborts on unmount and on new parameters, pagination, errors.
// Every answer is the sandbox's own; handlers in front only delay, watch or replay them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http } from 'msw';
import { allTasks } from 'nanostores';
import { fast, mockApi, sleep } from '../../test/support/mock-api.js';
import { API } from '../../test/support/sandbox-data.js';
import { MenteoCore, type ClientOptions } from '../core/client-core.js';
import { APIError } from '../core/errors.js';
import { Mentors } from '../resources/mentors.js';
import { memoryStorage } from './storage.js';
import { createStores, type StoresOptions } from './index.js';
import { until, waitFor } from '../../test/support/store-waits.js';
import { fetchSignals } from '../../test/support/fetch-signals.js';

const api = mockApi();
const thread = 'thr_learningtolead';

const core = (options: ClientOptions = {}) => new MenteoCore({ publishableKey: 'pk_test_demo', ...fast, maxRetries: 0, ...options });
const make = (options: StoresOptions = {}, client: ClientOptions = {}) =>
  createStores(core(client), { live: false, graceMs: 5, storage: memoryStorage(), ...options });

const mentorCalls = () => api.calls.filter((c) => c.url.pathname.startsWith('/v1/mentors'));

describe('query stores', () => {
  it('one store and one request for every subscriber of a key', async () => {
    const stores = make();
    const $mentor = stores.mentor('men_demomentor');
    assert.equal(stores.mentor('men_demomentor'), $mentor);
    const stops = [1, 2, 3].map(() => $mentor.listen(() => {}));
    const { data } = await until($mentor, (s) => s.data !== undefined);
    assert.equal(data?.id, 'men_demomentor');
    assert.equal(mentorCalls().length, 1);
    for (const stop of stops) stop();

    const $posts = stores.threadPosts(thread);
    const more = [1, 2, 3].map(() => stores.threadPosts(thread).listen(() => {}));
    await until($posts, (s) => s.items.length > 0);
    assert.equal(api.callsTo(`/v1/threads/${thread}/posts`).length, 1);
    for (const stop of more) stop();
  });

  it('cards of different mentors asking in one tick cost one batched request', async () => {
    const stores = make();
    const ids = api.data.mentorIds(4);
    const stops = ids.map((id) => stores.mentor(id).listen(() => {}));
    const states = await Promise.all(ids.map((id) => until(stores.mentor(id), (s) => s.data !== undefined)));
    assert.deepEqual(
      states.map((s) => s.data?.id),
      ids,
    );
    assert.equal(mentorCalls().length, 1);
    assert.equal(mentorCalls()[0]!.url.searchParams.get('ids'), ids.join(','));
    for (const stop of stops) stop();
  });

  it('get() without a subscriber does not fetch', async () => {
    const stores = make();
    assert.deepEqual(stores.thread(thread).get(), { loading: false, stale: false, data: undefined });
    await sleep(20);
    assert.equal(api.calls.length, 0);
  });

  it('stale-while-revalidate: a remount after staleMs shows the old data as stale and refetches', async (t) => {
    // The stores read Date.now() to tell fresh from stale: the test moves a mocked Date rather than
    // waiting out staleMs, so a slow machine can neither make "within staleMs" late nor "after" early.
    // Timers stay real: the grace period and the requests run as they do.
    t.mock.timers.enable({ apis: ['Date'], now: Date.parse('2026-12-06T12:00:00.000Z') });
    const stores = make({ staleMs: 80 });
    const $thread = stores.thread(thread);
    let stop = $thread.listen(() => {});
    const first = await until($thread, (s) => s.data !== undefined && !s.loading);
    stop();
    await sleep(20); // past the grace period: unmounted

    // Within staleMs (79 ms later by the stores' clock): the cached data, no request.
    t.mock.timers.tick(79);
    stop = $thread.listen(() => {});
    await sleep(10);
    assert.equal(api.callsTo(`/v1/threads/${thread}`).length, 1);
    assert.equal($thread.get().data?.title, first.data?.title);
    stop();
    await sleep(20); // unmounted again

    t.mock.timers.tick(1); // staleMs since the answer
    api.data.db.prepare('UPDATE threads SET title = ? WHERE id = ?').run('Learning to lead, revised', thread);
    try {
      const seen: { title: string | undefined; stale: boolean; loading: boolean }[] = [];
      stop = $thread.subscribe((s) => seen.push({ title: s.data?.title, stale: s.stale, loading: s.loading }));
      const fresh = await until($thread, (s) => s.data?.title === 'Learning to lead, revised' && !s.loading && !s.stale);
      stop();
      assert.equal(fresh.data?.title, 'Learning to lead, revised');
      assert.ok(
        seen.some((s) => s.title === first.data?.title && s.stale && s.loading),
        `old data shown as stale while revalidating: ${JSON.stringify(seen)}`,
      );
      assert.equal(api.callsTo(`/v1/threads/${thread}`).length, 2);
    } finally {
      api.data.db.prepare('UPDATE threads SET title = ? WHERE id = ?').run(first.data!.title, thread);
    }
  });

  it('aborts the request when the last subscriber leaves (after the grace period), not when one comes back in time', async () => {
    api.server.use(
      http.get(`${API}/v1/threads/:id`, async ({ request }) => {
        await sleep(150);
        return api.data.forward(request);
      }),
    );
    const recorder = fetchSignals();
    const signals = () => recorder.requests.filter((r) => r.url.pathname.startsWith('/v1/threads/')).map((r) => r.signal!);
    const stores = make({ graceMs: 30 }, { fetch: recorder.fetch });
    const $thread = stores.thread(thread);

    // Leaves and comes back within the grace period: the request goes on.
    let stop = $thread.listen(() => {});
    await waitFor(() => signals().length === 1);
    stop();
    await sleep(10);
    stop = $thread.listen(() => {});
    const state = await until($thread, (s) => s.data !== undefined);
    assert.equal(state.data?.id, thread);
    assert.equal(signals()[0]!.aborted, false);
    assert.equal(signals().length, 1);
    stop();

    // Leaves for good while a request runs: aborted, loading cleared, nothing kept.
    const $other = stores.thread('thr_priyaprivate');
    stop = $other.listen(() => {});
    await waitFor(() => signals().length === 2);
    stop();
    await sleep(60);
    assert.equal(signals()[1]!.aborted, true);
    assert.equal($other.get().loading, false);
    assert.equal($other.get().data, undefined);
    assert.equal($other.get().error, undefined);
  });

  it('a new search cancels the abandoned one at once; equal parameters share a store', async () => {
    api.server.use(
      http.get(`${API}/v1/mentors`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('q') === 'lead') await sleep(400);
        return api.data.forward(request);
      }),
    );
    const recorder = fetchSignals();
    const signals = {
      get: (q: string) => recorder.to('/v1/mentors').find((r) => r.url.searchParams.get('q') === q)?.signal,
      has: (q: string) => signals.get(q) !== undefined,
    };
    // A grace period far longer than the test: only the new search can cancel the old one.
    const stores = make({ graceMs: 1000 }, { fetch: recorder.fetch });
    assert.equal(stores.mentorSearch({ q: 'lead', sort: 'rating' }), stores.mentorSearch({ sort: 'rating', q: 'lead' }));
    const $typing = stores.mentorSearch({ q: 'lead', sort: 'rating' });
    let stop = $typing.listen(() => {});
    await waitFor(() => signals.has('lead'));
    stop();
    const $typed = stores.mentorSearch({ q: 'leadership', sort: 'rating' });
    stop = $typed.listen(() => {});
    await waitFor(() => signals.get('lead')?.aborted);
    const state = await until($typed, (s) => s.items.length > 0 || s.error !== undefined);
    assert.equal(state.error, undefined);
    assert.equal(signals.get('leadership')!.aborted, false);
    assert.equal($typing.get().loading, false);
    assert.equal($typing.get().items.length, 0);
    stop();
  });

  it('loadMore appends the next page; totalCount and facets come with the first', async () => {
    const stores = make();
    const $search = stores.mentorSearch({ limit: 5, facets: ['skills'] });
    const stop = $search.listen(() => {});
    const first = await until($search, (s) => s.items.length > 0);
    assert.equal(first.items.length, 5);
    assert.equal(first.hasMore, true);
    assert.ok((first.totalCount ?? 0) > 10);
    assert.ok(first.facets?.skills && Object.keys(first.facets.skills).length > 0);

    const loading = $search.loadMore();
    assert.equal($search.get().loadingMore, true);
    await loading;
    const second = $search.get();
    assert.equal(second.loadingMore, false);
    const expected = await new Mentors(core()).search({ limit: 5, facets: ['skills'] }).toArray({ limit: 10 });
    assert.deepEqual(
      second.items.map((m) => m.id),
      expected.map((m) => m.id),
    );
    assert.equal(second.totalCount, first.totalCount);
    stop();
  });

  it('a failed request sets error and keeps the data; a bad id is a NotFound error', async () => {
    const stores = make();
    const $thread = stores.thread(thread);
    const stop = $thread.listen(() => {});
    await until($thread, (s) => s.data !== undefined);
    const unavailable = await api.data.unavailable();
    api.server.use(http.get(`${API}/v1/threads/:id`, () => unavailable.replay()));
    await $thread.refetch();
    const state = $thread.get();
    assert.ok(state.error instanceof APIError);
    assert.equal(state.error.status, 503);
    assert.equal(state.data?.id, thread);
    assert.equal(state.loading, false);
    stop();

    const $missing = stores.mentor('men_doesnotexist1');
    const missing = await until($missing, (s) => s.error !== undefined);
    assert.ok(missing.error instanceof APIError);
    assert.equal(missing.error.status, 404);
  });

  it('allTasks() right after subscribing waits for the data (SSR, tests)', async () => {
    const stores = make();
    const $thread = stores.thread(thread);
    const stop = $thread.listen(() => {});
    await allTasks();
    assert.equal($thread.get().data?.id, thread);
    assert.equal($thread.get().loading, false);
    stop();
  });

  it('two clients get independent stores', async () => {
    const a = make();
    const b = make();
    assert.notEqual(a.mentor('men_demomentor'), b.mentor('men_demomentor'));
    const stopA = a.mentor('men_demomentor').listen(() => {});
    await until(a.mentor('men_demomentor'), (s) => s.data !== undefined);
    assert.equal(b.mentor('men_demomentor').get().data, undefined);
    stopA();
  });
});
