// Seeding stores with data the page already has (a server-rendered page): the stores show it at
// once and ask the API nothing until a write invalidates it; a paged store's next page follows
// from the seeded cursor. Against the in-process sandbox behind msw, counting the core's requests.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { allTasks } from 'nanostores';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { MenteoCore } from '../core/client-core.js';
import { Threads } from '../resources/threads.js';
import { createStoreContext, invalidate, memoryStorage, pagesOf, seedStores, threadStores, type StoreContext } from './index.js';
import { until } from '../../test/support/store-waits.js';

mockApi();
const contexts: StoreContext[] = [];
after(() => {
  for (const c of contexts) c.dispose();
});

/** A context whose requests are listed by path and query. */
function make() {
  const requests: string[] = [];
  const counting: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requests.push(url.pathname + url.search);
    return fetch(input, init);
  };
  const core = new MenteoCore({ publishableKey: 'pk_test_demo', ...fast, maxRetries: 0, fetch: counting });
  const context = createStoreContext(core, { live: false, graceMs: 5, storage: memoryStorage() });
  contexts.push(context);
  return { context, requests, threads: new Threads(core) };
}

const threadId = 'thr_learningtolead';

describe('seedStores', () => {
  it('gives a store made later its data: shown at once, no request until a write invalidates it', async () => {
    const { context, requests, threads } = make();
    const thread = await threads.retrieve(threadId);
    requests.length = 0;
    seedStores(context, [{ key: ['thread', threadId], data: thread }]);
    const $thread = threadStores(context).thread(threadId);
    assert.equal($thread.get().data?.title, thread.title, 'the first value already holds the seed');
    const stop = $thread.listen(() => {});
    await allTasks();
    assert.deepEqual(requests, [], 'no request for seeded data');
    invalidate(context, ['thread', threadId]);
    await until($thread, (s) => !s.loading && !s.stale);
    assert.deepEqual(requests, [`/v1/threads/${threadId}`], 'an invalidation still refetches');
    stop();
  });

  it('seeds a store that was already made (and not loaded)', async () => {
    const { context, requests, threads } = make();
    const thread = await threads.retrieve(threadId);
    requests.length = 0;
    const $thread = threadStores(context).thread(threadId);
    seedStores(context, [{ key: ['thread', threadId], data: thread }]);
    const stop = $thread.listen(() => {});
    await allTasks();
    assert.equal($thread.get().data?.id, threadId);
    assert.deepEqual(requests, []);
    stop();
  });

  it('seeds a paged store with a first page: loaded, with more after the seeded cursor', async () => {
    const { context, requests, threads } = make();
    const page = await threads.posts.list(threadId, { limit: 2 });
    assert.ok(page.nextCursor, 'the thread has more than two posts');
    requests.length = 0;
    seedStores(context, [{ key: ['threadPosts', threadId], data: pagesOf(page) }]);
    const $posts = threadStores(context).threadPosts(threadId);
    const stop = $posts.listen(() => {});
    await allTasks();
    const seeded = $posts.get();
    assert.equal(seeded.loaded, true);
    assert.equal(seeded.hasMore, true);
    assert.deepEqual(
      seeded.items.map((p) => p.id),
      page.data.map((p) => p.id),
    );
    assert.deepEqual(requests, [], 'no request for the seeded page');
    await $posts.loadMore();
    assert.equal(requests.length, 1);
    assert.match(requests[0]!, new RegExp(`cursor=${encodeURIComponent(page.nextCursor)}`), 'the next page follows the seeded cursor');
    assert.ok($posts.get().items.length > page.data.length);
    stop();
  });
});
