// A post changed by its thread's owner reaches the pages open on the thread (#12: a lock was not
// live): updatePost emits post.updated with the post as it now reads — its comments locked or
// reopened, its new text — for many readers (no one's own reactions), to those who hear of the
// thread's posts; a resumed stream's history shows the post as it is now.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { connectSse } from './support/sse.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Post = components['schemas']['Post'];
type Thread = components['schemas']['Thread'];
type Updated = { id: string; type: string; data: Post };

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

/** A thread of the owner's with one post the reader has cheered (their own reaction must not travel). */
async function postOn(visibility: Thread['visibility'] = 'public'): Promise<{ thread: Thread; post: Post }> {
  const thread = (await s.request<Thread>('POST', '/v1/threads', { auth: owner, body: { title: 'Post updates test', visibility } })).body;
  const created = await s.request<Post>('POST', `/v1/threads/${thread.id}/posts`, { auth: owner, body: { kind: 'question', body: 'How do you prepare?' } });
  assert.equal(created.status, 201, created.text);
  if (visibility !== 'private') assert.equal((await s.request('PUT', `/v1/posts/${created.body.id}/reactions/cheer`, { auth: reader })).status, 200);
  return { thread, post: created.body };
}

const patch = (postId: string, body: Record<string, unknown>) => s.request<Post>('PATCH', `/v1/posts/${postId}`, { auth: owner, body });

const logged = (postId: string) =>
  (s.db.prepare("SELECT data FROM events WHERE type = 'post.updated' ORDER BY seq").pluck().all() as string[])
    .map((d) => JSON.parse(d) as Post)
    .filter((p) => p.id === postId);

describe('post.updated', () => {
  it('a watcher of a public thread sees comments locked, reopened and the text edited, live and with no one’s reactions', async () => {
    const { thread, post } = await postOn();
    const stream = await connectSse(`${s.url}/v1/events?types=post.updated&threadIds=${thread.id}`, { Authorization: `Bearer ${pk}` });
    try {
      assert.equal(stream.status, 200);
      const locked = await patch(post.id, { commentsLocked: true });
      assert.equal(locked.status, 200, locked.text);
      const first = JSON.parse((await stream.next(10_000)).data) as Updated;
      assert.equal(first.type, 'post.updated');
      assert.equal(first.data.id, post.id);
      assert.equal(first.data.commentsLocked, true);
      assert.equal(first.data.editedAt, null, 'a lock is not an edit');
      assert.equal(first.data.reactions.cheer, 1);
      assert.deepEqual(first.data.viewerReactions, []);
      await patch(post.id, { commentsLocked: false });
      assert.equal((JSON.parse((await stream.next(10_000)).data) as Updated).data.commentsLocked, false);
      await patch(post.id, { body: 'How do you prepare a talk?' });
      const edited = JSON.parse((await stream.next(10_000)).data) as Updated;
      assert.equal(edited.data.body, 'How do you prepare a talk?');
      assert.notEqual(edited.data.editedAt, null);
    } finally {
      stream.close();
    }
  });

  it('history shows the post as it is now: a resumed stream hands over the lock as it stands', async () => {
    const { thread, post } = await postOn();
    const before = s.db.prepare('SELECT MAX(seq) FROM events').pluck().get() as number;
    await patch(post.id, { commentsLocked: true });
    await patch(post.id, { commentsLocked: false });
    await patch(post.id, { commentsLocked: true });
    const page = await s.request<{ data: Updated[] }>('GET', `/v1/events?types=post.updated&threadIds=${thread.id}&after=${before}`, {
      auth: pk,
      headers: { accept: 'application/json' },
    });
    assert.equal(page.status, 200, page.text);
    assert.deepEqual(
      page.body.data.map((e) => [e.type, e.data.id, e.data.commentsLocked]),
      [
        ['post.updated', post.id, true],
        ['post.updated', post.id, true],
        ['post.updated', post.id, true],
      ],
    );
  });

  it('a private thread’s post changes reach no key watcher; a refused change emits nothing', async () => {
    const { post } = await postOn('private');
    await patch(post.id, { commentsLocked: true });
    const [event] = logged(post.id);
    assert.equal(event?.commentsLocked, true);
    const audience = s.db.prepare("SELECT public FROM events WHERE type = 'post.updated' ORDER BY seq DESC LIMIT 1").pluck().get();
    assert.equal(audience, 0, 'not public: only its owner (and followers who may see it) hear of it');
    const open = await postOn();
    assert.equal((await s.request('PATCH', `/v1/posts/${open.post.id}`, { auth: reader, body: { commentsLocked: true } })).status, 403);
    assert.deepEqual(logged(open.post.id), []);
  });
});
