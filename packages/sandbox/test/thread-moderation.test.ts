// Moderation of a growth thread: reports by readers and the owner's list of them, hidden
// comments, locked comments, blocked people and the new accounts' comment limit. Each write
// is tried by the owner, another reader, a publishable key and (where it applies) a blocked person.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Thread = components['schemas']['Thread'];
type Post = components['schemas']['Post'];
type Comment = components['schemas']['Comment'];
type CommentList = components['schemas']['CommentList'];
type Report = components['schemas']['Report'];
type ReportList = components['schemas']['ReportList'];
type HiddenComments = components['schemas']['HiddenComments'];
type Problem = components['schemas']['Problem'];

let s: TestSandbox;
let owner: string; // demo-mentee
let reader: string; // demo-mentor
let other: string; // acme-employee
const pk = 'pk_test_demo';
const readerId = 'usr_demomentor';

let t0 = 0;
let seconds = 0;
/** Moves the frozen clock forward (a second by default) and returns the new instant. */
function tick(by = 1): string {
  seconds += by;
  const date = new Date(t0 + seconds * 1000);
  s.setNow(date);
  return date.toISOString();
}

async function signIn(): Promise<void> {
  owner = await s.tokenFor('demo-mentee');
  reader = await s.tokenFor('demo-mentor');
  other = await s.tokenFor('acme-employee');
}

before(async () => {
  s = await startSandbox({ mentors: 50 });
  t0 = Math.ceil(s.now().getTime() / 1000) * 1000 + 1000;
  tick();
  await signIn();
});
after(() => s.close());

async function publicPost(): Promise<Post> {
  const thread = await s.request<Thread>('POST', '/v1/threads', { auth: owner, body: { title: 'Moderation test thread', visibility: 'public' } });
  assert.equal(thread.status, 201, thread.text);
  const post = await s.request<Post>('POST', `/v1/threads/${thread.body.id}/posts`, { auth: owner, body: { kind: 'update', body: 'Week 3 of leading.' } });
  assert.equal(post.status, 201, post.text);
  assert.equal(post.body.commentsLocked, false);
  return post.body;
}

async function comment(postId: string, body: string, auth: string, parentId?: string): Promise<Comment> {
  tick();
  const res = await s.request<Comment>('POST', `/v1/posts/${postId}/comments`, { auth, body: { body, ...(parentId ? { parentId } : {}) } });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

const listed = async (postId: string, auth: string) => (await s.request<CommentList>('GET', `/v1/posts/${postId}/comments`, { auth })).body.data;
const countOf = async (postId: string) => (await s.request<Post>('GET', `/v1/posts/${postId}`, { auth: pk })).body.commentCount;
const lastSeq = () => s.db.prepare('SELECT coalesce(max(seq), 0) FROM events').pluck().get() as number;

function expectProblem(res: { status: number; body: unknown; text: string }, status: number, code: string): void {
  assert.equal(res.status, status, res.text);
  assert.equal((res.body as Problem).code, code, res.text);
}

describe('reports', () => {
  it('any signed-in reader reports a post or comment once; the owner lists them, nobody else', async () => {
    const post = await publicPost();
    const spam = await comment(post.id, 'Great course, 50% off today.', other);
    const first = await s.request<Report>('PUT', `/v1/posts/${post.id}/report`, { auth: reader, body: { reason: 'off_topic' } });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.commentId, null);
    assert.equal(first.body.excerpt, 'Week 3 of leading.');
    tick();
    const again = await s.request<Report>('PUT', `/v1/posts/${post.id}/report`, { auth: reader, body: { reason: 'misinformation', note: 'Changed my mind.' } });
    assert.equal(again.body.id, first.body.id, 'one report per reader and item');
    assert.equal(again.body.reason, 'misinformation');
    assert.equal(again.body.createdAt, first.body.createdAt);
    const onComment = await s.request<Report>('PUT', `/v1/comments/${spam.id}/report`, { auth: reader, body: { reason: 'spam' } });
    assert.equal(onComment.status, 200, onComment.text);
    assert.equal(onComment.body.commentId, spam.id);

    const list = await s.request<ReportList>('GET', `/v1/threads/${post.threadId}/reports`, { auth: owner });
    assert.equal(list.status, 200, list.text);
    assert.deepEqual(
      list.body.data.map((r) => [r.id, r.reason]),
      [
        [onComment.body.id, 'spam'],
        [first.body.id, 'misinformation'],
      ],
    );
    expectProblem(await s.request('GET', `/v1/threads/${post.threadId}/reports`, { auth: reader }), 403, 'forbidden');
    assert.equal((await s.request('GET', `/v1/threads/${post.threadId}/reports`, { auth: pk })).status, 403);
    assert.equal((await s.request('PUT', `/v1/posts/${post.id}/report`, { auth: pk, body: { reason: 'spam' } })).status, 403, 'a key reports nothing');
  });
});

describe('hidden comments', () => {
  it('the owner hides a comment with its replies: readers lose them live and in lists, counts follow', async () => {
    const post = await publicPost();
    const top = await comment(post.id, 'Rude.', other);
    const reply = await comment(post.id, 'Ruder.', other, top.id);
    const keep = await comment(post.id, 'Kind.', reader);
    assert.equal(await countOf(post.id), 3);

    for (const [who, auth] of [
      ['the commenter', other],
      ['another reader', reader],
      ['a publishable key', pk],
    ] as const) {
      assert.equal((await s.request('PUT', `/v1/comments/${top.id}/hidden`, { auth })).status, 403, who);
    }
    const since = lastSeq();
    const hidden = await s.request<HiddenComments>('PUT', `/v1/comments/${top.id}/hidden`, { auth: owner });
    assert.equal(hidden.status, 200, hidden.text);
    assert.deepEqual(hidden.body, { postId: post.id, threadId: post.threadId, commentIds: [top.id, reply.id], hidden: true, commentCount: 1 });
    const events = s.db.prepare("SELECT public, data FROM events WHERE type = 'post.comment.hidden' AND seq > ?").all(since) as {
      public: number;
      data: string;
    }[];
    assert.equal(events.length, 1);
    assert.equal(events[0]!.public, 1, 'watchers of the public thread drop it too');
    assert.equal((await s.request('PUT', `/v1/comments/${top.id}/hidden`, { auth: owner })).status, 200, 'idempotent');
    assert.equal(s.db.prepare("SELECT count(*) FROM events WHERE type = 'post.comment.hidden' AND seq > ?").pluck().get(since), 1, 'no second event');

    assert.deepEqual(
      (await listed(post.id, reader)).map((c) => c.id),
      [keep.id],
    );
    assert.deepEqual(
      (await listed(post.id, pk)).map((c) => c.id),
      [keep.id],
    );
    assert.deepEqual(
      (await listed(post.id, owner)).map((c) => [c.id, c.hidden]),
      [
        [top.id, true],
        [reply.id, true],
        [keep.id, false],
      ],
    );
    assert.equal(await countOf(post.id), 1);
    assert.equal(
      (await s.request('PUT', `/v1/comments/${top.id}/report`, { auth: reader, body: { reason: 'harassment' } })).status,
      404,
      'readers cannot reach it',
    );
    const replyToHidden = await s.request<Problem>('POST', `/v1/posts/${post.id}/comments`, { auth: reader, body: { body: 'Hm?', parentId: top.id } });
    assert.equal(replyToHidden.status, 422);

    const shown = await s.request<HiddenComments>('DELETE', `/v1/comments/${top.id}/hidden`, { auth: owner });
    assert.equal(shown.status, 200, shown.text);
    assert.equal(shown.body.commentCount, 3);
    assert.equal((await listed(post.id, reader)).length, 3);
  });

  it('deleting a hidden comment leaves the counts right', async () => {
    const post = await publicPost();
    const top = await comment(post.id, 'Hide me.', other);
    await comment(post.id, 'And me.', reader, top.id);
    await comment(post.id, 'Stay.', reader);
    await s.request('PUT', `/v1/comments/${top.id}/hidden`, { auth: owner });
    const threadBefore = (await s.request<Thread>('GET', `/v1/threads/${post.threadId}`)).body.counts.comments;
    assert.equal(threadBefore, 1);
    const gone = await s.request<{ commentCount: number }>('DELETE', `/v1/comments/${top.id}`, { auth: owner });
    assert.equal(gone.status, 200, gone.text);
    assert.equal(gone.body.commentCount, 1);
    assert.equal((await s.request<Thread>('GET', `/v1/threads/${post.threadId}`)).body.counts.comments, 1);
  });
});

describe('locked comments', () => {
  it('the owner locks a post’s comments (409 comments_locked) without marking it edited, and reopens them', async () => {
    const post = await publicPost();
    await comment(post.id, 'Before the lock.', reader);
    expectProblem(await s.request('PATCH', `/v1/posts/${post.id}`, { auth: reader, body: { commentsLocked: true } }), 403, 'forbidden');
    const locked = await s.request<Post>('PATCH', `/v1/posts/${post.id}`, { auth: owner, body: { commentsLocked: true } });
    assert.equal(locked.status, 200, locked.text);
    assert.equal(locked.body.commentsLocked, true);
    assert.equal(locked.body.editedAt, null, 'locking is not editing');
    tick();
    expectProblem(await s.request('POST', `/v1/posts/${post.id}/comments`, { auth: reader, body: { body: 'After.' } }), 409, 'comments_locked');
    expectProblem(await s.request('POST', `/v1/posts/${post.id}/comments`, { auth: owner, body: { body: 'Even me.' } }), 409, 'comments_locked');
    assert.equal(await countOf(post.id), 1);
    const open = await s.request<Post>('PATCH', `/v1/posts/${post.id}`, { auth: owner, body: { commentsLocked: false } });
    assert.equal(open.body.commentsLocked, false);
    await comment(post.id, 'Open again.', reader);
  });
});

describe('blocked people', () => {
  it('a blocked reader cannot comment, react or report on that thread (403 blocked_from_thread); others can', async () => {
    const post = await publicPost();
    const theirs = await comment(post.id, 'Before the block.', other);
    for (const [who, auth, status] of [
      ['another reader', other, 403],
      ['a publishable key', pk, 403],
    ] as const) {
      assert.equal((await s.request('PUT', `/v1/threads/${post.threadId}/blocks/${readerId}`, { auth })).status, status, who);
    }
    expectProblem(await s.request('PUT', `/v1/threads/${post.threadId}/blocks/usr_demomentee`, { auth: owner }), 409, 'conflict');
    expectProblem(await s.request('PUT', `/v1/threads/${post.threadId}/blocks/usr_nosuchperson`, { auth: owner }), 404, 'not_found');
    const block = await s.request<{ user: { id: string } }>('PUT', `/v1/threads/${post.threadId}/blocks/${readerId}`, { auth: owner });
    assert.equal(block.status, 200, block.text);
    assert.equal(block.body.user.id, readerId);

    tick();
    expectProblem(await s.request('POST', `/v1/posts/${post.id}/comments`, { auth: reader, body: { body: 'Let me in.' } }), 403, 'blocked_from_thread');
    expectProblem(await s.request('PUT', `/v1/posts/${post.id}/reactions/cheer`, { auth: reader }), 403, 'blocked_from_thread');
    expectProblem(await s.request('PUT', `/v1/posts/${post.id}/report`, { auth: reader, body: { reason: 'other' } }), 403, 'blocked_from_thread');
    expectProblem(await s.request('PUT', `/v1/comments/${theirs.id}/report`, { auth: reader, body: { reason: 'other' } }), 403, 'blocked_from_thread');
    assert.equal((await s.request('GET', `/v1/posts/${post.id}/comments`, { auth: reader })).status, 200, 'still reads');
    await comment(post.id, 'Not blocked.', other);

    assert.equal((await s.request('DELETE', `/v1/threads/${post.threadId}/blocks/${readerId}`, { auth: other })).status, 403, 'only the owner unblocks');
    assert.equal((await s.request('DELETE', `/v1/threads/${post.threadId}/blocks/${readerId}`, { auth: owner })).status, 204);
    await comment(post.id, 'Back.', reader);
  });
});

describe('new accounts’ comments', () => {
  it('an account younger than a day writes 5 comments an hour, then 429 with Retry-After; older accounts are not limited', async () => {
    const post = await publicPost();
    const fresh = await s.tokenFor({ externalUserId: `newcomer-${process.pid}`, name: 'New Comer' });
    const firstAt = Date.parse(tick());
    for (let i = 0; i < 5; i++) await comment(post.id, `New here ${i}`, fresh);
    const at = Date.parse(tick(60));
    const limited = await s.request<Problem>('POST', `/v1/posts/${post.id}/comments`, { auth: fresh, body: { body: 'One more' } });
    expectProblem(limited, 429, 'rate_limited');
    // The first of the five was written a second after firstAt (comment() ticks): it leaves the hour then.
    const expected = Math.ceil((firstAt + 1000 + 3_600_000 - at) / 1000);
    assert.equal(limited.headers.get('Retry-After'), String(expected));

    for (let i = 0; i < 6; i++) await comment(post.id, `Old hand ${i}`, reader);

    tick(expected);
    const again = await s.request<Comment>('POST', `/v1/posts/${post.id}/comments`, {
      auth: await s.tokenFor({ externalUserId: `newcomer-${process.pid}`, name: 'New Comer' }),
      body: { body: 'Once the hour moved on' },
    });
    assert.equal(again.status, 201, again.text);
    await signIn();
  });
});
