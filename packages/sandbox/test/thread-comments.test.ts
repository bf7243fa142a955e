// Comments as a conversation: one level of replies, editing and deleting (author, or the
// thread's owner for deletion), the post's comment count, and the live events that carry
// all of it — each write tried by its author, another reader, the owner and a key.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { connectSse } from './support/sse.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Thread = components['schemas']['Thread'];
type Post = components['schemas']['Post'];
type Comment = components['schemas']['Comment'];
type CommentList = components['schemas']['CommentList'];
type Problem = components['schemas']['Problem'];

let s: TestSandbox;
let owner: string; // demo-mentee, owns the threads below
let reader: string; // demo-mentor
let other: string; // acme-employee
const pk = 'pk_test_demo';

// A frozen clock moved a second per write, so every comment has its own instant.
let t0 = 0;
let seconds = 0;
function tick(): string {
  seconds += 1;
  const date = new Date(t0 + seconds * 1000);
  s.setNow(date);
  return date.toISOString();
}

before(async () => {
  s = await startSandbox({ mentors: 50 });
  t0 = Math.ceil(s.now().getTime() / 1000) * 1000 + 1000;
  tick();
  owner = await s.tokenFor('demo-mentee');
  reader = await s.tokenFor('demo-mentor');
  other = await s.tokenFor('acme-employee');
});
after(() => s.close());

async function publicPost(): Promise<Post> {
  const thread = await s.request<Thread>('POST', '/v1/threads', { auth: owner, body: { title: 'Comments test thread', visibility: 'public' } });
  assert.equal(thread.status, 201, thread.text);
  const post = await s.request<Post>('POST', `/v1/threads/${thread.body.id}/posts`, { auth: owner, body: { kind: 'question', body: 'How do you run 1:1s?' } });
  assert.equal(post.status, 201, post.text);
  return post.body;
}

async function comment(postId: string, body: string, auth: string, parentId?: string): Promise<Comment> {
  tick();
  const res = await s.request<Comment>('POST', `/v1/posts/${postId}/comments`, { auth, body: { body, ...(parentId ? { parentId } : {}) } });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

const countOf = async (postId: string) => (await s.request<Post>('GET', `/v1/posts/${postId}`, { auth: pk })).body.commentCount;
const threadCount = async (threadId: string) => (await s.request<Thread>('GET', `/v1/threads/${threadId}`, { auth: pk })).body.counts.comments;
const lastSeq = () => (s.db.prepare('SELECT coalesce(max(seq), 0) FROM events').pluck().get() as number) ?? 0;
function events(type: string, since: number) {
  return (
    s.db.prepare('SELECT audience, public, data FROM events WHERE type = ? AND seq > ? ORDER BY seq').all(type, since) as {
      audience: string;
      public: number;
      data: string;
    }[]
  ).map((e) => ({ audience: JSON.parse(e.audience) as string[], public: e.public, data: JSON.parse(e.data) as Record<string, unknown> }));
}

describe('comment replies', () => {
  it('replies to a top-level comment; lists keep both oldest first with parentId', async () => {
    const post = await publicPost();
    const top = await comment(post.id, 'Weekly, 30 minutes, their agenda.', reader);
    assert.equal(top.parentId, null);
    assert.equal(top.editedAt, null);
    const reply = await comment(post.id, 'Their agenda is the key part.', other, top.id);
    assert.equal(reply.parentId, top.id);
    const list = await s.request<CommentList>('GET', `/v1/posts/${post.id}/comments`, { auth: pk });
    assert.deepEqual(
      list.body.data.map((c) => [c.id, c.parentId]),
      [
        [top.id, null],
        [reply.id, top.id],
      ],
    );
    assert.equal(await countOf(post.id), 2, 'replies count as comments');
  });

  it('refuses a reply to a reply (422 naming /parentId) and a parent from another post', async () => {
    const post = await publicPost();
    const top = await comment(post.id, 'Top.', reader);
    const reply = await comment(post.id, 'Reply.', other, top.id);
    const deeper = await s.request<Problem>('POST', `/v1/posts/${post.id}/comments`, { auth: reader, body: { body: 'Deeper.', parentId: reply.id } });
    assert.equal(deeper.status, 422);
    assert.equal(deeper.body.errors?.[0]?.pointer, '/parentId');
    assert.match(deeper.body.detail ?? '', new RegExp(top.id));
    const elsewhere = await publicPost();
    const foreign = await s.request<Problem>('POST', `/v1/posts/${elsewhere.id}/comments`, { auth: reader, body: { body: 'Wrong post.', parentId: top.id } });
    assert.equal(foreign.status, 422);
    assert.equal(foreign.body.errors?.[0]?.pointer, '/parentId');
    assert.equal(await countOf(post.id), 2, 'nothing refused was counted');
  });
});

describe('editing a comment', () => {
  it('lets its author edit it (editedAt stamped, post.comment.updated sent) and nobody else', async () => {
    const post = await publicPost();
    const mine = await comment(post.id, 'Frist!', reader);
    const since = lastSeq();
    const at = tick();
    const edited = await s.request<Comment>('PATCH', `/v1/comments/${mine.id}`, { auth: reader, body: { body: 'First!' } });
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.body, 'First!');
    assert.equal(edited.body.editedAt, at);
    const sent = events('post.comment.updated', since);
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.data.body, 'First!');
    assert.equal(sent[0]!.public, 1, 'watchers of a public thread see the edit');

    for (const [who, auth, status] of [
      ['the thread owner', owner, 403],
      ['another reader', other, 403],
      ['a publishable key', pk, 403],
    ] as const) {
      const res = await s.request<Problem>('PATCH', `/v1/comments/${mine.id}`, { auth, body: { body: 'Not yours.' } });
      assert.equal(res.status, status, `${who}: ${res.text}`);
    }
    const blank = await s.request<Problem>('PATCH', `/v1/comments/${mine.id}`, { auth: reader, body: { body: '   ' } });
    assert.equal(blank.status, 422);
    assert.equal((await s.request<CommentList>('GET', `/v1/posts/${post.id}/comments`, { auth: pk })).body.data[0]!.body, 'First!');
  });

  it('answers 404 for a comment on a thread the caller cannot see', async () => {
    const thread = await s.request<Thread>('POST', '/v1/threads', { auth: owner, body: { title: 'A private thread', visibility: 'private' } });
    const post = await s.request<Post>('POST', `/v1/threads/${thread.body.id}/posts`, { auth: owner, body: { kind: 'update', body: 'Only me.' } });
    const mine = await comment(post.body.id, 'A note to self.', owner);
    const res = await s.request<Problem>('PATCH', `/v1/comments/${mine.id}`, { auth: reader, body: { body: 'Peek.' } });
    assert.equal(res.status, 404);
    assert.equal((await s.request<Problem>('DELETE', `/v1/comments/${mine.id}`, { auth: reader })).status, 404);
  });
});

describe('deleting a comment', () => {
  it('lets its author delete it with its replies; counts and the event follow', async () => {
    const post = await publicPost();
    const top = await comment(post.id, 'Top.', reader);
    const r1 = await comment(post.id, 'Reply one.', other, top.id);
    const r2 = await comment(post.id, 'Reply two.', owner, top.id);
    const keep = await comment(post.id, 'Another top.', other);
    assert.equal(await countOf(post.id), 4);
    const before = await threadCount(post.threadId);

    for (const [who, auth, status] of [
      ['another reader', other, 403],
      ['a publishable key', pk, 403],
    ] as const) {
      const res = await s.request<Problem>('DELETE', `/v1/comments/${top.id}`, { auth });
      assert.equal(res.status, status, `${who}: ${res.text}`);
    }
    const since = lastSeq();
    const gone = await s.request('DELETE', `/v1/comments/${top.id}`, { auth: reader });
    assert.equal(gone.status, 200, gone.text);
    assert.equal((gone.body as { commentCount: number }).commentCount, 1);
    const list = await s.request<CommentList>('GET', `/v1/posts/${post.id}/comments`, { auth: pk });
    assert.deepEqual(
      list.body.data.map((c) => c.id),
      [keep.id],
    );
    assert.equal(await countOf(post.id), 1);
    assert.equal(await threadCount(post.threadId), before - 3);
    const sent = events('post.comment.deleted', since);
    assert.equal(sent.length, 1);
    assert.deepEqual(sent[0]!.data, { postId: post.id, threadId: post.threadId, commentIds: [top.id, ...[r1.id, r2.id].sort()], commentCount: 1 });
    assert.equal((await s.request<Problem>('DELETE', `/v1/comments/${top.id}`, { auth: reader })).status, 404, 'gone');
  });

  it('lets the thread owner delete anyone’s comment on their thread, and a reply alone', async () => {
    const post = await publicPost();
    const top = await comment(post.id, 'Spam spam spam.', other);
    const reply = await comment(post.id, 'Please stop.', reader, top.id);
    const res = await s.request('DELETE', `/v1/comments/${reply.id}`, { auth: owner });
    assert.equal(res.status, 200, res.text);
    assert.equal(await countOf(post.id), 1, 'only the reply went');
    assert.equal((await s.request('DELETE', `/v1/comments/${top.id}`, { auth: owner })).status, 200);
    assert.equal(await countOf(post.id), 0);
  });
});

describe('comments live', () => {
  it('a watcher of a public thread receives created, updated and deleted over SSE', async () => {
    const post = await publicPost();
    const types = 'post.comment.created,post.comment.updated,post.comment.deleted';
    const stream = await connectSse(`${s.url}/v1/events?types=${types}&threadIds=${post.threadId}`, { Authorization: `Bearer ${pk}` });
    try {
      assert.equal(stream.status, 200);
      const c = await comment(post.id, 'Live!', reader);
      await s.request('PATCH', `/v1/comments/${c.id}`, { auth: reader, body: { body: 'Live, edited.' } });
      await s.request('DELETE', `/v1/comments/${c.id}`, { auth: reader });
      const seen: [string, unknown][] = [];
      for (let i = 0; i < 3; i++) {
        const event = await stream.next(10_000);
        seen.push([event.event, JSON.parse(event.data).data]);
      }
      assert.deepEqual(
        seen.map(([type]) => type),
        ['post.comment.created', 'post.comment.updated', 'post.comment.deleted'],
      );
      assert.equal((seen[1]![1] as Comment).body, 'Live, edited.');
      assert.deepEqual((seen[2]![1] as { commentIds: string[]; commentCount: number }).commentIds, [c.id]);
      assert.equal((seen[2]![1] as { commentCount: number }).commentCount, 0);
    } finally {
      stream.close();
    }
  });
});
