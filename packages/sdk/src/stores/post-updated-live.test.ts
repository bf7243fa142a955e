// The owner's changes to a post reach a reader's open page (#12: a lock was not live): the
// thread's stream carries post.updated, and the reader's loaded posts take it, keeping the
// reader's own reactions (the event, built for many readers, carries none). And a reader's own
// reaction is counted once while it is on its way: its event can come before its answer, with a
// count that already holds the reaction the optimistic change adds. Against the in-process
// sandbox behind msw.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http } from 'msw';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { API } from '../../test/support/sandbox-data.js';
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
let other: string; // acme-employee

before(async () => {
  owner = await api.data.tokenFor('demo-mentee');
  reader = await api.data.tokenFor('demo-mentor');
  other = await api.data.tokenFor('acme-employee');
});

async function call<T>(auth: string, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await api.data.fetch(method, path, { auth, body });
  assert.ok(answer.ok, `${method} ${path}: ${answer.status}`);
  return (await answer.json()) as T;
}

/** The reader's page of the thread, live: its posts loaded and its event stream open. */
async function readerPage(threadId: string, postId: string) {
  const context = createStoreContext(new MenteoCore({ token: reader, ...fast, maxRetries: 0 }), { graceMs: 5, storage: memoryStorage() });
  contexts.push(context);
  const heard: LiveEvent[] = [];
  liveFeed(context).listen((event) => heard.push(event));
  const $posts = threadStores(context).threadPosts(threadId);
  const stop = await mounted($posts, (s) => s.loaded);
  await waitFor(() => api.callsTo('/v1/events').some((c) => c.url.searchParams.get('threadIds')?.includes(threadId)));
  return { context, heard, $posts, stop, post: () => $posts.get().items.find((p) => p.id === postId)! };
}

describe('a post changed by the owner, on a reader’s open page', () => {
  it('shows comments locked and reopened, and the new text, live; the reader’s own reactions and report stay', async () => {
    const { id: threadId } = await call<{ id: string }>(owner, 'POST', '/v1/threads', { title: `Live lock ${process.pid}`, visibility: 'public' });
    const { id: postId } = await call<{ id: string }>(owner, 'POST', `/v1/threads/${threadId}/posts`, { kind: 'question', body: 'Tips?' });
    await call(reader, 'PUT', `/v1/posts/${postId}/reactions/cheer`);
    await call(reader, 'PUT', `/v1/posts/${postId}/report`, { reason: 'off_topic' });
    const { heard, $posts, stop, post } = await readerPage(threadId, postId);
    assert.equal(post().commentsLocked, false);
    assert.deepEqual(post().viewerReactions, ['cheer']);
    assert.equal(post().viewerReported, true, 'the API says the reader reported it');

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

describe('a reader’s reaction whose event comes before its answer', () => {
  it('is counted once; the others’ reactions of other kinds still move live meanwhile', async () => {
    const { id: threadId } = await call<{ id: string }>(owner, 'POST', '/v1/threads', { title: `Reaction race ${process.pid}`, visibility: 'public' });
    const { id: postId } = await call<{ id: string }>(owner, 'POST', `/v1/threads/${threadId}/posts`, { kind: 'milestone', body: 'Shipped!' });
    const { context, heard, $posts, stop, post } = await readerPage(threadId, postId);

    // The sandbox takes the reader's reaction (and sends its event) at once; its answer waits.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    api.server.use(
      http.put(`${API}/v1/posts/:postId/reactions/:kind`, async ({ request }) => {
        const response = await api.data.forward(request);
        await held;
        return response;
      }),
    );
    const reacting = threadStores(context).toggleReaction(postId, 'cheer');
    assert.equal(post().reactions.cheer, 1, 'shown before the server answered');
    const reactionEvents = () => heard.filter((e) => e.type === 'post.reaction.updated');
    await waitFor(() => reactionEvents().length === 1);
    api.server.resetHandlers();
    await call(other, 'PUT', `/v1/posts/${postId}/reactions/support`);
    await until($posts, () => post().reactions.support === 1);
    assert.equal(post().reactions.cheer, 1, 'the event’s count holds the reaction shown already: not counted twice');
    assert.deepEqual(post().viewerReactions, ['cheer']);

    release();
    const answer = await reacting;
    assert.equal(answer.reactions.cheer, 1);
    assert.equal(post().reactions.cheer, 1);
    assert.equal(post().reactions.support, 1);
    // Once answered, the live counts are everyone's again: another cheer moves it.
    await call(other, 'PUT', `/v1/posts/${postId}/reactions/cheer`);
    await until($posts, () => post().reactions.cheer === 2);
    stop();
  });
});
