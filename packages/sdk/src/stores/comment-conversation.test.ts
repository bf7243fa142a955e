// The comment stores as a conversation, against the in-process sandbox behind msw: replies,
// optimistic edits and deletions, a post's comment count that follows (from the writer's
// own answers, and live for another reader), and others' comments arriving live.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi, sleep } from '../../test/support/mock-api.js';
import { mounted, until, waitFor } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { APIError } from '../core/errors.js';
import { commentStores, createStoreContext, groupReplies, memoryStorage, threadStores, type StoreContext } from './index.js';

const api = mockApi();
const contexts: StoreContext[] = [];
const make = (token?: string, live = false) => {
  const context = createStoreContext(new MenteoCore({ ...(token ? { token } : { publishableKey: 'pk_test_demo' }), ...fast, maxRetries: 0 }), {
    live,
    graceMs: 5,
    storage: memoryStorage(),
  });
  contexts.push(context);
  return context;
};
after(() => {
  for (const c of contexts) c.dispose();
});

let owner: string; // demo-mentee
let reader: string; // demo-mentor
let seq = 0;
const unique = (what: string) => `${what} (conversation test ${process.pid}-${++seq})`;

/** A fresh public thread with one post, so counts start at zero. */
async function freshPost(): Promise<{ threadId: string; postId: string }> {
  const thread = await api.data.fetch('POST', '/v1/threads', { auth: owner, body: { title: unique('Comment stores'), visibility: 'public' } });
  const threadId = ((await thread.json()) as { id: string }).id;
  const post = await api.data.fetch('POST', `/v1/threads/${threadId}/posts`, { auth: owner, body: { kind: 'question', body: 'Tips?' } });
  return { threadId, postId: ((await post.json()) as { id: string }).id };
}

before(async () => {
  owner = await api.data.tokenFor('demo-mentee');
  reader = await api.data.tokenFor('demo-mentor');
});

describe('groupReplies', () => {
  it('puts each reply under its top-level comment, in order, and leaves out replies without a loaded parent', () => {
    const c = (id: string, parentId: string | null = null) => ({ id, parentId });
    assert.deepEqual(groupReplies([c('a'), c('b'), c('r1', 'a'), c('r2', 'b'), c('r3', 'a'), c('orphan', 'gone')]), [
      { comment: c('a'), replies: [c('r1', 'a'), c('r3', 'a')] },
      { comment: c('b'), replies: [c('r2', 'b')] },
    ]);
  });
});

describe('comment conversation stores', () => {
  it('replies under a comment and counts both in the post’s commentCount and the thread’s', async () => {
    const { threadId, postId } = await freshPost();
    const context = make(reader);
    const $posts = threadStores(context).threadPosts(threadId);
    const $thread = threadStores(context).thread(threadId);
    const $comments = commentStores(context).postComments(postId);
    const stops = [await mounted($posts, (s) => s.loaded), await mounted($thread, (s) => !!s.data), await mounted($comments, (s) => s.loaded)];
    const top = await commentStores(context).addComment(postId, unique('Top'));
    const reply = await commentStores(context).addComment(postId, unique('Reply'), { parentId: top.id });
    assert.equal(reply.parentId, top.id);
    assert.deepEqual(
      $comments.get().items.map((c) => [c.id, c.parentId]),
      [
        [top.id, null],
        [reply.id, top.id],
      ],
    );
    assert.equal($posts.get().items.find((p) => p.id === postId)!.commentCount, 2, 'counted from the writes’ own answers, no live feed');
    assert.equal($thread.get().data!.counts.comments, 2);
    // A reply to a reply is refused, and nothing is counted for it.
    await assert.rejects(
      commentStores(context).addComment(postId, 'Deeper', { parentId: reply.id }),
      (e: unknown) => e instanceof APIError && e.status === 422,
    );
    assert.equal($posts.get().items.find((p) => p.id === postId)!.commentCount, 2);
    for (const stop of stops) stop();
  });

  it('edits optimistically, then shows the server’s comment with editedAt', async () => {
    const { postId } = await freshPost();
    const context = make(reader);
    const $comments = commentStores(context).postComments(postId);
    const stop = await mounted($comments, (s) => s.loaded);
    const mine = await commentStores(context).addComment(postId, 'Teh first');
    const editing = commentStores(context).editComment(mine.id, 'The first');
    assert.equal($comments.get().items[0]!.body, 'The first', 'shown before the server answered');
    assert.equal($comments.get().items[0]!.editedAt, null);
    const edited = await editing;
    assert.notEqual(edited.editedAt, null);
    assert.equal($comments.get().items[0]!.editedAt, edited.editedAt);
    stop();
  });

  it('undoes an edit the server refuses (not the author)', async () => {
    const { postId } = await freshPost();
    const theirs = await commentStores(make(reader)).addComment(postId, 'Mine, not yours');
    const context = make(owner);
    const $comments = commentStores(context).postComments(postId);
    const stop = await mounted($comments, (s) => s.loaded);
    await assert.rejects(commentStores(context).editComment(theirs.id, 'Rewritten'), (e: unknown) => e instanceof APIError && e.status === 403);
    assert.equal($comments.get().items[0]!.body, 'Mine, not yours');
    assert.ok(context.lastError.get() instanceof APIError);
    stop();
  });

  it('the thread owner deletes a comment: it and its replies leave at once; the count takes the server’s', async () => {
    const { threadId, postId } = await freshPost();
    const top = await commentStores(make(reader)).addComment(postId, 'Off-topic');
    await commentStores(make(reader)).addComment(postId, 'More off-topic', { parentId: top.id });
    const keep = await commentStores(make(reader)).addComment(postId, 'On topic');
    const context = make(owner);
    const $posts = threadStores(context).threadPosts(threadId);
    const $comments = commentStores(context).postComments(postId);
    const stops = [await mounted($posts, (s) => s.loaded), await mounted($comments, (s) => s.loaded)];
    assert.equal($comments.get().items.length, 3);
    const deleting = commentStores(context).deleteComment(top.id);
    assert.deepEqual(
      $comments.get().items.map((c) => c.id),
      [keep.id],
      'gone before the server answered, reply included',
    );
    const deletion = await deleting;
    assert.equal(deletion.commentIds.length, 2);
    assert.equal(deletion.commentCount, 1);
    assert.equal($posts.get().items.find((p) => p.id === postId)!.commentCount, 1);
    for (const stop of stops) stop();
  });

  it('a reader without a token sees others’ comments, edits and deletions live, with the count', async () => {
    const { threadId, postId } = await freshPost();
    const context = make(undefined, true);
    const $posts = threadStores(context).threadPosts(threadId);
    const $comments = commentStores(context).postComments(postId, threadId);
    const stops = [await mounted($posts, (s) => s.loaded), await mounted($comments, (s) => s.loaded)];
    await waitFor(() => api.callsTo('/v1/events').some((c) => c.url.searchParams.get('threadIds') === threadId));
    // The stream is open once the sandbox has answered its request; give it a moment to start reading.
    await sleep(60);
    const writer = make(reader);
    const written = await commentStores(writer).addComment(postId, unique('Live comment'));
    await until($comments, (s) => s.items.some((c) => c.id === written.id));
    await until($posts, (s) => s.items.find((p) => p.id === postId)?.commentCount === 1);
    await commentStores(writer).editComment(written.id, 'Live comment, edited');
    await until($comments, (s) => s.items.find((c) => c.id === written.id)?.body === 'Live comment, edited');
    await commentStores(writer).deleteComment(written.id);
    await until($comments, (s) => s.items.length === 0);
    await until($posts, (s) => s.items.find((p) => p.id === postId)?.commentCount === 0);
    for (const stop of stops) stop();
  });
});
