// Bookmarks as a private reading list: never counted, never announced, visible only in the
// reader's own viewerReactions and GET /v1/me/bookmarks.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Thread = components['schemas']['Thread'];
type Post = components['schemas']['Post'];
type BookmarkList = components['schemas']['BookmarkList'];

let s: TestSandbox;
let owner: string; // demo-mentee
let reader: string; // demo-mentor
let other: string; // acme-employee
const pk = 'pk_test_demo';

let t0 = 0;
let seconds = 0;
function tick(): void {
  seconds += 1;
  s.setNow(new Date(t0 + seconds * 1000));
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

async function post(visibility: Thread['visibility'] = 'public'): Promise<Post> {
  const thread = await s.request<Thread>('POST', '/v1/threads', { auth: owner, body: { title: `A ${visibility} reading`, visibility } });
  tick();
  const res = await s.request<Post>('POST', `/v1/threads/${thread.body.id}/posts`, { auth: owner, body: { kind: 'update', body: 'Worth rereading.' } });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

const bookmarks = async (auth: string) => {
  const res = await s.request<BookmarkList>('GET', '/v1/me/bookmarks', { auth });
  assert.equal(res.status, 200, res.text);
  return res.body.data.map((b) => b.post.id);
};

describe('private bookmarks', () => {
  it('a bookmark is in the reader’s own view only: not counted, not announced, not in anyone else’s', async () => {
    const p = await post();
    const since = s.db.prepare('SELECT coalesce(max(seq), 0) FROM events').pluck().get() as number;
    const res = await s.request<{ reactions: Post['reactions']; viewerReactions: string[] }>('PUT', `/v1/posts/${p.id}/reactions/bookmark`, { auth: reader });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.reactions.bookmark, 0);
    assert.deepEqual(res.body.viewerReactions, ['bookmark']);
    assert.equal(s.db.prepare('SELECT count(*) FROM events WHERE seq > ?').pluck().get(since), 0, 'no event tells anyone');
    for (const auth of [pk, other, owner]) {
      const seen = await s.request<Post>('GET', `/v1/posts/${p.id}`, { auth });
      assert.equal(seen.body.reactions.bookmark, 0);
      assert.deepEqual(seen.body.viewerReactions, []);
    }
    assert.equal((await s.request<Thread>('GET', `/v1/threads/${p.threadId}`)).body.counts.reactions, 0);
    // A public reaction still counts, and is announced.
    await s.request('PUT', `/v1/posts/${p.id}/reactions/cheer`, { auth: reader });
    assert.equal((await s.request<Thread>('GET', `/v1/threads/${p.threadId}`)).body.counts.reactions, 1);
    assert.equal(s.db.prepare("SELECT count(*) FROM events WHERE seq > ? AND type = 'post.reaction.updated'").pluck().get(since), 1);
  });

  it('lists the reader’s bookmarks newest first, page by page, without posts they can no longer see', async () => {
    // A new person: the seeded ones have bookmarks of their own.
    const other = await s.tokenFor({ externalUserId: `bookmarker-${process.pid}`, name: 'Book Marker' });
    const first = await post();
    const second = await post();
    const hidden = await post('public');
    for (const p of [first, second, hidden]) {
      tick();
      assert.equal((await s.request('PUT', `/v1/posts/${p.id}/reactions/bookmark`, { auth: other })).status, 200);
    }
    // The thread goes private: the bookmark stays but is not listed.
    await s.request('PATCH', `/v1/threads/${hidden.threadId}`, { auth: owner, body: { visibility: 'private' } });
    assert.deepEqual(await bookmarks(other), [second.id, first.id]);
    const page1 = await s.request<BookmarkList>('GET', '/v1/me/bookmarks', { auth: other, query: { limit: 1 } });
    assert.deepEqual(
      page1.body.data.map((b) => b.post.id),
      [second.id],
    );
    assert.equal(page1.body.data[0]!.threadTitle, 'A public reading');
    assert.deepEqual(page1.body.data[0]!.post.viewerReactions, ['bookmark']);
    const page2 = await s.request<BookmarkList>('GET', '/v1/me/bookmarks', { auth: other, query: { limit: 1, cursor: page1.body.nextCursor! } });
    assert.deepEqual(
      page2.body.data.map((b) => b.post.id),
      [first.id],
    );
    assert.equal(page2.body.nextCursor, null);
    await s.request('DELETE', `/v1/posts/${first.id}/reactions/bookmark`, { auth: other });
    assert.deepEqual(await bookmarks(other), [second.id]);
    assert.ok(!(await bookmarks(owner)).includes(second.id), 'nobody else’s list');
    assert.equal((await s.request('GET', '/v1/me/bookmarks', { auth: pk })).status, 403, 'a key has no reading list');
  });
});
