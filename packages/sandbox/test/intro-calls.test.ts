// Free intro calls (issue #11): booked with a mentor who offers one, before any room, on one of
// the mentor's slots (which it then takes from sessions too), seen by both people, cancellable;
// 409 without an offering, on a taken slot or with one already open; 404 for anyone else and for
// another organization's internal mentor.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '@menteo/api';
import { freeIntroCall, get, hourOn, mentor, person, post, refresh, roomIn, type MentorPerson, type Problem, type Session } from './rooms-fixtures.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type IntroCall = components['schemas']['IntroCall'];
type IntroCallList = components['schemas']['IntroCallList'];
type MentorSlotList = components['schemas']['MentorSlotList'];

let s: TestSandbox;
let clock: Date;
before(async () => {
  s = await startSandbox();
  const now = s.now();
  clock = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 9, 30));
  s.setNow(clock);
});
after(() => s.close());

/** A mentor who offers a free 20-minute intro call. */
const offering = () => mentor(s, { offerings: [freeIntroCall] });

/** The mentor's open slots over the next days, as a client of `key`'s organization reads them. */
async function slots(m: MentorPerson, key = 'pk_test_demo'): Promise<string[]> {
  const res = await s.request<MentorSlotList>('GET', `/v1/mentors/${m.mentorId}/slots`, {
    auth: key,
    query: { start: clock.toISOString(), end: new Date(clock.getTime() + 4 * 86_400_000).toISOString() },
  });
  assert.equal(res.status, 200, res.text);
  return res.body.data.map((slot) => slot.startsAt);
}

function introCallRows(): number {
  return (s.db.prepare('SELECT COUNT(*) AS n FROM intro_calls').get() as { n: number }).n;
}

describe('intro calls', () => {
  test('a person books one on a slot of the mentor; 20 minutes; both see it; the slot is taken', async () => {
    const m = await offering();
    const mentee = await person(s);
    const startsAt = (await slots(m))[3]!;
    const booked = (await post<IntroCall>(s, mentee, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt, message: 'Do we fit?' }, 201)).body;
    assert.equal(booked.status, 'booked');
    assert.equal(booked.startsAt, startsAt);
    assert.equal(booked.durationMinutes, 20);
    assert.equal(Date.parse(booked.endsAt) - Date.parse(booked.startsAt), 20 * 60_000);
    assert.equal(booked.viewerRole, 'mentee');
    assert.equal(booked.message, 'Do we fit?');
    assert.equal(booked.mentor.id, m.mentorId);
    assert.equal(booked.mentee.id, mentee.userId);

    const mine = (await get<IntroCallList>(s, mentee, '/v1/intro-calls', undefined, 200)).body.data;
    assert.deepEqual(
      mine.map((c) => c.id),
      [booked.id],
    );
    const theirs = (await get<IntroCallList>(s, m, '/v1/intro-calls', { status: 'booked' }, 200)).body.data;
    assert.deepEqual(
      theirs.map((c) => [c.id, c.viewerRole]),
      [[booked.id, 'mentor']],
    );
    assert.equal((await get<IntroCall>(s, m, `/v1/intro-calls/${booked.id}`, undefined, 200)).body.viewerRole, 'mentor');

    assert.ok(!(await slots(m)).includes(startsAt), 'the slot is gone from listMentorSlots');
    const other = await person(s);
    const taken = await post<Problem>(s, other, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt }, 409);
    assert.equal(taken.body.code, 'slot_unavailable');
  });

  test('a room’s session cannot take the slot of an intro call, nor an intro call a session’s', async () => {
    const { room, mentor: m } = await roomIn(s, 'active');
    s.db.prepare('UPDATE mentors SET offerings = ? WHERE id = ?').run(JSON.stringify([freeIntroCall]), m.mentorId);
    const visitor = await person(s);
    const [first, second] = await slots(m);
    await post(s, visitor, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt: first }, 201);
    const refused = await post<Problem>(s, m, `/v1/rooms/${room.id}/sessions`, { startsAt: first }, 409);
    assert.equal(refused.body.code, 'slot_unavailable');
    const session = (await post<Session>(s, m, `/v1/rooms/${room.id}/sessions`, { startsAt: second }, 201)).body;
    const other = await person(s);
    const onSession = await post<Problem>(s, other, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt: session.startsAt }, 409);
    assert.equal(onSession.body.code, 'slot_unavailable');
  });

  test('409 when the mentor offers no intro call, when one is already open, and for a past slot; nothing written', async () => {
    const plain = await mentor(s);
    const mentee = await person(s);
    const before = introCallRows();
    const none = await post<Problem>(s, mentee, `/v1/mentors/${plain.mentorId}/intro-calls`, { startsAt: (await slots(plain))[0]! }, 409);
    assert.equal(none.body.code, 'conflict');
    assert.match(none.body.detail ?? '', /offers no intro call/);

    const m = await offering();
    const [first, second] = await slots(m);
    await post(s, mentee, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt: first }, 201);
    const again = await post<Problem>(s, mentee, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt: second }, 409);
    assert.equal(again.body.code, 'conflict');
    const past = await post<Problem>(s, await person(s), `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt: hourOn(clock, -1, 10) }, 409);
    assert.equal(past.body.code, 'slot_unavailable');
    assert.equal(introCallRows(), before + 1);
  });

  test('either person cancels before it starts; the slot opens again and a new one can be booked; not twice, not once started', async () => {
    const m = await offering();
    const mentee = await person(s);
    const [first, second] = (await slots(m)) as [string, string];
    const a = (await post<IntroCall>(s, mentee, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt: first }, 201)).body;
    const cancelled = (await post<IntroCall>(s, m, `/v1/intro-calls/${a.id}/cancel`, { reason: 'Travelling that day.' }, 200)).body;
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.cancelReason, 'Travelling that day.');
    assert.equal(cancelled.viewerRole, 'mentor');
    assert.ok((await slots(m)).includes(first), 'the slot is open again');
    const twice = await post<Problem>(s, mentee, `/v1/intro-calls/${a.id}/cancel`, undefined, 409);
    assert.equal(twice.body.code, 'invalid_transition');

    const b = (await post<IntroCall>(s, mentee, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt: second }, 201)).body;
    s.setNow(new Date(Date.parse(second) + 5 * 60_000));
    try {
      await refresh(s, mentee);
      const started = await post<Problem>(s, mentee, `/v1/intro-calls/${b.id}/cancel`, undefined, 409);
      assert.equal(started.body.code, 'invalid_transition');
    } finally {
      s.setNow(clock);
      await refresh(s, mentee);
    }
  });

  test('a retried booking (same Idempotency-Key) is the same intro call, written once', async () => {
    const m = await offering();
    const mentee = await person(s);
    const startsAt = (await slots(m))[0]!;
    const headers = { 'Idempotency-Key': `intro-${m.mentorId}` };
    const first = await post<IntroCall>(s, mentee, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt }, 201, headers);
    const before = introCallRows();
    const retried = await post<IntroCall>(s, mentee, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt }, 201, headers);
    assert.deepEqual(retried.body, first.body);
    assert.equal(introCallRows(), before);
  });

  test('authorization: another organization’s internal mentor is 404; outsiders get 404; one’s own profile is 422 on /mentorId', async () => {
    const internal = await mentor(s, { org: 'acme', pool: 'org_acme', offerings: [freeIntroCall] });
    const demoPerson = await person(s, 'demo');
    const acmePerson = await person(s, 'acme');
    const startsAt = (await slots(internal, 'pk_test_acme'))[0]!;
    assert.equal((await s.request('GET', `/v1/mentors/${internal.mentorId}/slots`)).status, 404, 'org_demo’s key does not see the mentor');
    const hidden = await post<Problem>(s, demoPerson, `/v1/mentors/${internal.mentorId}/intro-calls`, { startsAt }, 404);
    assert.equal(hidden.body.code, 'not_found');
    // The same mentor, for a person of their own organization.
    const booked = (await post<IntroCall>(s, acmePerson, `/v1/mentors/${internal.mentorId}/intro-calls`, { startsAt }, 201)).body;

    const before = introCallRows();
    assert.equal((await get<Problem>(s, demoPerson, `/v1/intro-calls/${booked.id}`, undefined, 404)).body.code, 'not_found');
    assert.equal((await post<Problem>(s, demoPerson, `/v1/intro-calls/${booked.id}/cancel`, undefined, 404)).body.code, 'not_found');
    assert.deepEqual((await get<IntroCallList>(s, demoPerson, '/v1/intro-calls', undefined, 200)).body.data, []);
    const own = await post<Problem>(
      s,
      internal,
      `/v1/mentors/${internal.mentorId}/intro-calls`,
      { startsAt: (await slots(internal, 'pk_test_acme'))[0]! },
      422,
    );
    assert.deepEqual(
      own.body.errors?.map((e) => [e.in, e.pointer]),
      [['path', '/mentorId']],
    );
    const key = await s.request<Problem>('POST', `/v1/mentors/${internal.mentorId}/intro-calls`, { auth: 'pk_test_acme', body: { startsAt } });
    assert.equal(key.status, 403, 'a publishable key cannot book');
    assert.equal(introCallRows(), before);
  });
});
