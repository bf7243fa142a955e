import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { maxGoalsPerRoom } from '../src/resources/rooms/goals.js';
import { maxUpcomingSessions } from '../src/resources/rooms/sessions.js';
import {
  counts,
  eventsAfter,
  get,
  hourOn,
  lastEventSeq,
  mentor,
  person,
  post,
  refresh,
  roomIn,
  roomRequest,
  type Goal,
  type Person,
  type Problem,
  type Room,
  type Session,
} from './rooms-fixtures.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

/** Goals and sessions of rooms. */

let s: TestSandbox;
let clock: Date;
const tick = (ms = 1000) => {
  clock = new Date(clock.getTime() + ms);
  s.setNow(clock);
};

async function patch<T>(who: Person, path: string, body: unknown, expected: number) {
  const res = await s.request<T>('PATCH', path, { auth: who.token, body });
  assert.equal(res.status, expected, `PATCH ${path}: ${res.text}`);
  return res;
}

async function del(who: Person, path: string, expected: number) {
  const res = await s.request('DELETE', path, { auth: who.token });
  assert.equal(res.status, expected, `DELETE ${path}: ${res.text}`);
  return res;
}

before(async () => {
  s = await startSandbox({ mentors: 120 });
  // Mid-morning UTC, so "day after tomorrow at 10:00" is always a future whole hour.
  const now = s.now();
  clock = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 9, 30));
  s.setNow(clock);
});
after(() => s.close());

describe('goals', () => {
  test('create, list oldest first, update, achieve, delete; the room summary and events follow', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const base = `/v1/rooms/${room.id}/goals`;
    const seq = lastEventSeq(s);
    const first = await post<Goal>(s, mentee, base, { title: 'Run quarterly planning' }, 201);
    assert.match(first.body.id, /^goal_/);
    assert.deepEqual(
      { ...first.body, id: undefined },
      {
        id: undefined,
        roomId: room.id,
        title: 'Run quarterly planning',
        successCriteria: null,
        targetDate: null,
        progress: 0,
        status: 'open',
        createdAt: clock.toISOString(),
        updatedAt: clock.toISOString(),
      },
    );
    tick();
    const second = await post<Goal>(
      s,
      m,
      base,
      { title: 'Delegate reviews', successCriteria: 'Below 30% of reviews', targetDate: '2030-06-30', progress: 20 },
      201,
    );
    assert.equal(second.body.targetDate, '2030-06-30');
    assert.equal(second.body.progress, 20);
    tick();
    const third = await post<Goal>(s, mentee, base, { title: 'Give a talk' }, 201);

    const list = await get<{ data: Goal[] }>(s, mentee, base, undefined, 200);
    assert.deepEqual(
      list.body.data.map((g) => g.id),
      [first.body.id, second.body.id, third.body.id],
    );

    tick();
    const progressed = await patch<Goal>(mentee, `${base}/${second.body.id}`, { progress: 70, successCriteria: null }, 200);
    assert.equal(progressed.body.progress, 70);
    assert.equal(progressed.body.successCriteria, null);
    assert.equal(progressed.body.targetDate, '2030-06-30', 'untouched fields stay');
    assert.equal(progressed.body.updatedAt, clock.toISOString());
    const achieved = await patch<Goal>(m, `${base}/${second.body.id}`, { status: 'achieved' }, 200);
    assert.equal(achieved.body.progress, 100);
    await patch(mentee, `${base}/${third.body.id}`, { status: 'dropped' }, 200);

    let view = await get<Room>(s, mentee, `/v1/rooms/${room.id}`, undefined, 200);
    assert.deepEqual(view.body.goalsSummary, { total: 2, achieved: 1 });
    assert.equal(view.body.updatedAt, clock.toISOString(), 'goal changes move the room');

    await del(mentee, `${base}/${third.body.id}`, 204);
    await del(mentee, `${base}/${third.body.id}`, 404);
    await patch(mentee, `${base}/${third.body.id}`, { progress: 5 }, 404);
    view = await get<Room>(s, mentee, `/v1/rooms/${room.id}`, undefined, 200);
    assert.deepEqual(view.body.goalsSummary, { total: 2, achieved: 1 });
    assert.equal((await get<{ data: Goal[] }>(s, mentee, base, undefined, 200)).body.data.length, 2);

    const events = eventsAfter(s, seq);
    assert.equal(events.length, 7, 'one room.updated per goal write');
    assert.ok(events.every((e) => e.type === 'room.updated' && e.audience.sort().join() === [m.userId, mentee.userId].sort().join()));
  });

  test('validation: 422 with nothing written', async () => {
    const { room, mentee } = await roomIn(s, 'active');
    const base = `/v1/rooms/${room.id}/goals`;
    const goal = (await post<Goal>(s, mentee, base, { title: 'A fine goal' }, 201)).body;
    const before = counts(s);
    for (const body of [
      { title: 'ab' },
      { title: 'x'.repeat(201) },
      { title: 'A fine goal', progress: 101 },
      { title: 'A fine goal', progress: -1 },
      { title: 'A fine goal', targetDate: '2030-02-30' },
      { title: 'A fine goal', targetDate: 'next week' },
      { title: 'A fine goal', successCriteria: 'x'.repeat(2001) },
      { title: 'A fine goal', status: 'achieved' },
      {},
    ]) {
      await post(s, mentee, base, body, 422);
    }
    await patch(mentee, `${base}/${goal.id}`, {}, 422);
    await patch(mentee, `${base}/${goal.id}`, { status: 'finished' }, 422);
    await patch(mentee, `${base}/${goal.id}`, { title: null }, 422);
    const inconsistent = await patch<Problem>(mentee, `${base}/${goal.id}`, { status: 'achieved', progress: 50 }, 422);
    assert.equal(inconsistent.body.errors?.[0]?.pointer, '/progress');
    await patch(mentee, `${base}/goal_doesnotexist`, { progress: 5 }, 404);
    await patch(mentee, `${base}/not-a-goal`, { progress: 5 }, 400);
    assert.deepEqual(counts(s), before);
  });

  test('goals change only while the room is active or paused; they stay readable', async () => {
    for (const status of ['requested', 'completed', 'closed_early', 'declined'] as const) {
      const { room, mentee } = await roomIn(s, status);
      const before = counts(s);
      const res = await post<Problem>(s, mentee, `/v1/rooms/${room.id}/goals`, { title: 'Too late for this' }, 409);
      assert.match(res.body.detail!, new RegExp(status));
      assert.deepEqual(counts(s), before);
      await get(s, mentee, `/v1/rooms/${room.id}/goals`, undefined, 200);
    }
    const { room, mentee } = await roomIn(s, 'active');
    const goal = (await post<Goal>(s, mentee, `/v1/rooms/${room.id}/goals`, { title: 'Keep going' }, 201)).body;
    await post(s, mentee, `/v1/rooms/${room.id}/pause`, undefined, 200);
    await patch(mentee, `/v1/rooms/${room.id}/goals/${goal.id}`, { progress: 40 }, 200);
    await post(s, mentee, `/v1/rooms/${room.id}/goals`, { title: 'Plan while paused' }, 201);
    await post(s, mentee, `/v1/rooms/${room.id}/resume`, undefined, 200);
    await post(s, mentee, `/v1/rooms/${room.id}/complete`, undefined, 200);
    await patch(mentee, `/v1/rooms/${room.id}/goals/${goal.id}`, { progress: 50 }, 409);
    await del(mentee, `/v1/rooms/${room.id}/goals/${goal.id}`, 409);
  });

  test('a goal belongs to its room; strangers get 404', async () => {
    const a = await roomIn(s, 'active');
    const b = await roomIn(s, 'active');
    const goal = (await post<Goal>(s, a.mentee, `/v1/rooms/${a.room.id}/goals`, { title: 'Room A goal' }, 201)).body;
    await patch(b.mentee, `/v1/rooms/${b.room.id}/goals/${goal.id}`, { progress: 10 }, 404);
    await del(b.mentee, `/v1/rooms/${b.room.id}/goals/${goal.id}`, 404);
    await patch(b.mentee, `/v1/rooms/${a.room.id}/goals/${goal.id}`, { progress: 10 }, 404);
    await del(b.mentee, `/v1/rooms/${a.room.id}/goals/${goal.id}`, 404);
    const publishable = await s.request('GET', `/v1/rooms/${a.room.id}/goals`, {});
    assert.equal(publishable.status, 403);
  });

  test(`at most ${maxGoalsPerRoom} goals; pages of goals neither repeat nor skip`, async () => {
    const { room, mentee } = await roomIn(s, 'active');
    const base = `/v1/rooms/${room.id}/goals`;
    const ids: string[] = [];
    for (let i = 0; i < maxGoalsPerRoom; i++) ids.push((await post<Goal>(s, mentee, base, { title: `Goal number ${i}` }, 201)).body.id);
    const before = counts(s);
    await post(s, mentee, base, { title: 'One too many' }, 409);
    assert.deepEqual(counts(s), before);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await get<{ data: Goal[]; nextCursor: string | null }>(s, mentee, base, { limit: 7, cursor }, 200);
      seen.push(...page.body.data.map((g) => g.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    assert.deepEqual(seen, ids, 'same-instant goals keep their creation order');
  });
});

describe('sessions', () => {
  test('the mentee books a pending session, the mentor an accepted one; nextSession and events follow', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const base = `/v1/rooms/${room.id}/sessions`;
    const seq = lastEventSeq(s);
    const later = hourOn(clock, 3, 14);
    const sooner = hourOn(clock, 2, 10);
    const byMentee = await post<Session>(s, mentee, base, { startsAt: later, agenda: 'Planning' }, 201);
    assert.match(byMentee.body.id, /^ses_/);
    assert.deepEqual(
      { ...byMentee.body, id: undefined },
      {
        id: undefined,
        roomId: room.id,
        startsAt: later,
        endsAt: new Date(Date.parse(later) + 3_600_000).toISOString(),
        durationMinutes: 60,
        status: 'pending',
        agenda: 'Planning',
        notes: null,
        meetingUrl: null,
        hat: null,
        helpFit: { mentee: null, mentor: null },
        bookedBy: mentee.userId,
        cancelReason: null,
        createdAt: clock.toISOString(),
        updatedAt: clock.toISOString(),
      },
    );
    // Another spelling of the same instant is the same slot.
    const sameInstant = later.replace('.000Z', '+00:00');
    await post(s, m, base, { startsAt: sameInstant }, 409);
    const byMentor = await post<Session>(s, m, base, { startsAt: sooner }, 201);
    assert.equal(byMentor.body.status, 'accepted');
    assert.equal(byMentor.body.bookedBy, m.userId);

    const view = await get<Room>(s, mentee, `/v1/rooms/${room.id}`, undefined, 200);
    assert.equal(view.body.nextSession?.id, byMentor.body.id);
    const events = eventsAfter(s, seq);
    assert.deepEqual(
      events.map((e) => [e.type, e.data.id]),
      [
        ['session.updated', byMentee.body.id],
        ['session.updated', byMentor.body.id],
      ],
    );
    assert.deepEqual(events[0]!.audience.sort(), [m.userId, mentee.userId].sort());

    // The mentors' slots endpoint no longer offers them.
    const slots = await s.request<{ data: { startsAt: string }[] }>('GET', `/v1/mentors/${m.mentorId}/slots`, {
      query: { start: hourOn(clock, 2, 0), end: hourOn(clock, 4, 0) },
    });
    assert.equal(slots.status, 200);
    const offered = slots.body.data.map((x) => x.startsAt);
    assert.ok(!offered.includes(later) && !offered.includes(sooner));
    assert.ok(offered.includes(hourOn(clock, 2, 11)));
  });

  test('a past, taken, misaligned or unavailable slot is 409 slot_unavailable, with nothing written', async () => {
    const office = await mentor(s, { windows: [1, 2, 3, 4, 5, 6, 7].map((d) => [d, 9 * 60, 17 * 60] as [number, number, number]) });
    const mentee = await person(s);
    const room = (await post<Room>(s, mentee, '/v1/rooms', roomRequest(office.mentorId), 201)).body;
    await post(s, office, `/v1/rooms/${room.id}/accept`, undefined, 200);
    const base = `/v1/rooms/${room.id}/sessions`;
    await post(s, mentee, base, { startsAt: hourOn(clock, 2, 10) }, 201);
    const before = counts(s);
    for (const startsAt of [
      hourOn(clock, -1, 10), // yesterday
      hourOn(clock, 0, 9), // earlier today (the clock is at 09:30)
      hourOn(clock, 2, 10), // taken
      hourOn(clock, 2, 3), // outside the 09:00–17:00 window
      hourOn(clock, 2, 17), // would end after the window
      new Date(Date.parse(hourOn(clock, 2, 11)) + 30 * 60_000).toISOString(), // not on the hour
    ]) {
      const res = await post<Problem>(s, mentee, base, { startsAt }, 409);
      assert.equal(res.body.code, 'slot_unavailable', startsAt);
    }
    await post(s, mentee, base, { startsAt: 'tomorrow at ten' }, 422);
    await post(s, mentee, base, { startsAt: hourOn(clock, 2, 12), agenda: '' }, 422);
    await post(s, mentee, base, { startsAt: hourOn(clock, 2, 12), durationMinutes: 30 }, 422);
    assert.deepEqual(counts(s), before);
  });

  test('two concurrent bookings of one slot: exactly one succeeds', async () => {
    const m = await mentor(s);
    const a = await person(s);
    const b = await person(s);
    const roomA = (await post<Room>(s, a, '/v1/rooms', roomRequest(m.mentorId), 201)).body;
    const roomB = (await post<Room>(s, b, '/v1/rooms', roomRequest(m.mentorId), 201)).body;
    await post(s, m, `/v1/rooms/${roomA.id}/accept`, undefined, 200);
    await post(s, m, `/v1/rooms/${roomB.id}/accept`, undefined, 200);
    for (const hour of [10, 11, 12]) {
      const startsAt = hourOn(clock, 5, hour);
      const before = counts(s);
      const results = await Promise.all([
        s.request<Session | Problem>('POST', `/v1/rooms/${roomA.id}/sessions`, { auth: a.token, body: { startsAt } }),
        s.request<Session | Problem>('POST', `/v1/rooms/${roomB.id}/sessions`, { auth: b.token, body: { startsAt } }),
        s.request<Session | Problem>('POST', `/v1/rooms/${roomA.id}/sessions`, { auth: m.token, body: { startsAt } }),
      ]);
      const statuses = results.map((r) => r.status).sort();
      assert.deepEqual(statuses, [201, 409, 409]);
      for (const r of results.filter((x) => x.status === 409)) assert.equal((r.body as Problem).code, 'slot_unavailable');
      assert.equal(counts(s).sessions, before.sessions! + 1);
      const live = s.db
        .prepare(`SELECT COUNT(*) AS n FROM sessions WHERE mentor_id = ? AND starts_at = ? AND status IN ('pending', 'accepted')`)
        .get(m.mentorId, startsAt) as { n: number };
      assert.equal(live.n, 1);
    }
  });

  test('the unique index, not only the availability check, refuses a second live session in a slot', () => {
    const row = s.db.prepare(`SELECT * FROM sessions WHERE status IN ('pending', 'accepted') LIMIT 1`).get() as Record<string, unknown>;
    assert.throws(
      () =>
        s.db
          .prepare(
            `INSERT INTO sessions (id, room_id, mentor_id, starts_at, ends_at, status, booked_by, created_at, updated_at)
             VALUES ('ses_duplicate01', ?, ?, ?, ?, 'pending', ?, ?, ?)`,
          )
          .run(row.room_id, row.mentor_id, row.starts_at, row.ends_at, row.booked_by, row.created_at, row.updated_at),
      /UNIQUE constraint failed: sessions.mentor_id, sessions.starts_at/,
    );
  });

  test('sessions only in active rooms', async () => {
    for (const status of ['requested', 'paused', 'completed'] as const) {
      const { room, mentee, mentor: m } = await roomIn(s, status);
      const before = counts(s);
      const res = await post<Problem>(s, mentee, `/v1/rooms/${room.id}/sessions`, { startsAt: hourOn(clock, 6, 10) }, 409);
      assert.equal(res.body.code, 'invalid_transition');
      await post(s, m, `/v1/rooms/${room.id}/sessions`, { startsAt: hourOn(clock, 6, 10) }, 409);
      assert.deepEqual(counts(s), before);
      await get(s, mentee, `/v1/rooms/${room.id}/sessions`, undefined, 200);
    }
  });

  test(`at most ${maxUpcomingSessions} upcoming sessions per room`, async () => {
    const { room, mentee } = await roomIn(s, 'active');
    for (let i = 0; i < maxUpcomingSessions; i++) await post(s, mentee, `/v1/rooms/${room.id}/sessions`, { startsAt: hourOn(clock, 2 + i, 10) }, 201);
    const before = counts(s);
    const res = await post<Problem>(s, mentee, `/v1/rooms/${room.id}/sessions`, { startsAt: hourOn(clock, 9, 10) }, 409);
    assert.equal(res.body.code, 'conflict');
    assert.deepEqual(counts(s), before);
  });

  test('accept: only the mentor, only a pending session', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const base = `/v1/rooms/${room.id}/sessions`;
    const session = (await post<Session>(s, mentee, base, { startsAt: hourOn(clock, 2, 15) }, 201)).body;
    const before = counts(s);
    const forbidden = await post<Problem>(s, mentee, `${base}/${session.id}/accept`, undefined, 403);
    assert.equal(forbidden.body.code, 'forbidden');
    assert.deepEqual(counts(s), before);
    await post(s, m, `${base}/${session.id}/accept`, { note: 'no body here' }, 422);
    tick();
    const seq = lastEventSeq(s);
    const accepted = await post<Session>(s, m, `${base}/${session.id}/accept`, undefined, 200);
    assert.equal(accepted.body.status, 'accepted');
    assert.equal(accepted.body.updatedAt, clock.toISOString());
    assert.deepEqual(
      eventsAfter(s, seq).map((e) => [e.type, e.data.status]),
      [['session.updated', 'accepted']],
    );
    const again = await post<Problem>(s, m, `${base}/${session.id}/accept`, undefined, 409);
    assert.equal(again.body.code, 'invalid_transition');
    await post(s, m, `${base}/ses_doesnotexist/accept`, undefined, 404);
  });

  test('reschedule: the mentee proposes (pending), the mentor decides (accepted); the old slot opens', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const other = await roomIn(s, 'active');
    const base = `/v1/rooms/${room.id}/sessions`;
    const first = hourOn(clock, 3, 10);
    const session = (await post<Session>(s, m, base, { startsAt: first }, 201)).body;
    assert.equal(session.status, 'accepted');

    const moved = await post<Session>(s, mentee, `${base}/${session.id}/reschedule`, { startsAt: hourOn(clock, 3, 12) }, 200);
    assert.equal(moved.body.status, 'pending');
    assert.equal(moved.body.startsAt, hourOn(clock, 3, 12));
    assert.equal(moved.body.endsAt, hourOn(clock, 3, 13));
    // The old slot is free again for the same mentor (another room of theirs would do too).
    const taker = (await post<Session>(s, m, base, { startsAt: first }, 201)).body;

    const before = counts(s);
    const taken = await post<Problem>(s, mentee, `${base}/${session.id}/reschedule`, { startsAt: first }, 409);
    assert.equal(taken.body.code, 'slot_unavailable');
    await post(s, mentee, `${base}/${session.id}/reschedule`, { startsAt: hourOn(clock, -1, 12) }, 409);
    await post(s, mentee, `${base}/${session.id}/reschedule`, {}, 422);
    await post(s, other.mentee, `${base}/${session.id}/reschedule`, { startsAt: hourOn(clock, 3, 16) }, 404);
    await post(s, other.mentee, `/v1/rooms/${other.room.id}/sessions/${session.id}/reschedule`, { startsAt: hourOn(clock, 3, 16) }, 404);
    assert.deepEqual(counts(s), before);

    const decided = await post<Session>(s, m, `${base}/${session.id}/reschedule`, { startsAt: hourOn(clock, 3, 14) }, 200);
    assert.equal(decided.body.status, 'accepted');
    await post(s, m, `${base}/${taker.id}/cancel`, undefined, 200);
    await post(s, m, `${base}/${taker.id}/reschedule`, { startsAt: hourOn(clock, 3, 17) }, 409);
  });

  test('cancel frees the slot; a cancelled session stays cancelled', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const base = `/v1/rooms/${room.id}/sessions`;
    const startsAt = hourOn(clock, 4, 9);
    const session = (await post<Session>(s, mentee, base, { startsAt }, 201)).body;
    await post(s, mentee, `${base}/${session.id}/cancel`, { reason: 'x'.repeat(1001) }, 422);
    const cancelled = await post<Session>(s, m, `${base}/${session.id}/cancel`, { reason: 'Offsite that week' }, 200);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(cancelled.body.cancelReason, 'Offsite that week');
    for (const action of ['cancel', 'accept', 'complete', 'no-show']) {
      const res = await post<Problem>(s, m, `${base}/${session.id}/${action}`, undefined, 409);
      assert.equal(res.body.code, 'invalid_transition');
    }
    await post(s, m, `${base}/${session.id}/reschedule`, { startsAt: hourOn(clock, 4, 11) }, 409);
    const rebooked = await post<Session>(s, mentee, base, { startsAt }, 201);
    assert.notEqual(rebooked.body.id, session.id);
    const view = await get<Room>(s, mentee, `/v1/rooms/${room.id}`, undefined, 200);
    assert.equal(view.body.nextSession?.id, rebooked.body.id);
  });

  test('agenda and notes: set, keep, clear; validation', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const base = `/v1/rooms/${room.id}/sessions`;
    const session = (await post<Session>(s, mentee, base, { startsAt: hourOn(clock, 2, 16), agenda: 'First agenda' }, 201)).body;
    const withNotes = await patch<Session>(m, `${base}/${session.id}`, { notes: 'Prep: bring the plan' }, 200);
    assert.equal(withNotes.body.agenda, 'First agenda');
    assert.equal(withNotes.body.notes, 'Prep: bring the plan');
    assert.equal(withNotes.body.status, 'pending', 'editing does not change the status');
    const cleared = await patch<Session>(mentee, `${base}/${session.id}`, { agenda: null }, 200);
    assert.equal(cleared.body.agenda, null);
    assert.equal(cleared.body.notes, 'Prep: bring the plan');
    const before = counts(s);
    await patch(mentee, `${base}/${session.id}`, {}, 422);
    await patch(mentee, `${base}/${session.id}`, { agenda: '' }, 422);
    await patch(mentee, `${base}/${session.id}`, { startsAt: hourOn(clock, 2, 17) }, 422);
    await patch(mentee, `${base}/ses_doesnotexist`, { agenda: 'x' }, 404);
    assert.deepEqual(counts(s), before);
  });

  test('pausing a room cancels its sessions yet to start, with events', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const base = `/v1/rooms/${room.id}/sessions`;
    const a = (await post<Session>(s, mentee, base, { startsAt: hourOn(clock, 2, 13) }, 201)).body;
    const b = (await post<Session>(s, m, base, { startsAt: hourOn(clock, 3, 13) }, 201)).body;
    const seq = lastEventSeq(s);
    await post(s, mentee, `/v1/rooms/${room.id}/pause`, { reason: 'Busy quarter' }, 200);
    const events = eventsAfter(s, seq);
    assert.deepEqual(
      events.map((e) => [e.type, e.data.id, e.data.status]),
      [
        ['session.updated', a.id, 'cancelled'],
        ['session.updated', b.id, 'cancelled'],
        ['room.updated', room.id, 'paused'],
      ],
    );
    const list = await get<{ data: Session[] }>(s, mentee, base, undefined, 200);
    assert.ok(list.body.data.every((x) => x.status === 'cancelled' && x.cancelReason === 'The room was paused.'));
    const view = await get<Room>(s, mentee, `/v1/rooms/${room.id}`, undefined, 200);
    assert.equal(view.body.nextSession, null);
  });

  test('list: chronological, filtered by status and window, paged without repeats', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const base = `/v1/rooms/${room.id}/sessions`;
    const ids: string[] = [];
    for (const [day, hour] of [
      [4, 15],
      [2, 11],
      [3, 8],
      [2, 9],
    ] as const) {
      ids.push((await post<Session>(s, day === 3 ? m : mentee, base, { startsAt: hourOn(clock, day, hour) }, 201)).body.id);
    }
    const chronological = [ids[3], ids[1], ids[2], ids[0]];
    const all = await get<{ data: Session[]; nextCursor: string | null }>(s, mentee, base, undefined, 200);
    assert.deepEqual(
      all.body.data.map((x) => x.id),
      chronological,
    );
    const pending = await get<{ data: Session[] }>(s, mentee, base, { status: ['pending'] }, 200);
    assert.deepEqual(
      pending.body.data.map((x) => x.id),
      [ids[3], ids[1], ids[0]],
    );
    const window = await get<{ data: Session[] }>(s, mentee, base, { from: hourOn(clock, 2, 10), to: hourOn(clock, 4, 0) }, 200);
    assert.deepEqual(
      window.body.data.map((x) => x.id),
      [ids[1], ids[2]],
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await get<{ data: Session[]; nextCursor: string | null }>(s, mentee, base, { limit: 3, cursor }, 200);
      seen.push(...page.body.data.map((x) => x.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    assert.deepEqual(seen, chronological);
    const backwards = await get<Problem>(s, mentee, base, { from: hourOn(clock, 4, 0), to: hourOn(clock, 2, 0) }, 400);
    assert.equal(backwards.body.code, 'invalid_parameter');
    await get(s, mentee, base, { status: ['maybe'] }, 400);
    await get(s, mentee, base, { from: 'yesterday' }, 400);
    const otherRoomCursor = (await get<{ nextCursor: string }>(s, mentee, base, { limit: 1 }, 200)).body.nextCursor;
    const other = await roomIn(s, 'active');
    await get(s, other.mentee, `/v1/rooms/${other.room.id}/sessions`, { cursor: otherRoomCursor }, 400);
  });

  // Last: moves the clock past the sessions.
  test('complete and no-show need the session to have started; then they are final', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const base = `/v1/rooms/${room.id}/sessions`;
    const one = (await post<Session>(s, m, base, { startsAt: hourOn(clock, 2, 18) }, 201)).body;
    const two = (await post<Session>(s, m, base, { startsAt: hourOn(clock, 2, 19) }, 201)).body;
    const pending = (await post<Session>(s, mentee, base, { startsAt: hourOn(clock, 2, 20) }, 201)).body;
    const early = await post<Problem>(s, mentee, `${base}/${one.id}/complete`, undefined, 409);
    assert.match(early.body.detail!, /not started/);
    await post(s, mentee, `${base}/${one.id}/no-show`, undefined, 409);

    clock = new Date(Date.parse(hourOn(clock, 2, 22)));

    s.setNow(clock);
    await refresh(s, m);
    await refresh(s, mentee);
    await post(s, mentee, `${base}/${one.id}/reschedule`, { startsAt: hourOn(clock, 3, 10) }, 409);
    await post(s, mentee, `${base}/${one.id}/complete`, { notes: '' }, 422);
    const done = await post<Session>(s, mentee, `${base}/${one.id}/complete`, { notes: '- Agreed next steps' }, 200);
    assert.equal(done.body.status, 'completed');
    assert.equal(done.body.notes, '- Agreed next steps');
    const missed = await post<Session>(s, m, `${base}/${two.id}/no-show`, undefined, 200);
    assert.equal(missed.body.status, 'no_show');
    await post(s, m, `${base}/${two.id}/no-show`, { reason: 'no body' }, 422);
    for (const [id, action] of [
      [one.id, 'complete'],
      [one.id, 'no-show'],
      [two.id, 'complete'],
      [pending.id, 'complete'],
      [pending.id, 'no-show'],
    ] as const) {
      const res = await post<Problem>(s, m, `${base}/${id}/${action}`, undefined, 409);
      assert.equal(res.body.code, 'invalid_transition');
    }
    const stats = s.db.prepare('SELECT sessions_completed FROM mentors WHERE id = ?').get(m.mentorId) as { sessions_completed: number };
    assert.equal(stats.sessions_completed, 1, 'the one completed session counts on the profile; a no-show does not');
    const view = await get<Room>(s, mentee, `/v1/rooms/${room.id}`, undefined, 200);
    assert.equal(view.body.nextSession, null, 'a session that has ended is not next');
  });
});
