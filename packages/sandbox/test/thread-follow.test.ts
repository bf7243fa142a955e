// Following live: a follow or unfollow that changes the count, and an edit of the thread,
// reach the thread's audience as thread.updated (for everyone: viewer null), so other
// readers' follower counts move. Tried by a reader, the owner, a key and a stranger.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { connectSse } from './support/sse.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Thread = components['schemas']['Thread'];

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

async function thread(visibility: Thread['visibility'] = 'public'): Promise<Thread> {
  const res = await s.request<Thread>('POST', '/v1/threads', { auth: owner, body: { title: 'Follow test thread', visibility } });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

const updates = (threadId: string) =>
  (s.db.prepare("SELECT data FROM events WHERE type = 'thread.updated' AND thread_id = ? ORDER BY seq").pluck().all(threadId) as string[]).map(
    (d) => JSON.parse(d) as Thread,
  );

describe('following live', () => {
  it('a watcher of a public thread sees the follower count move over SSE, with no one’s viewer', async () => {
    const t = await thread();
    const stream = await connectSse(`${s.url}/v1/events?types=thread.updated&threadIds=${t.id}`, { Authorization: `Bearer ${pk}` });
    try {
      assert.equal(stream.status, 200);
      const followed = await s.request<Thread>('PUT', `/v1/threads/${t.id}/follow`, { auth: reader });
      assert.equal(followed.status, 200, followed.text);
      assert.deepEqual(followed.body.viewer, { isOwner: false, following: true });
      assert.equal(followed.body.counts.followers, 1);
      const first = JSON.parse((await stream.next(10_000)).data) as { type: string; data: Thread };
      assert.equal(first.type, 'thread.updated');
      assert.equal(first.data.counts.followers, 1);
      assert.equal(first.data.viewer, null);
      await s.request('PUT', `/v1/threads/${t.id}/follow`, { auth: other });
      assert.equal((JSON.parse((await stream.next(10_000)).data) as { data: Thread }).data.counts.followers, 2);
      await s.request('DELETE', `/v1/threads/${t.id}/follow`, { auth: reader });
      assert.equal((JSON.parse((await stream.next(10_000)).data) as { data: Thread }).data.counts.followers, 1);
    } finally {
      stream.close();
    }
  });

  it('only a change is announced: following twice or unfollowing when not following emits nothing', async () => {
    const t = await thread();
    await s.request('PUT', `/v1/threads/${t.id}/follow`, { auth: reader });
    await s.request('PUT', `/v1/threads/${t.id}/follow`, { auth: reader });
    await s.request('DELETE', `/v1/threads/${t.id}/follow`, { auth: other });
    assert.deepEqual(
      updates(t.id).map((u) => u.counts.followers),
      [1],
    );
  });

  it('refuses the owner (409), a key (403) and a stranger to a private thread (404), announcing nothing', async () => {
    const t = await thread();
    assert.equal((await s.request('PUT', `/v1/threads/${t.id}/follow`, { auth: owner })).status, 409);
    assert.equal((await s.request('PUT', `/v1/threads/${t.id}/follow`, { auth: pk })).status, 403);
    assert.equal((await s.request('DELETE', `/v1/threads/${t.id}/follow`, { auth: pk })).status, 403);
    const secret = await thread('private');
    assert.equal((await s.request('PUT', `/v1/threads/${secret.id}/follow`, { auth: reader })).status, 404);
    assert.deepEqual(updates(t.id), []);
    assert.deepEqual(updates(secret.id), []);
  });

  it('an edit of the thread is announced too, to its followers', async () => {
    const t = await thread();
    await s.request('PUT', `/v1/threads/${t.id}/follow`, { auth: reader });
    const edited = await s.request<Thread>('PATCH', `/v1/threads/${t.id}`, { auth: owner, body: { title: 'Follow test thread, renamed' } });
    assert.equal(edited.status, 200, edited.text);
    const last = updates(t.id).at(-1)!;
    assert.equal(last.title, 'Follow test thread, renamed');
    const audience = JSON.parse(
      s.db.prepare("SELECT audience FROM events WHERE type = 'thread.updated' AND thread_id = ? ORDER BY seq DESC LIMIT 1").pluck().get(t.id) as string,
    ) as string[];
    assert.ok(audience.includes('usr_demomentor'));
  });
});
