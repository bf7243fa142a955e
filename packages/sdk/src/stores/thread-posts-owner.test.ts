// The owner's writes to their posts through the stores (edit, delete), and finding a thread by
// the page it is embedded on, against the in-process sandbox behind msw.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { mounted } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { APIError } from '../core/errors.js';
import { createStoreContext, memoryStorage, threadEditStores, threadStores, type StoreContext } from './index.js';

const api = mockApi();
const contexts: StoreContext[] = [];
const make = (token?: string) => {
  const core = new MenteoCore({ ...(token ? { token } : { publishableKey: 'pk_test_demo' }), ...fast, maxRetries: 0 });
  const context = createStoreContext(core, { live: false, graceMs: 5, storage: memoryStorage() });
  contexts.push(context);
  return context;
};
after(() => {
  for (const c of contexts) c.dispose();
});

let owner: string; // demo-mentee
let reader: string; // demo-mentor
before(async () => {
  owner = await api.data.tokenFor('demo-mentee');
  reader = await api.data.tokenFor('demo-mentor');
});

let seq = 0;
async function threadWithPost(extra: { canonicalUrl?: string } = {}) {
  const title = `Owner stores ${process.pid}-${++seq}`;
  const res = await api.data.fetch('POST', '/v1/threads', {
    auth: owner,
    body: { title, visibility: 'public', ...extra, firstPost: { body: 'First words.' } },
  });
  const threadId = ((await res.json()) as { id: string }).id;
  const posts = await api.data.fetch('GET', `/v1/threads/${threadId}/posts`, { auth: owner });
  const postId = ((await posts.json()) as { data: { id: string }[] }).data[0]!.id;
  return { threadId, postId };
}

describe('owner post stores', () => {
  it('edits a post at once in the list, then keeps the server’s post (with editedAt)', async () => {
    const { threadId, postId } = await threadWithPost();
    const context = make(owner);
    const $posts = threadStores(context).threadPosts(threadId);
    const stop = await mounted($posts, (s) => s.loaded);
    const editing = threadEditStores(context).editPost(postId, { body: 'Better words.', kind: 'milestone' });
    assert.equal($posts.get().items[0]!.body, 'Better words.', 'shown before the server answered');
    assert.equal($posts.get().items[0]!.kind, 'milestone');
    const post = await editing;
    assert.ok(post.editedAt);
    assert.equal($posts.get().items[0]!.editedAt, post.editedAt);
    stop();
  });

  it('undoes an edit the server refuses: the post keeps its words', async () => {
    const { threadId, postId } = await threadWithPost();
    const context = make(reader); // not the author: 403
    const $posts = threadStores(context).threadPosts(threadId);
    const stop = await mounted($posts, (s) => s.loaded);
    await assert.rejects(threadEditStores(context).editPost(postId, { body: 'Not mine.' }), (e) => e instanceof APIError && e.status === 403);
    assert.equal($posts.get().items[0]!.body, 'First words.');
    stop();
  });

  it('deletes a post from the list at once; a refused delete puts it back', async () => {
    const { threadId, postId } = await threadWithPost();
    const readerContext = make(reader);
    const $seen = threadStores(readerContext).threadPosts(threadId);
    const stopSeen = await mounted($seen, (s) => s.loaded);
    await assert.rejects(threadEditStores(readerContext).deletePost(postId), (e) => e instanceof APIError && e.status === 403);
    assert.deepEqual(
      $seen.get().items.map((p) => p.id),
      [postId],
    );
    stopSeen();
    const context = make(owner);
    const $posts = threadStores(context).threadPosts(threadId);
    const stop = await mounted($posts, (s) => s.loaded);
    const deleting = threadEditStores(context).deletePost(postId);
    assert.equal($posts.get().items.length, 0, 'gone before the server answered');
    await deleting;
    assert.equal($posts.get().items.length, 0);
    const res = await api.data.fetch('GET', `/v1/posts/${postId}`, { auth: owner });
    assert.equal(res.status, 404);
    stop();
  });

  it('finds the thread of a page by its canonical URL (normalized), and says null for a page without one', async () => {
    const page = `https://blog.example/feed-lookup-${process.pid}-${++seq}`;
    const { threadId } = await threadWithPost({ canonicalUrl: page });
    const context = make(); // a publishable key, like a blog
    const $found = threadStores(context).threadAt(`${page}/?utm_source=x#top`);
    const stop = await mounted($found, (s) => s.data !== undefined);
    assert.equal($found.get().data?.id, threadId);
    const $none = threadStores(context).threadAt(`${page}-nothing-here`);
    const stopNone = await mounted($none, (s) => s.data !== undefined);
    assert.equal($none.get().data, null);
    stop();
    stopNone();
  });
});
