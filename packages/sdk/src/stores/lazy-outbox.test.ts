// The thread stores fetch the outbox's module only when it is needed (#15): a reader's page never
// loads it, and the owner's own thread, once shown, brings back what they wrote offline on an
// earlier page. Against the in-process sandbox behind msw.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { FakeStorage } from '../../test/support/offline.js';
import { API } from '../../test/support/sandbox-data.js';
import { mounted, waitFor } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { createStoreContext, threadStores, type OutboxEntry, type StoreContext } from './index.js';

const api = mockApi();
const thread = 'thr_learningtolead'; // the demo mentee's
const contexts: StoreContext[] = [];
let owner: string;
before(async () => {
  owner = await api.data.tokenFor('demo-mentee');
});
after(() => {
  for (const context of contexts) context.dispose();
});

const postsWithBody = (body: string) => api.data.db.prepare('SELECT id FROM posts WHERE body = ?').pluck().all(body) as string[];

describe('the thread stores’ outbox, loaded on need', () => {
  it('reading a thread’s posts leaves a queued post alone; the owner’s thread shown loads the outbox, which shows and sends it once', async () => {
    const body = `Written offline on an earlier page (${process.pid})`;
    const queued: OutboxEntry = {
      kind: 'post',
      key: `menteo-${crypto.randomUUID()}`,
      createdAt: '2026-03-02T09:00:00.000Z',
      userId: 'usr_demomentee',
      target: thread,
      body: { kind: 'update', body },
    };
    const storage = new FakeStorage();
    storage.setItem(`menteo.outbox:${API}:usr_demomentee`, JSON.stringify([queued]));
    const context = createStoreContext(new MenteoCore({ token: owner, ...fast, maxRetries: 0 }), { live: false, graceMs: 5, storage });
    contexts.push(context);
    const stores = threadStores(context);

    // The posts alone, as a reader's page reads them: no outbox, so the entry is neither shown nor sent.
    const $posts = stores.threadPosts(thread);
    const stopPosts = await mounted($posts, (state) => state.loaded);
    assert.ok(!$posts.get().items.some((post) => post.body === body), 'an outbox made with the stores would have shown it at once');
    assert.equal(storage.outbox().length, 1);
    assert.deepEqual(postsWithBody(body), []);

    // The thread itself says its viewer owns it: the outbox loads, shows the entry, and sends it.
    const stopThread = await mounted(stores.thread(thread), (state) => !!state.data);
    assert.equal(stores.thread(thread).get().data!.viewer?.isOwner, true);
    await waitFor(() => storage.outbox().length === 0 && !$posts.get().items[0]?.pending && $posts.get().items[0]?.body === body);
    assert.equal(postsWithBody(body).length, 1, 'sent once');
    stopPosts();
    stopThread();
  });
});
