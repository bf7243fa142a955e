// Moderation through the stores, against the in-process sandbox behind msw: reports and the
// owner's list of them, hiding a comment (the owner keeps it marked, a reader's live page
// drops it and gets it back), locking a post's comments and blocking a reader.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi, sleep } from '../../test/support/mock-api.js';
import { mounted, until, waitFor } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { APIError } from '../core/errors.js';
import { commentStores, createStoreContext, liveFeed, memoryStorage, moderationStores, threadEditStores, threadStores, type StoreContext } from './index.js';

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
const unique = (what: string) => `${what} (moderation test ${process.pid}-${++seq})`;

async function freshPost(): Promise<{ threadId: string; postId: string }> {
  const thread = await api.data.fetch('POST', '/v1/threads', { auth: owner, body: { title: unique('Moderation stores'), visibility: 'public' } });
  const threadId = ((await thread.json()) as { id: string }).id;
  const post = await api.data.fetch('POST', `/v1/threads/${threadId}/posts`, { auth: owner, body: { kind: 'update', body: 'Week 4.' } });
  return { threadId, postId: ((await post.json()) as { id: string }).id };
}

const refusedWith = (status: number, code: string) => (e: unknown) => e instanceof APIError && e.status === status && e.code === code;

before(async () => {
  owner = await api.data.tokenFor('demo-mentee');
  reader = await api.data.tokenFor('demo-mentor');
});

describe('moderation stores', () => {
  it('a reader reports a comment; the owner’s report list shows it, a reader’s holds the 403', async () => {
    const { threadId, postId } = await freshPost();
    const spam = await commentStores(make(reader)).addComment(postId, 'Buy my course');
    const report = await moderationStores(make(reader)).report({ commentId: spam.id }, { reason: 'spam' });
    assert.equal(report.commentId, spam.id);
    const $reports = moderationStores(make(owner)).threadReports(threadId);
    const stop = await mounted($reports, (s) => s.loaded);
    assert.deepEqual(
      $reports.get().items.map((r) => r.id),
      [report.id],
    );
    stop();
    const $theirs = moderationStores(make(reader)).threadReports(threadId);
    const stopTheirs = $theirs.listen(() => {});
    const refused = await until($theirs, (s) => !!s.error);
    assert.ok(refused.error instanceof APIError && refused.error.status === 403, String(refused.error));
    stopTheirs();
  });

  it('the owner hides a comment: marked in their list at once, gone live from a reader’s page, back when shown again', async () => {
    const { threadId, postId } = await freshPost();
    const rude = await commentStores(make(reader)).addComment(postId, unique('Rude'));
    const ownerContext = make(owner);
    const $mine = commentStores(ownerContext).postComments(postId);
    const watcher = make(undefined, true);
    const $theirs = commentStores(watcher).postComments(postId, threadId);
    const $theirPosts = threadStores(watcher).threadPosts(threadId);
    const stops = [await mounted($mine, (s) => s.loaded), await mounted($theirs, (s) => s.loaded), await mounted($theirPosts, (s) => s.loaded)];
    await waitFor(() => api.callsTo('/v1/events').some((c) => c.url.searchParams.get('threadIds') === threadId));
    await sleep(60);

    const hiding = commentStores(ownerContext).hideComment(rude.id);
    assert.equal($mine.get().items[0]!.hidden, true, 'marked before the server answered');
    const answer = await hiding;
    assert.equal(answer.commentCount, 0);
    assert.equal($mine.get().items[0]!.hidden, true, 'the owner keeps it, marked');
    await until($theirs, (s) => s.items.length === 0);
    await until($theirPosts, (s) => s.items.find((p) => p.id === postId)?.commentCount === 0);

    await commentStores(ownerContext).hideComment(rude.id, false);
    assert.equal($mine.get().items[0]!.hidden, false);
    await until($theirs, (s) => s.items.some((c) => c.id === rude.id));
    await until($theirPosts, (s) => s.items.find((p) => p.id === postId)?.commentCount === 1);
    for (const stop of stops) stop();
  });

  it('the owner’s list keeps a comment they showed again when the event of its hiding comes late', async () => {
    // The server's post.comment.hidden (hidden: true) can reach the owner's page after they showed
    // the comment again (a quick "Show again"): their list must not drop it as a reader's would.
    const { postId } = await freshPost();
    const comment = await commentStores(make(reader)).addComment(postId, unique('Borderline'));
    const ownerContext = make(owner);
    const $mine = commentStores(ownerContext).postComments(postId);
    const stop = await mounted($mine, (s) => s.loaded);
    const hidden = await commentStores(ownerContext).hideComment(comment.id);
    await commentStores(ownerContext).hideComment(comment.id, false);
    liveFeed(ownerContext).echo({ id: '', type: 'post.comment.hidden', createdAt: new Date(0).toISOString(), data: hidden });
    assert.deepEqual(
      $mine.get().items.map((c) => c.id),
      [comment.id],
      'still in the owner’s list',
    );
    stop();
  });

  it('the owner locks a post’s comments (shown at once); a reader’s comment is then refused 409', async () => {
    const { threadId, postId } = await freshPost();
    const ownerContext = make(owner);
    const $posts = threadStores(ownerContext).threadPosts(threadId);
    const stop = await mounted($posts, (s) => s.loaded);
    const locking = threadEditStores(ownerContext).lockComments(postId, true);
    assert.equal($posts.get().items.find((p) => p.id === postId)!.commentsLocked, true, 'shown before the server answered');
    assert.equal((await locking).commentsLocked, true);
    await assert.rejects(commentStores(make(reader)).addComment(postId, 'Too late'), refusedWith(409, 'comments_locked'));
    await threadEditStores(ownerContext).lockComments(postId, false);
    assert.equal($posts.get().items.find((p) => p.id === postId)!.commentsLocked, false);
    await commentStores(make(reader)).addComment(postId, 'Open again');
    stop();
  });

  it('a blocked reader’s comments and reports are refused 403 blocked_from_thread until unblocked', async () => {
    const { threadId, postId } = await freshPost();
    const ownerStores = moderationStores(make(owner));
    const block = await ownerStores.blockUser(threadId, 'usr_demomentor');
    assert.equal(block.user.id, 'usr_demomentor');
    const readerContext = make(reader);
    await assert.rejects(commentStores(readerContext).addComment(postId, 'Let me in'), refusedWith(403, 'blocked_from_thread'));
    await assert.rejects(moderationStores(readerContext).report({ postId }, { reason: 'other' }), refusedWith(403, 'blocked_from_thread'));
    await ownerStores.unblockUser(threadId, 'usr_demomentor');
    await commentStores(readerContext).addComment(postId, 'Back');
  });
});
