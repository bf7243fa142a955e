// The reading list through the stores, against the in-process sandbox behind msw: a bookmark
// presses for the reader without counting, and the reading list follows it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { mounted, until } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { bookmarkStores, createStoreContext, memoryStorage, threadStores, type StoreContext } from './index.js';

const api = mockApi();
const contexts: StoreContext[] = [];
const make = (token: string) => {
  const context = createStoreContext(new MenteoCore({ token, ...fast, maxRetries: 0 }), { live: false, graceMs: 5, storage: memoryStorage() });
  contexts.push(context);
  return context;
};
after(() => {
  for (const c of contexts) c.dispose();
});

let threadId: string;
let postId: string;
let reader: string;

before(async () => {
  const owner = await api.data.tokenFor('demo-mentee');
  // A new person: the seeded ones have reading lists of their own.
  reader = await api.data.tokenFor(`reading-list-${process.pid}`);
  const thread = await api.data.fetch('POST', '/v1/threads', { auth: owner, body: { title: 'Worth a bookmark', visibility: 'public' } });
  threadId = ((await thread.json()) as { id: string }).id;
  const post = await api.data.fetch('POST', `/v1/threads/${threadId}/posts`, { auth: owner, body: { kind: 'milestone', body: 'Read this twice.' } });
  postId = ((await post.json()) as { id: string }).id;
});

describe('bookmark stores', () => {
  it('a bookmark is pressed at once but never counted; the reading list gains it and loses it', async () => {
    const context = make(reader);
    const $posts = threadStores(context).threadPosts(threadId);
    const $list = bookmarkStores(context).readingList();
    const stops = [await mounted($posts, (s) => s.loaded), await mounted($list, (s) => s.loaded)];
    assert.deepEqual($list.get().items, []);
    const pressing = threadStores(context).toggleReaction(postId, 'bookmark');
    const shown = $posts.get().items.find((p) => p.id === postId)!;
    assert.deepEqual(shown.viewerReactions, ['bookmark'], 'pressed before the server answered');
    assert.equal(shown.reactions.bookmark, 0, 'not counted');
    await pressing;
    const listed = await until($list, (s) => s.items.length === 1 && !s.loading);
    assert.equal(listed.items[0]!.post.id, postId);
    assert.equal(listed.items[0]!.threadTitle, 'Worth a bookmark');
    await threadStores(context).toggleReaction(postId, 'bookmark');
    await until($list, (s) => s.items.length === 0 && !s.loading);
    for (const stop of stops) stop();
  });
});
