// A post's comment count travels with its comment events (#12: every open page read the post
// once per comment heard): post.comment.created carries the post's count with the new comment
// in it, as .deleted and .hidden carry theirs, counted as the post's commentCount counts (hidden
// ones not). A resumed stream's history carries each count as of its event, so a page replaying
// it moves through the counts in order and ends on today's.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { connectSse } from './support/sse.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Comment = components['schemas']['Comment'];
type Post = components['schemas']['Post'];
type Thread = components['schemas']['Thread'];
type Counted = { id: string; type: string; data: { id?: string; commentCount?: number } };

const types = 'post.comment.created,post.comment.deleted,post.comment.hidden';
let s: TestSandbox;
let owner: string; // demo-mentee
let reader: string; // demo-mentor
const pk = 'pk_test_demo';

before(async () => {
  s = await startSandbox({ mentors: 50 });
  owner = await s.tokenFor('demo-mentee');
  reader = await s.tokenFor('demo-mentor');
});
after(() => s.close());

async function publicPost(): Promise<Post> {
  const thread = (await s.request<Thread>('POST', '/v1/threads', { auth: owner, body: { title: 'Comment count events test', visibility: 'public' } })).body;
  const created = await s.request<Post>('POST', `/v1/threads/${thread.id}/posts`, { auth: owner, body: { kind: 'question', body: 'How do you prepare?' } });
  assert.equal(created.status, 201, created.text);
  return created.body;
}

async function comment(postId: string, body: string): Promise<Comment> {
  const res = await s.request<Comment>('POST', `/v1/posts/${postId}/comments`, { auth: reader, body: { body } });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

const lastSeq = () => s.db.prepare('SELECT coalesce(max(seq), 0) FROM events').pluck().get() as number;
const countOf = async (postId: string) => (await s.request<Post>('GET', `/v1/posts/${postId}`, { auth: pk })).body.commentCount;

describe('the post’s comment count in comment events', () => {
  it('created, hidden and deleted each carry the post’s count after them, live; the answer to the comment does not', async () => {
    const post = await publicPost();
    const stream = await connectSse(`${s.url}/v1/events?types=${types}&threadIds=${post.threadId}`, { Authorization: `Bearer ${pk}` });
    const next = async () => JSON.parse((await stream.next(10_000)).data) as Counted;
    try {
      assert.equal(stream.status, 200);
      const first = await comment(post.id, 'First.');
      assert.equal('commentCount' in first, false, 'the answer is the comment alone');
      assert.deepEqual((await next()).data, { ...first, commentCount: 1 });
      const second = await comment(post.id, 'Second.');
      const heard = await next();
      assert.equal(heard.data.id, second.id);
      assert.equal(heard.data.commentCount, 2);

      assert.equal((await s.request('PUT', `/v1/comments/${second.id}/hidden`, { auth: owner })).status, 200);
      const hidden = await next();
      assert.deepEqual([hidden.type, hidden.data.commentCount], ['post.comment.hidden', 1]);
      const third = await comment(post.id, 'Third.');
      const afterHidden = await next();
      assert.deepEqual([afterHidden.data.id, afterHidden.data.commentCount], [third.id, 2], 'a hidden comment does not count');

      assert.equal((await s.request('DELETE', `/v1/comments/${first.id}`, { auth: reader })).status, 200);
      const deleted = await next();
      assert.deepEqual([deleted.type, deleted.data.commentCount], ['post.comment.deleted', 1]);
      assert.equal(await countOf(post.id), 1);
    } finally {
      stream.close();
    }
  });

  it('history carries each count as of its event, not today’s', async () => {
    const post = await publicPost();
    const since = lastSeq();
    const first = await comment(post.id, 'First.');
    const second = await comment(post.id, 'Second.');
    const third = await comment(post.id, 'Third.');
    assert.equal((await s.request('DELETE', `/v1/comments/${first.id}`, { auth: reader })).status, 200);
    assert.equal(await countOf(post.id), 2);
    const page = await s.request<{ data: Counted[] }>('GET', `/v1/events?types=${types}&threadIds=${post.threadId}&after=${since}`, {
      auth: pk,
      headers: { accept: 'application/json' },
    });
    assert.equal(page.status, 200, page.text);
    // The first comment is gone (its event with it); the others tell the count they made.
    assert.deepEqual(
      page.body.data.map((e) => [e.type, e.data.id ?? null, e.data.commentCount]),
      [
        ['post.comment.created', second.id, 2],
        ['post.comment.created', third.id, 3],
        ['post.comment.deleted', null, 2],
      ],
    );
  });
});
