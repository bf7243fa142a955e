// The owner's changes to a post reach a reader's open page (#12: a lock was not live): the
// thread's stream carries post.updated, and the reader's loaded posts take it, keeping the
// reader's own reactions (the event, built for many readers, carries none). Against the
// in-process sandbox behind msw.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { mounted, until, waitFor } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { createStoreContext, memoryStorage, type StoreContext, threadStores } from './index.js';
import { type LiveEvent, liveFeed } from './live.js';

const api = mockApi();
const contexts: StoreContext[] = [];
after(() => {
  for (const c of contexts) c.dispose();
});

let owner: string; // demo-mentee
let reader: string; // demo-mentor

before(async () => {
  owner = await api.data.tokenFor('demo-mentee');
  reader = await api.data.tokenFor('demo-mentor');
});

async function call<T>(auth: string, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await api.data.fetch(method, path, { auth, body });
  assert.ok(answer.ok, `${method} ${path}: ${answer.status}`);
  return (await answer.json()) as T;
}

describe('a post changed by the owner, on a reader’s open page', () => {
  it('shows comments locked and reopened, and the new text, live; the reader’s own reactions and report stay', async () => {
    const { id: threadId } = await call<{ id: string }>(owner, 'POST', '/v1/threads', { title: `Live lock ${process.pid}`, visibility: 'public' });
    const { id: postId } = await call<{ id: string }>(owner, 'POST', `/v1/threads/${threadId}/posts`, { kind: 'question', body: 'Tips?' });
    await call(reader, 'PUT', `/v1/posts/${postId}/reactions/cheer`);
    await call(reader, 'PUT', `/v1/posts/${postId}/report`, { reason: 'off_topic' });
    const context = createStoreContext(new MenteoCore({ token: reader, ...fast, maxRetries: 0 }), { graceMs: 5, storage: memoryStorage() });
    contexts.push(context);
    const heard: LiveEvent[] = [];
    liveFeed(context).listen((event) => heard.push(event));
    const $posts = threadStores(context).threadPosts(threadId);
    const stop = await mounted($posts, (s) => s.loaded);
    const post = () => $posts.get().items.find((p) => p.id === postId)!;
    assert.equal(post().commentsLocked, false);
    assert.deepEqual(post().viewerReactions, ['cheer']);
    assert.equal(post().viewerReported, true, 'the API says the reader reported it');
    await waitFor(() => api.callsTo('/v1/events').some((c) => c.url.searchParams.get('threadIds')?.includes(threadId)));

    await call(owner, 'PATCH', `/v1/posts/${postId}`, { commentsLocked: true });
    await until($posts, () => post().commentsLocked);
    assert.deepEqual(post().viewerReactions, ['cheer'], 'the reader’s own reaction stays pressed');
    assert.equal(post().viewerReported, true, 'and their report stays known (the event says false: it is for everyone)');
    assert.equal(post().reactions.cheer, 1);
    await call(owner, 'PATCH', `/v1/posts/${postId}`, { commentsLocked: false });
    await until($posts, () => !post().commentsLocked);
    await call(owner, 'PATCH', `/v1/posts/${postId}`, { body: 'Tips, please?' });
    await until($posts, () => post().body === 'Tips, please?' && post().editedAt !== null);
    assert.deepEqual(
      heard.filter((e) => e.type === 'post.updated').map((e) => e.type === 'post.updated' && e.data.commentsLocked),
      [true, false, false],
    );
    stop();
  });
});
