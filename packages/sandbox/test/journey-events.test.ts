// The inbox's events (issue #11): `room.requested` to the mentor a mentee asks, and
// `post.comment.created` to whoever hears of the thread's posts. Each is checked where a
// client meets it: who it is addressed to, which organizations' webhooks it belongs to, a
// live stream, and a resume with Last-Event-ID.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '@menteo/api';
import { eventsAfter, lastEventSeq, mentor, person, post, roomRequest, type Person, type Room } from './rooms-fixtures.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { connectSse } from './support/sse.js';

type Thread = components['schemas']['Thread'];
type Post = components['schemas']['Post'];
type Comment = components['schemas']['Comment'];
type EventPage = components['schemas']['EventPage'];

let s: TestSandbox;
before(async () => {
  s = await startSandbox();
});
after(() => s.close());

/** The organizations an event is delivered to by webhook. */
function webhookOrgs(seq: number): string[] {
  return s.db.prepare('SELECT org_id FROM event_orgs WHERE event_seq = ? ORDER BY org_id').pluck().all(seq) as string[];
}

/** One polling page after `lastEventId`, resumed the way a reconnecting stream is: with the Last-Event-ID header. */
async function resume(auth: string, lastEventId: number, query: Record<string, string> = {}): Promise<EventPage['data']> {
  const res = await s.request<EventPage>('GET', '/v1/events', {
    auth,
    query,
    headers: { Accept: 'application/json', 'Last-Event-ID': String(lastEventId) },
  });
  assert.equal(res.status, 200, res.text);
  return res.body.data;
}

async function thread(owner: Person, visibility: Thread['visibility']): Promise<Thread> {
  const res = await s.request<Thread>('POST', '/v1/threads', { auth: owner.token, body: { title: `A ${visibility} thread`, visibility } });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

async function threadPost(owner: Person, threadId: string): Promise<Post> {
  return (await post<Post>(s, owner, `/v1/threads/${threadId}/posts`, { kind: 'update', body: 'Delegated the release.' }, 201)).body;
}

async function follow(who: Person, threadId: string): Promise<void> {
  const res = await s.request('PUT', `/v1/threads/${threadId}/follow`, { auth: who.token });
  assert.ok(res.status < 300, res.text);
}

describe('room.requested', () => {
  test('reaches the mentor alone, with the room as the mentor sees it, after the room.updated both get', async () => {
    const m = await mentor(s);
    const mentee = await person(s);
    const since = lastEventSeq(s);
    const asked = (await post<Room>(s, mentee, '/v1/rooms', roomRequest(m.mentorId, { message: 'Hello!' }), 201)).body;
    const events = eventsAfter(s, since);
    assert.deepEqual(
      events.map((e) => e.type),
      ['room.updated', 'room.requested', 'room.message.created'],
    );
    const requested = events[1]!;
    assert.deepEqual(requested.audience, [m.userId]);
    assert.equal(requested.data.id, asked.id);
    assert.equal(requested.data.viewerRole, 'mentor');
    assert.equal(requested.data.status, 'requested');
    assert.equal(asked.viewerRole, 'mentee', 'the answer stays the mentee’s view');
    assert.deepEqual(webhookOrgs(since + 2), ['org_demo']);
  });

  test('goes to the mentor’s organization’s webhooks, not the mentee’s, across organizations', async () => {
    // A public mentor of org_acme asked by a person of org_demo.
    const m = await mentor(s, { org: 'acme' });
    const mentee = await person(s, 'demo');
    const since = lastEventSeq(s);
    await post(s, mentee, '/v1/rooms', roomRequest(m.mentorId), 201);
    const seq = (s.db.prepare("SELECT seq FROM events WHERE type = 'room.requested' AND seq > ?").pluck().get(since) as number | undefined)!;
    assert.ok(seq, 'room.requested was logged');
    assert.deepEqual(webhookOrgs(seq), ['org_acme']);
    assert.deepEqual(webhookOrgs(since + 1), ['org_acme', 'org_demo'], 'room.updated belongs to both participants’ organizations');
  });

  test('a live stream of the mentor carries it, a resume with Last-Event-ID replays it, the mentee never sees it', async () => {
    const m = await mentor(s);
    const mentee = await person(s);
    const since = lastEventSeq(s);
    const stream = await connectSse(`${s.url}/v1/events?types=room.requested`, { Authorization: `Bearer ${m.token}` });
    try {
      assert.equal(stream.status, 200);
      const asked = (await post<Room>(s, mentee, '/v1/rooms', roomRequest(m.mentorId), 201)).body;
      const live = await stream.next();
      assert.equal(live.event, 'room.requested');
      assert.equal((JSON.parse(live.data) as { data: Room }).data.id, asked.id);

      const replayed = await resume(m.token, since, { types: 'room.requested' });
      assert.deepEqual(
        replayed.map((e) => [e.id, e.type, (e.data as Room).id]),
        [[live.id, 'room.requested', asked.id]],
      );
      assert.deepEqual(await resume(mentee.token, since, { types: 'room.requested' }), []);
    } finally {
      stream.close();
    }
  });
});

describe('post.comment.created', () => {
  test('reaches the post’s author and the followers who may see an organization thread, and no public watcher', async () => {
    const owner = await person(s, 'demo');
    const colleague = await person(s, 'demo');
    const stranger = await person(s, 'acme');
    const commenter = await person(s, 'demo');
    const t = await thread(owner, 'public');
    await follow(colleague, t.id);
    await follow(stranger, t.id);
    // Followed while public, then narrowed to the organization: the other organization's follower stops hearing of it.
    assert.equal((await s.request('PATCH', `/v1/threads/${t.id}`, { auth: owner.token, body: { visibility: 'organization' } })).status, 200);
    const p = await threadPost(owner, t.id);
    const since = lastEventSeq(s);
    const comment = (await post<Comment>(s, commenter, `/v1/posts/${p.id}/comments`, { body: 'Well done.' }, 201)).body;
    const events = eventsAfter(s, since);
    assert.deepEqual(
      events.map((e) => e.type),
      ['post.comment.created'],
    );
    assert.deepEqual(new Set(events[0]!.audience), new Set([owner.userId, colleague.userId]));
    assert.deepEqual(events[0]!.data, { ...comment, commentCount: 1 }, 'the comment, and its post’s count with it');
    const row = s.db.prepare('SELECT public, thread_id FROM events WHERE seq = ?').get(since + 1) as { public: number; thread_id: string | null };
    assert.deepEqual(row, { public: 0, thread_id: null });
    assert.deepEqual(webhookOrgs(since + 1), ['org_demo']);
  });

  test('on a public thread it also reaches watchers (threadIds) and every follower’s organization', async () => {
    const owner = await person(s, 'demo');
    const stranger = await person(s, 'acme');
    const commenter = await person(s, 'acme');
    const t = await thread(owner, 'public');
    await follow(stranger, t.id);
    const p = await threadPost(owner, t.id);
    const since = lastEventSeq(s);
    const watcher = await connectSse(`${s.url}/v1/events?threadIds=${t.id}&types=post.comment.created`, { Authorization: 'Bearer pk_test_demo' });
    try {
      assert.equal(watcher.status, 200);
      const comment = (await post<Comment>(s, commenter, `/v1/posts/${p.id}/comments`, { body: 'Same here.' }, 201)).body;
      const live = await watcher.next();
      assert.equal(live.event, 'post.comment.created');
      assert.deepEqual((JSON.parse(live.data) as { data: Comment }).data, { ...comment, commentCount: 1 });
    } finally {
      watcher.close();
    }
    const [event] = eventsAfter(s, since);
    assert.deepEqual(new Set(event!.audience), new Set([owner.userId, stranger.userId]));
    assert.deepEqual(webhookOrgs(since + 1), ['org_acme', 'org_demo']);
    const row = s.db.prepare('SELECT public, thread_id FROM events WHERE seq = ?').get(since + 1) as { public: number; thread_id: string | null };
    assert.deepEqual(row, { public: 1, thread_id: t.id });
  });

  test('a resume with Last-Event-ID replays it while the post stands, and leaves it out once the post is deleted', async () => {
    const owner = await person(s, 'demo');
    const commenter = await person(s, 'demo');
    const t = await thread(owner, 'public');
    const p = await threadPost(owner, t.id);
    const since = lastEventSeq(s);
    const comment = (await post<Comment>(s, commenter, `/v1/posts/${p.id}/comments`, { body: 'Bookmarking this.' }, 201)).body;
    const query = { types: 'post.comment.created', threadIds: t.id };
    assert.deepEqual(
      (await resume(owner.token, since, query)).map((e) => e.data),
      [{ ...comment, commentCount: 1 }],
    );
    assert.deepEqual(
      (await resume('pk_test_demo', since, query)).map((e) => e.data),
      [{ ...comment, commentCount: 1 }],
      'a public watcher replays it too',
    );
    assert.equal((await s.request('DELETE', `/v1/posts/${p.id}`, { auth: owner.token })).status, 204);
    assert.deepEqual(await resume(owner.token, since, query), []);
  });
});
