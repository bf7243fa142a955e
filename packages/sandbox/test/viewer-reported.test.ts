// "Already reported" from the API (#12): once a reader reported a post or a comment, every read
// of it as that reader says `viewerReported: true` (a page shows "Reported" after a reload);
// for anyone else, a key, and in events (built for many readers) it is false.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Post = components['schemas']['Post'];
type Comment = components['schemas']['Comment'];
type List<T> = { data: T[] };

let s: TestSandbox;
let owner: string; // demo-mentee
let reader: string; // demo-mentor
let other: string; // acme-employee
const pk = 'pk_test_demo';

before(async () => {
  s = await startSandbox({ mentors: 50 });
  owner = await s.tokenFor('demo-mentee');
  reader = await s.tokenFor('demo-mentor');
  other = await s.tokenFor('acme-employee');
});
after(() => s.close());

/** A public thread of the owner's with a post and a comment by `other`. */
async function conversation(): Promise<{ threadId: string; post: Post; comment: Comment }> {
  const thread = (await s.request<{ id: string }>('POST', '/v1/threads', { auth: owner, body: { title: 'Reported test', visibility: 'public' } })).body;
  const post = (await s.request<Post>('POST', `/v1/threads/${thread.id}/posts`, { auth: owner, body: { kind: 'update', body: 'Week one.' } })).body;
  const comment = (await s.request<Comment>('POST', `/v1/posts/${post.id}/comments`, { auth: other, body: { body: 'Buy cheap pills!' } })).body;
  return { threadId: thread.id, post, comment };
}

const postAs = async (auth: string, postId: string) => (await s.request<Post>('GET', `/v1/posts/${postId}`, { auth })).body.viewerReported;
const listedAs = async (auth: string, threadId: string, postId: string) =>
  (await s.request<List<Post>>('GET', `/v1/threads/${threadId}/posts`, { auth })).body.data.find((p) => p.id === postId)!.viewerReported;
const commentAs = async (auth: string, postId: string, commentId: string) =>
  (await s.request<List<Comment>>('GET', `/v1/posts/${postId}/comments`, { auth })).body.data.find((c) => c.id === commentId)!.viewerReported;

describe('viewerReported', () => {
  it('a post reads reported for its reporter only, in every read; false before', async () => {
    const { threadId, post } = await conversation();
    assert.equal(post.viewerReported, false);
    assert.equal(await postAs(reader, post.id), false);
    const report = await s.request('PUT', `/v1/posts/${post.id}/report`, { auth: reader, body: { reason: 'off_topic' } });
    assert.equal(report.status, 200, report.text);
    assert.equal(await postAs(reader, post.id), true);
    assert.equal(await listedAs(reader, threadId, post.id), true);
    assert.equal(await postAs(other, post.id), false, 'someone else');
    assert.equal(await postAs(owner, post.id), false, 'the owner');
    assert.equal(await postAs(pk, post.id), false, 'a key');
    // Saved by the reporter, the reading list says it too.
    await s.request('PUT', `/v1/posts/${post.id}/reactions/bookmark`, { auth: reader });
    const saved = (await s.request<List<{ post: Post }>>('GET', '/v1/me/bookmarks', { auth: reader })).body.data.find((b) => b.post.id === post.id);
    assert.equal(saved?.post.viewerReported, true);
  });

  it('a comment reads reported for its reporter only; the comment itself is not the post', async () => {
    const { post, comment } = await conversation();
    assert.equal(comment.viewerReported, false);
    const report = await s.request('PUT', `/v1/comments/${comment.id}/report`, { auth: reader, body: { reason: 'spam' } });
    assert.equal(report.status, 200, report.text);
    assert.equal(await commentAs(reader, post.id, comment.id), true);
    assert.equal(await postAs(reader, post.id), false, 'reporting a comment is not reporting its post');
    assert.equal(await commentAs(owner, post.id, comment.id), false);
    assert.equal(await commentAs(pk, post.id, comment.id), false);
    // Its author edits it: their answer is theirs (not reported by them), the event is for everyone.
    const edited = await s.request<Comment>('PATCH', `/v1/comments/${comment.id}`, { auth: other, body: { body: 'Buy cheap pills, now!' } });
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.viewerReported, false);
    assert.equal(await commentAs(reader, post.id, comment.id), true, 'still reported after the edit');
  });

  it('events carry it false: they are built for many readers', async () => {
    const { post, comment } = await conversation();
    await s.request('PUT', `/v1/comments/${comment.id}/report`, { auth: owner, body: { reason: 'spam' } });
    await s.request('PUT', `/v1/posts/${post.id}/report`, { auth: other, body: { reason: 'spam' } });
    await s.request('PATCH', `/v1/posts/${post.id}`, { auth: owner, body: { commentsLocked: true } });
    const logged = s.db
      .prepare("SELECT type, data FROM events WHERE type IN ('thread.post.created', 'post.updated', 'post.comment.created') ORDER BY seq")
      .all() as {
      type: string;
      data: string;
    }[];
    const mine = logged
      .map((e) => ({ type: e.type, data: JSON.parse(e.data) as { id: string; viewerReported: boolean } }))
      .filter((e) => [post.id, comment.id].includes(e.data.id));
    assert.deepEqual(
      mine.map((e) => [e.type, e.data.viewerReported]),
      [
        ['thread.post.created', false],
        ['post.comment.created', false],
        ['post.updated', false],
      ],
    );
  });
});
