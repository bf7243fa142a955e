import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openDatabase } from '../src/db/database.js';
import { demo } from '../src/demo.js';
import { seedDatabase } from '../src/seed/index.js';
import { canTransition, roomActionOperations, roomStatuses, roomTransitions, type RoomAction, type RoomStatus } from '../src/resources/rooms/state-machine.js';
import {
  counts,
  eventsAfter,
  get,
  lastEventSeq,
  mentor,
  person,
  post,
  refresh,
  roomIn,
  roomRequest,
  type Person,
  type Problem,
  type Room,
} from './rooms-fixtures.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

let s: TestSandbox;
let clock: Date;
/** Moves the sandbox clock forward, so that "newest updated first" has something to order. */
const tick = (ms = 1000) => {
  clock = new Date(clock.getTime() + ms);
  s.setNow(clock);
};

const actions = Object.keys(roomTransitions) as RoomAction[];

before(async () => {
  s = await startSandbox();
  clock = new Date(Math.floor(s.now().getTime() / 1000) * 1000);
  s.setNow(clock);
});
after(() => s.close());

describe('seeded rooms', () => {
  test('demo-mentee sees an active room with the demo mentor, a request and a completed room', async () => {
    const mentee = { token: await s.tokenFor('demo-mentee') } as Person;
    const res = await get<{ data: Room[]; nextCursor: string | null }>(s, mentee, '/v1/rooms', { limit: 100 }, 200);
    const byStatus = new Map(res.body.data.map((r) => [r.status, r]));
    assert.deepEqual([...byStatus.keys()].sort(), ['active', 'completed', 'requested']);
    for (const room of res.body.data) {
      assert.equal(room.viewerRole, 'mentee');
      assert.equal(room.mentee.id, demo.users.mentee.id);
    }
    const active = byStatus.get('active')!;
    assert.equal(active.mentor.id, 'men_demomentor');
    assert.equal(active.mentor.userId, demo.users.mentor.id);
    assert.deepEqual(active.goalsSummary, { total: 2, achieved: 1 }, 'three goals, one dropped, one achieved');
    assert.equal(active.unreadCount, 2);
    assert.ok(active.nextSession, 'an upcoming session');
    assert.equal(active.nextSession.status, 'accepted');
    assert.ok(Date.parse(active.nextSession.startsAt) > clock.getTime());
    assert.ok(active.startedAt && active.endsAt);
    assert.equal(Date.parse(active.endsAt) - Date.parse(active.startedAt), active.termWeeks * 7 * 86_400_000);

    const goals = await get<{ data: { status: string }[] }>(s, mentee, `/v1/rooms/${active.id}/goals`, undefined, 200);
    assert.deepEqual(goals.body.data.map((g) => g.status).sort(), ['achieved', 'dropped', 'open']);
    const sessions = await get<{ data: { status: string; startsAt: string }[] }>(s, mentee, `/v1/rooms/${active.id}/sessions`, { limit: 100 }, 200);
    const past = sessions.body.data.filter((x) => Date.parse(x.startsAt) < clock.getTime());
    assert.ok(past.filter((x) => x.status === 'completed').length >= 4, 'several completed sessions');
    const messages = await get<{ data: unknown[] }>(s, mentee, `/v1/rooms/${active.id}/messages`, { limit: 100 }, 200);
    assert.ok(messages.body.data.length >= 25);
  });

  test('demo-mentor sees, as mentor, rooms in every status a mentor meets', async () => {
    const m = { token: await s.tokenFor('demo-mentor') } as Person;
    const res = await get<{ data: Room[] }>(s, m, '/v1/rooms', { role: 'mentor', limit: 100 }, 200);
    const statuses = res.body.data.map((r) => r.status).sort();
    assert.deepEqual(statuses, ['active', 'closed_early', 'completed', 'declined', 'paused', 'requested', 'requested']);
    assert.ok(res.body.data.every((r) => r.viewerRole === 'mentor' && r.mentor.id === 'men_demomentor'));
    const active = res.body.data.find((r) => r.status === 'active')!;
    assert.equal(active.mentee.id, demo.users.mentee.id, 'the same room demo-mentee sees');
    assert.equal(active.unreadCount, 0);
    assert.ok(res.body.data.find((r) => r.status === 'closed_early')!.statusReason);
    // Newest updated first.
    const updated = res.body.data.map((r) => r.updatedAt);
    assert.deepEqual(updated, [...updated].sort().reverse());
  });

  test('acme-employee sees only the room with an acme mentor, and none of the demo rooms', async () => {
    const acme = { token: await s.tokenFor('acme-employee') } as Person;
    const res = await get<{ data: Room[] }>(s, acme, '/v1/rooms', undefined, 200);
    assert.equal(res.body.data.length, 1);
    const [room] = res.body.data;
    assert.equal(room!.status, 'active');
    assert.equal(room!.viewerRole, 'mentee');
    assert.equal(room!.nextSession?.status, 'pending', 'an upcoming session waiting for the mentor');
    const pool = s.db.prepare('SELECT org_id FROM mentors WHERE id = ?').get(room!.mentor.id) as { org_id: string };
    assert.equal(pool.org_id, demo.orgs.acme);

    const demoRoom = s.db.prepare('SELECT id FROM rooms WHERE mentee_id = ? LIMIT 1').get(demo.users.mentee.id) as { id: string };
    const hidden = await get<Problem>(s, acme, `/v1/rooms/${demoRoom.id}`, undefined, 404);
    assert.equal(hidden.body.code, 'not_found');
    await get(s, acme, `/v1/rooms/${demoRoom.id}/messages`, undefined, 404);
  });
});

test('the seeded rooms are the same on every run with the same seed and clock', () => {
  const at = new Date('2026-03-02T10:15:00.000Z');
  const dump = () => {
    const db = openDatabase(':memory:');
    seedDatabase(db, { seed: 7, mentors: 120, now: at });
    const out = ['rooms', 'goals', 'sessions', 'messages', 'room_reads'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all());
    db.close();
    return out;
  };
  const [first, second] = [dump(), dump()];
  assert.deepEqual(first, second);
  assert.ok(first[0]!.length >= 10 && first[3]!.length >= 50);
  // Relative to the seed's clock: nothing in the past is dated after it, and the upcoming sessions are ahead.
  const messages = first[3] as { created_at: string }[];
  assert.ok(messages.every((m) => m.created_at < at.toISOString()));
  const live = (first[2] as { status: string; starts_at: string }[]).filter((x) => x.status === 'pending' || x.status === 'accepted');
  assert.equal(live.length, 2);
  assert.ok(live.every((x) => x.starts_at > at.toISOString()));
});

describe('createRoom', () => {
  test('creates a requested room with a first message, and tells both participants', async () => {
    const m = await mentor(s);
    const mentee = await person(s);
    const before = counts(s);
    const seq = lastEventSeq(s);
    const res = await post<Room>(s, mentee, '/v1/rooms', roomRequest(m.mentorId, { agreement: '- Biweekly', message: 'Hello!' }), 201);
    const room = res.body;
    assert.match(room.id, /^room_/);
    assert.equal(room.status, 'requested');
    assert.equal(room.viewerRole, 'mentee');
    assert.equal(room.mentor.id, m.mentorId);
    assert.equal(room.mentor.userId, m.userId);
    assert.equal(room.mentee.id, mentee.userId);
    assert.equal(room.agreement, '- Biweekly');
    assert.equal(room.startedAt, null);
    assert.equal(room.endsAt, null);
    assert.equal(room.createdAt, clock.toISOString());
    assert.equal(room.lastMessageAt, clock.toISOString());
    assert.equal(room.unreadCount, 0, 'your own message is not unread');
    const after = counts(s);
    assert.equal(after.rooms, before.rooms! + 1);
    assert.equal(after.messages, before.messages! + 1);

    const events = eventsAfter(s, seq);
    assert.deepEqual(
      events.map((e) => e.type),
      ['room.updated', 'room.requested', 'room.message.created'],
    );
    for (const e of events) {
      // The mentor alone is asked (room.requested); what happened in the room goes to both.
      const audience = e.type === 'room.requested' ? [m.userId] : [m.userId, mentee.userId].sort();
      assert.deepEqual(e.audience.sort(), audience);
    }
    assert.equal(events[0]!.data.id, room.id);

    const mentorView = await get<Room>(s, m, `/v1/rooms/${room.id}`, undefined, 200);
    assert.equal(mentorView.body.viewerRole, 'mentor');
    assert.equal(mentorView.body.unreadCount, 1);
  });

  test('refuses bad requests with nothing written', async () => {
    const m = await mentor(s);
    const mentee = await person(s);
    const internal = await mentor(s, { org: 'acme', pool: demo.orgs.acme });
    const full = await mentor(s, { capacity: 0 });
    const closed = await mentor(s, { accepting: false });
    const before = counts(s);

    const invalid: [Record<string, unknown>, string][] = [
      [roomRequest(m.mentorId, { goal: 'too short' }), '/goal'],
      [roomRequest(m.mentorId, { goal: 'x'.repeat(2001) }), '/goal'],
      [roomRequest(m.mentorId, { termWeeks: 3 }), '/termWeeks'],
      [roomRequest(m.mentorId, { termWeeks: 53 }), '/termWeeks'],
      [roomRequest(m.mentorId, { cadence: 'daily' }), '/cadence'],
      [roomRequest(m.mentorId, { message: '' }), '/message'],
      [roomRequest(m.mentorId, { message: 'x'.repeat(4001) }), '/message'],
      [roomRequest(m.mentorId, { surprise: true }), ''],
      [{ goal: 'Become a confident first-time tech lead.', cadence: 'weekly', termWeeks: 12 }, ''],
      [roomRequest('not-a-mentor'), '/mentorId'],
    ];
    for (const [body, pointer] of invalid) {
      const res = await post<Problem>(s, mentee, '/v1/rooms', body, 422);
      assert.equal(res.body.code, 'validation_failed');
      if (pointer)
        assert.ok(
          res.body.errors?.some((e) => e.pointer.startsWith(pointer)),
          `${JSON.stringify(res.body.errors)} names ${pointer}`,
        );
    }

    const self = await post<Problem>(s, m, '/v1/rooms', roomRequest(m.mentorId), 422);
    assert.equal(self.body.errors?.[0]?.pointer, '/mentorId');

    const invisible = await post<Problem>(s, mentee, '/v1/rooms', roomRequest(internal.mentorId), 404);
    assert.equal(invisible.body.code, 'not_found');
    await post(s, mentee, '/v1/rooms', roomRequest('men_doesnotexist1'), 404);

    const noCapacity = await post<Problem>(s, mentee, '/v1/rooms', roomRequest(full.mentorId), 409);
    assert.match(noCapacity.body.detail!, /capacity/);
    const notAccepting = await post<Problem>(s, mentee, '/v1/rooms', roomRequest(closed.mentorId), 409);
    assert.match(notAccepting.body.detail!, /not accepting/);
    // Both say "this mentor takes no one now", with their own code and problem type.
    for (const refused of [noCapacity, notAccepting]) {
      assert.equal(refused.body.code, 'mentor_unavailable');
      assert.equal(refused.body.type, 'https://docs.menteo.dev/problems/mentor_unavailable');
      assert.equal(refused.body.title, 'Mentor unavailable');
    }

    const keyOnly = await s.request<Problem>('POST', '/v1/rooms', { auth: demo.keys.demoPublishable, body: roomRequest(m.mentorId) });
    assert.equal(keyOnly.status, 403);
    const secret = await s.request('POST', '/v1/rooms', { auth: demo.keys.demoSecret, body: roomRequest(m.mentorId) });
    assert.equal(secret.status, 403);
    const nobody = await s.request('POST', '/v1/rooms', { auth: null, body: roomRequest(m.mentorId) });
    assert.equal(nobody.status, 401);

    assert.deepEqual(counts(s), before);
  });

  test('an acme employee may request an acme internal mentor', async () => {
    const internal = await mentor(s, { org: 'acme', pool: demo.orgs.acme });
    const employee = await person(s, 'acme');
    const res = await post<Room>(s, employee, '/v1/rooms', roomRequest(internal.mentorId), 201);
    assert.equal(res.body.mentor.id, internal.mentorId);
  });

  test('one open room per pair: a second request is 409 until the first is over', async () => {
    const m = await mentor(s);
    const mentee = await person(s);
    const first = await post<Room>(s, mentee, '/v1/rooms', roomRequest(m.mentorId), 201);
    const before = counts(s);
    const again = await post<Problem>(s, mentee, '/v1/rooms', roomRequest(m.mentorId, { cadence: 'weekly' }), 409);
    assert.match(again.body.detail!, new RegExp(first.body.id));
    assert.equal(again.body.code, 'already_requested');
    assert.equal(again.body.type, 'https://docs.menteo.dev/problems/already_requested');
    assert.deepEqual(counts(s), before);
    await post(s, m, `/v1/rooms/${first.body.id}/accept`, undefined, 200);
    const active = await post<Problem>(s, mentee, '/v1/rooms', roomRequest(m.mentorId), 409);
    assert.equal(active.body.code, 'already_requested', 'an active room with the mentor is the same refusal');
    await post(s, m, `/v1/rooms/${first.body.id}/close`, { reason: 'Not a fit after all.' }, 200);
    const second = await post<Room>(s, mentee, '/v1/rooms', roomRequest(m.mentorId), 201);
    assert.notEqual(second.body.id, first.body.id);
  });

  test('a mentee whose room takes the mentor’s last seat hears already_requested, not mentor_unavailable', async () => {
    const m = await mentor(s, { capacity: 1 });
    const mentee = await person(s);
    const room = await post<Room>(s, mentee, '/v1/rooms', roomRequest(m.mentorId), 201);
    await post(s, m, `/v1/rooms/${room.body.id}/accept`, undefined, 200);
    const again = await post<Problem>(s, mentee, '/v1/rooms', roomRequest(m.mentorId), 409);
    assert.equal(again.body.code, 'already_requested');
    const other = await post<Problem>(s, await person(s), '/v1/rooms', roomRequest(m.mentorId), 409);
    assert.equal(other.body.code, 'mentor_unavailable', 'anyone else finds the mentor full');
  });

  test('an Idempotency-Key replays the first answer and creates one room; another body under it is 422', async () => {
    const m = await mentor(s);
    const mentee = await person(s);
    const key = 'rooms-test-key-0001';
    const body = roomRequest(m.mentorId, { message: 'Hi there' });
    const before = counts(s);
    const first = await post<Room>(s, mentee, '/v1/rooms', body, 201, { 'Idempotency-Key': key });
    tick();
    const replay = await post<Room>(s, mentee, '/v1/rooms', body, 201, { 'Idempotency-Key': key });
    assert.equal(replay.body.id, first.body.id);
    assert.deepEqual(replay.body, first.body);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    const after = counts(s);
    assert.equal(after.rooms, before.rooms! + 1);
    assert.equal(after.messages, before.messages! + 1);

    const other = await post<Problem>(s, mentee, '/v1/rooms', { ...body, termWeeks: 20 }, 422, { 'Idempotency-Key': key });
    assert.equal(other.body.code, 'idempotency_key_reused');
    assert.deepEqual(counts(s), after);
  });
});

describe('listRooms and retrieveRoom', () => {
  test('lists only my rooms, newest updated first, filtered by role and status, paged without repeats', async () => {
    const me = await person(s);
    const mine: string[] = [];
    // Three rooms where I am the mentee...
    for (let i = 0; i < 3; i++) {
      const m = await mentor(s);
      tick();
      mine.push((await post<Room>(s, me, '/v1/rooms', roomRequest(m.mentorId), 201)).body.id);
    }
    // ...and two where I am the mentor.
    const myProfile = await mentor(s);
    const meAsMentor = { ...me, mentorId: myProfile.mentorId };
    s.db.prepare('UPDATE mentors SET user_id = ? WHERE id = ?').run(me.userId, myProfile.mentorId);
    for (let i = 0; i < 2; i++) {
      const mentee = await person(s);
      tick();
      mine.push((await post<Room>(s, mentee, '/v1/rooms', roomRequest(meAsMentor.mentorId), 201)).body.id);
    }
    tick();
    await post(s, me, `/v1/rooms/${mine[3]}/accept`, undefined, 200);

    const all = await get<{ data: Room[]; nextCursor: string | null }>(s, me, '/v1/rooms', undefined, 200);
    assert.deepEqual(
      all.body.data.map((r) => r.id),
      [mine[3], mine[4], mine[2], mine[1], mine[0]],
    );
    assert.equal(all.body.nextCursor, null);

    const asMentor = await get<{ data: Room[] }>(s, me, '/v1/rooms', { role: 'mentor' }, 200);
    assert.deepEqual(
      asMentor.body.data.map((r) => r.id),
      [mine[3], mine[4]],
    );
    assert.ok(asMentor.body.data.every((r) => r.viewerRole === 'mentor'));
    const asMentee = await get<{ data: Room[] }>(s, me, '/v1/rooms', { role: 'mentee' }, 200);
    assert.deepEqual(
      asMentee.body.data.map((r) => r.id),
      [mine[2], mine[1], mine[0]],
    );
    const active = await get<{ data: Room[] }>(s, me, '/v1/rooms', { status: ['active', 'paused'] }, 200);
    assert.deepEqual(
      active.body.data.map((r) => r.id),
      [mine[3]],
    );

    // Pages of 2, with a new room arriving between page loads: no repeats, no skips of the old ones.
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await get<{ data: Room[]; nextCursor: string | null }>(s, me, '/v1/rooms', { limit: 2, cursor }, 200);
      seen.push(...page.body.data.map((r) => r.id));
      cursor = page.body.nextCursor ?? undefined;
      if (pages++ === 0) {
        const m = await mentor(s);
        tick();
        await post(s, me, '/v1/rooms', roomRequest(m.mentorId), 201);
      }
    } while (cursor);
    assert.deepEqual(seen, [mine[3], mine[4], mine[2], mine[1], mine[0]]);

    const bad = await get<Problem>(s, me, '/v1/rooms', { cursor: 'garbage' }, 400);
    assert.equal(bad.body.code, 'invalid_cursor');
    await get(s, me, '/v1/rooms', { status: ['nonsense'] }, 400);
    await get(s, me, '/v1/rooms', { role: 'observer' }, 400);
    await get(s, me, '/v1/rooms', { limit: 101 }, 400);
  });

  test('others cannot read or write a room: 404, never 403', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const stranger = await person(s);
    const before = counts(s);
    await get(s, stranger, `/v1/rooms/${room.id}`, undefined, 404);
    await get(s, stranger, `/v1/rooms/${room.id}/goals`, undefined, 404);
    await get(s, stranger, `/v1/rooms/${room.id}/sessions`, undefined, 404);
    await get(s, stranger, `/v1/rooms/${room.id}/messages`, undefined, 404);
    for (const action of actions) await post(s, stranger, `/v1/rooms/${room.id}/${action}`, action === 'close' ? { reason: 'x' } : undefined, 404);
    await post(s, stranger, `/v1/rooms/${room.id}/goals`, { title: 'Sneaky goal' }, 404);
    await post(s, stranger, `/v1/rooms/${room.id}/messages`, { body: 'hi' }, 404);
    await post(s, stranger, `/v1/rooms/${room.id}/sessions`, { startsAt: new Date(clock.getTime() + 3 * 86_400_000).toISOString() }, 404);
    const list = await get<{ data: Room[] }>(s, stranger, '/v1/rooms', undefined, 200);
    assert.deepEqual(list.body.data, []);
    assert.deepEqual(counts(s), before);

    await get(s, mentee, '/v1/rooms/room_doesnotexist', undefined, 404);
    await get(s, mentee, '/v1/rooms/not-a-room-id', undefined, 400);
    const view = await get<Room>(s, m, `/v1/rooms/${room.id}`, undefined, 200);
    const etag = view.headers.get('ETag');
    assert.ok(etag);
    const cached = await s.request('GET', `/v1/rooms/${room.id}`, { auth: m.token, headers: { 'If-None-Match': etag } });
    assert.equal(cached.status, 304);
  });
});

describe('the room state machine', () => {
  // Each status once, reached through the API, for the illegal moves (which change nothing).
  const rooms = new Map<RoomStatus, Awaited<ReturnType<typeof roomIn>>>();
  before(async () => {
    for (const status of roomStatuses) rooms.set(status, await roomIn(s, status));
  });

  test('the table is the agreed lifecycle', () => {
    // The generated tests below trust the table; this pins the table itself.
    const legal = roomStatuses.flatMap((from) =>
      actions.filter((a) => canTransition(a, from)).map((a) => `${from} -${a}-> ${roomTransitions[a].to} by ${roomTransitions[a].by.join('+')}`),
    );
    assert.deepEqual(legal, [
      'requested -accept-> active by mentor',
      'requested -decline-> declined by mentor',
      'requested -withdraw-> withdrawn by mentee',
      'active -pause-> paused by mentor+mentee',
      'active -complete-> completed by mentor+mentee',
      'active -close-> closed_early by mentor+mentee',
      'paused -resume-> active by mentor+mentee',
    ]);
    assert.equal(roomStatuses.length * actions.length - legal.length, 49);
  });

  for (const status of roomStatuses) {
    for (const action of actions.filter((a) => !canTransition(a, status))) {
      test(`${status} × ${action} is 409 invalid_transition`, async () => {
        const { room, mentor: m, mentee } = rooms.get(status)!;
        const before = counts(s);
        // The status is checked first: whoever asks gets 409.
        for (const who of [m, mentee]) {
          const res = await post<Problem>(s, who, `/v1/rooms/${room.id}/${action}`, action === 'close' ? { reason: 'Trying anyway' } : undefined, 409);
          assert.equal(res.body.code, 'invalid_transition');
          assert.match(res.body.detail!, new RegExp(`status ${status}`));
        }
        assert.deepEqual(counts(s), before);
        const now = await get<Room>(s, mentee, `/v1/rooms/${room.id}`, undefined, 200);
        assert.equal(now.body.status, status);
      });
    }
  }

  for (const [action, move] of Object.entries(roomTransitions) as [RoomAction, (typeof roomTransitions)[RoomAction]][]) {
    for (const from of move.from) {
      test(`${from} → ${action} → ${move.to} (operation ${roomActionOperations[action]})`, async () => {
        const pair = await roomIn(s, from);
        const actor = move.by[0] === 'mentor' ? pair.mentor : pair.mentee;
        const seq = lastEventSeq(s);
        tick(60_000);
        const res = await post<Room>(s, actor, `/v1/rooms/${pair.room.id}/${action}`, { reason: `Because ${action}` }, 200);
        assert.equal(res.body.status, move.to);
        assert.equal(res.body.statusReason, `Because ${action}`);
        assert.equal(res.body.viewerRole, move.by[0]);
        assert.equal(res.body.updatedAt, clock.toISOString());
        const final = !actions.some((a) => canTransition(a, move.to));
        assert.equal(res.body.closedAt, final ? clock.toISOString() : null);
        if (action === 'accept') {
          assert.equal(res.body.startedAt, clock.toISOString());
          assert.equal(Date.parse(res.body.endsAt!) - clock.getTime(), res.body.termWeeks * 7 * 86_400_000);
        }
        const events = eventsAfter(s, seq);
        assert.deepEqual(
          events.map((e) => e.type),
          ['room.updated'],
        );
        assert.deepEqual(events[0]!.audience.sort(), [pair.mentor.userId, pair.mentee.userId].sort());
        assert.equal(events[0]!.data.status, move.to);
        const stored = s.db.prepare('SELECT status FROM rooms WHERE id = ?').get(pair.room.id) as { status: string };
        assert.equal(stored.status, move.to);
      });

      for (const side of (['mentor', 'mentee'] as const).filter((role) => !(move.by as readonly string[]).includes(role))) {
        test(`${from} → ${action} by the ${side} is 403`, async () => {
          const pair = await roomIn(s, from);
          const before = counts(s);
          const res = await post<Problem>(s, pair[side], `/v1/rooms/${pair.room.id}/${action}`, undefined, 403);
          assert.equal(res.body.code, 'forbidden');
          assert.deepEqual(counts(s), before);
        });
      }
    }
  }

  test('close needs a reason; reasons are at most 1000 characters; unknown fields are refused', async () => {
    const { room, mentee } = await roomIn(s, 'active');
    const before = counts(s);
    await post(s, mentee, `/v1/rooms/${room.id}/close`, undefined, 422);
    await post(s, mentee, `/v1/rooms/${room.id}/close`, {}, 422);
    await post(s, mentee, `/v1/rooms/${room.id}/close`, { reason: '' }, 422);
    await post(s, mentee, `/v1/rooms/${room.id}/pause`, { reason: 'x'.repeat(1001) }, 422);
    await post(s, mentee, `/v1/rooms/${room.id}/pause`, { why: 'busy' }, 422);
    assert.deepEqual(counts(s), before);
    const paused = await post<Room>(s, mentee, `/v1/rooms/${room.id}/pause`, undefined, 200);
    assert.equal(paused.body.statusReason, null);
  });

  test('accepting needs open capacity: 409 once the seats are taken', async () => {
    const m = await mentor(s, { capacity: 1 });
    const a = await person(s);
    const b = await person(s);
    const first = await post<Room>(s, a, '/v1/rooms', roomRequest(m.mentorId), 201);
    const second = await post<Room>(s, b, '/v1/rooms', roomRequest(m.mentorId), 201);
    await post(s, m, `/v1/rooms/${first.body.id}/accept`, undefined, 200);
    const before = counts(s);
    const full = await post<Problem>(s, m, `/v1/rooms/${second.body.id}/accept`, undefined, 409);
    assert.equal(full.body.code, 'conflict');
    assert.match(full.body.detail!, /capacity/);
    assert.deepEqual(counts(s), before);
    // A paused room still holds its seat; a completed one frees it.
    await post(s, a, `/v1/rooms/${first.body.id}/pause`, undefined, 200);
    await post(s, m, `/v1/rooms/${second.body.id}/accept`, undefined, 409);
    await post(s, a, `/v1/rooms/${first.body.id}/resume`, undefined, 200);
    await post(s, a, `/v1/rooms/${first.body.id}/complete`, undefined, 200);
    const accepted = await post<Room>(s, m, `/v1/rooms/${second.body.id}/accept`, undefined, 200);
    assert.equal(accepted.body.status, 'active');
  });

  test('resuming moves endsAt later by the time spent paused', async () => {
    const { room, mentee } = await roomIn(s, 'active');
    const paused = await post<Room>(s, mentee, `/v1/rooms/${room.id}/pause`, undefined, 200);
    tick(3 * 86_400_000);
    await refresh(s, mentee);
    const resumed = await post<Room>(s, mentee, `/v1/rooms/${room.id}/resume`, undefined, 200);
    assert.equal(Date.parse(resumed.body.endsAt!) - Date.parse(paused.body.endsAt!), 3 * 86_400_000);
    assert.equal(resumed.body.startedAt, room.startedAt);
  });

  test('transitions replay under the same Idempotency-Key', async () => {
    const { room, mentee } = await roomIn(s, 'active');
    const key = 'rooms-test-pause-0001';
    const first = await post<Room>(s, mentee, `/v1/rooms/${room.id}/pause`, undefined, 200, { 'Idempotency-Key': key });
    const replay = await post<Room>(s, mentee, `/v1/rooms/${room.id}/pause`, undefined, 200, { 'Idempotency-Key': key });
    assert.deepEqual(replay.body, first.body);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
  });
});

describe('expiry', () => {
  // Last in the file: the clock jumps two weeks ahead and stays there.
  test('a request unanswered for 14 days expires on the next read, and is persisted with an event', async () => {
    const m = await mentor(s);
    const mentee = await person(s);
    const room = (await post<Room>(s, mentee, '/v1/rooms', roomRequest(m.mentorId), 201)).body;

    clock = new Date(Date.parse(room.createdAt) + 14 * 86_400_000 - 1000);

    s.setNow(clock);
    await refresh(s, mentee);
    await refresh(s, m);
    assert.equal((await get<Room>(s, mentee, `/v1/rooms/${room.id}`, undefined, 200)).body.status, 'requested');

    clock = new Date(Date.parse(room.createdAt) + 14 * 86_400_000 + 60_000);

    s.setNow(clock);
    await refresh(s, mentee);
    await refresh(s, m);
    const seq = lastEventSeq(s);
    const list = await get<{ data: Room[] }>(s, m, '/v1/rooms', undefined, 200);
    const expired = list.body.data.find((r) => r.id === room.id)!;
    assert.equal(expired.status, 'expired');
    assert.equal(expired.closedAt, new Date(Date.parse(room.createdAt) + 14 * 86_400_000).toISOString());
    assert.match(expired.statusReason!, /14 days/);
    const stored = s.db.prepare('SELECT status FROM rooms WHERE id = ?').get(room.id) as { status: string };
    assert.equal(stored.status, 'expired');
    const events = eventsAfter(s, seq);
    assert.deepEqual(
      events.map((e) => [e.type, e.data.id, e.data.status]),
      [['room.updated', room.id, 'expired']],
    );
    assert.deepEqual(events[0]!.audience.sort(), [m.userId, mentee.userId].sort());

    // Read again: nothing more happens.
    await get(s, mentee, `/v1/rooms/${room.id}`, undefined, 200);
    assert.equal(eventsAfter(s, seq).length, 1);

    const late = await post<Problem>(s, m, `/v1/rooms/${room.id}/accept`, undefined, 409);
    assert.equal(late.body.code, 'invalid_transition');
    await post(s, mentee, `/v1/rooms/${room.id}/messages`, { body: 'Anyone there?' }, 409);
    // The pair may try again.
    await post(s, mentee, '/v1/rooms', roomRequest(m.mentorId), 201);
  });
});
