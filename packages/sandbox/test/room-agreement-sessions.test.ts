import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '@menteo/api';
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
  type Problem,
  type Room,
  type Session,
} from './rooms-fixtures.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Mentor = components['schemas']['Mentor'];

let s: TestSandbox;
let clock: Date;
const setClock = (at: Date) => {
  clock = at;
  s.setNow(clock);
};

before(async () => {
  s = await startSandbox();
  // Mid-morning UTC on the sandbox's day, so "the day after tomorrow at 10:00" is a future whole hour.
  const now = s.now();
  setClock(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 9, 30)));
});
after(() => s.close());

describe('the agreement', () => {
  test('the mentee’s proposal comes signed by them; the mentor accepts; both sign-offs keep their times', async () => {
    const m = await mentor(s);
    const mentee = await person(s);
    const asked = (await post<Room>(s, mentee, '/v1/rooms', roomRequest(m.mentorId, { agreement: '- Every other week, an hour.' }), 201)).body;
    assert.deepEqual(asked.agreementSignedAt, { mentee: asked.createdAt, mentor: null });
    const seq = lastEventSeq(s);
    const accepted = (await post<Room>(s, m, `/v1/rooms/${asked.id}/agreement/accept`, undefined, 200)).body;
    assert.deepEqual(accepted.agreementSignedAt, { mentee: asked.createdAt, mentor: clock.toISOString() });
    assert.deepEqual(
      eventsAfter(s, seq).map((e) => e.type),
      ['room.updated'],
    );
    const again = await post<Problem>(s, m, `/v1/rooms/${asked.id}/agreement/accept`, undefined, 409);
    assert.match(again.body.detail!, /already/);
  });

  test('a new proposal replaces the text, signs it for the proposer and clears the other’s sign-off', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const proposed = (await post<Room>(s, m, `/v1/rooms/${room.id}/agreement`, { agreement: '- Weekly, 45 minutes.' }, 200)).body;
    assert.deepEqual(proposed.agreementSignedAt, { mentor: clock.toISOString(), mentee: null });
    await post(s, mentee, `/v1/rooms/${room.id}/agreement/accept`, undefined, 200);
    setClock(new Date(clock.getTime() + 60_000));
    const countered = (await post<Room>(s, mentee, `/v1/rooms/${room.id}/agreement`, { agreement: '- Every other week, an hour.' }, 200)).body;
    assert.equal(countered.agreement, '- Every other week, an hour.');
    assert.deepEqual(countered.agreementSignedAt, { mentor: null, mentee: clock.toISOString() });
  });

  test('nothing to accept, an ended room, an outsider: refused, nothing written', async () => {
    const { room, mentor: m } = await roomIn(s, 'active');
    const ended = await roomIn(s, 'completed');
    const outsider = await person(s);
    const before = counts(s);
    const none = await post<Problem>(s, m, `/v1/rooms/${room.id}/agreement/accept`, undefined, 409);
    assert.match(none.body.detail!, /no agreement/);
    const late = await post<Problem>(s, ended.mentee, `/v1/rooms/${ended.room.id}/agreement`, { agreement: 'Too late.' }, 409);
    assert.match(late.body.detail!, /this room is completed/);
    await post(s, outsider, `/v1/rooms/${room.id}/agreement`, { agreement: 'Not mine to propose.' }, 404);
    const empty = await post<Problem & { errors: { pointer: string }[] }>(s, m, `/v1/rooms/${room.id}/agreement`, { agreement: '' }, 422);
    assert.equal(empty.body.errors[0]!.pointer, '/agreement');
    assert.deepEqual(counts(s), before);
    const unchanged = (await get<Room>(s, m, `/v1/rooms/${room.id}`, undefined, 200)).body;
    assert.deepEqual(unchanged.agreementSignedAt, { mentor: null, mentee: null });
  });
});

describe('sessions: where they meet, which hat, and whether it helped', () => {
  test('a meeting link and a hat are set when booking and changed later; only http(s) links', async () => {
    const { room, mentee } = await roomIn(s, 'active');
    const startsAt = hourOn(clock, 2, 10);
    const booked = (await post<Session>(s, mentee, `/v1/rooms/${room.id}/sessions`, { startsAt, meetingUrl: 'https://meet.example/abc', hat: 'leader' }, 201))
      .body;
    assert.equal(booked.meetingUrl, 'https://meet.example/abc');
    assert.equal(booked.hat, 'leader');
    assert.deepEqual(booked.helpFit, { mentee: null, mentor: null });
    const changed = await s.request<Session>('PATCH', `/v1/rooms/${room.id}/sessions/${booked.id}`, {
      auth: mentee.token,
      body: { hat: 'mentor', meetingUrl: null },
    });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.body.hat, 'mentor');
    assert.equal(changed.body.meetingUrl, null);
    assert.equal(changed.body.agenda, booked.agenda, 'fields not sent are kept');
    for (const meetingUrl of ['javascript:alert(1)', 'ftp://meet.example/x']) {
      const refused = await s.request<Problem & { errors: { pointer: string }[] }>('PATCH', `/v1/rooms/${room.id}/sessions/${booked.id}`, {
        auth: mentee.token,
        body: { meetingUrl },
      });
      assert.equal(refused.status, 422, meetingUrl);
      assert.equal(refused.body.errors[0]!.pointer, '/meetingUrl');
    }
    const hat = await s.request<Problem & { errors: { pointer: string }[] }>('PATCH', `/v1/rooms/${room.id}/sessions/${booked.id}`, {
      auth: mentee.token,
      body: { hat: 'coach' },
    });
    assert.equal(hat.status, 422);
    assert.equal(hat.body.errors[0]!.pointer, '/hat');
  });

  test('after a completed session each side answers once whether it gave the help needed; completing counts on the profile', async () => {
    const { room, mentor: m, mentee } = await roomIn(s, 'active');
    const booked = (await post<Session>(s, m, `/v1/rooms/${room.id}/sessions`, { startsAt: hourOn(clock, 3, 10), hat: 'mentor' }, 201)).body;
    const early = await post<Problem>(s, mentee, `/v1/rooms/${room.id}/sessions/${booked.id}/help-fit`, { answer: 'yes' }, 409);
    assert.match(early.body.detail!, /completed session/);

    const profileBefore = (await get<Mentor>(s, mentee, `/v1/mentors/${m.mentorId}`, undefined, 200)).body;
    setClock(new Date(Date.parse(booked.endsAt) + 5 * 60_000));
    await refresh(s, m);
    await refresh(s, mentee);
    await post(s, m, `/v1/rooms/${room.id}/sessions/${booked.id}/complete`, { notes: '- Next: draft the plan.' }, 200);
    const profileAfter = (await get<Mentor>(s, mentee, `/v1/mentors/${m.mentorId}`, undefined, 200)).body;
    assert.equal(profileAfter.stats.sessionsCompleted, profileBefore.stats.sessionsCompleted + 1);

    const seq = lastEventSeq(s);
    const answered = (await post<Session>(s, mentee, `/v1/rooms/${room.id}/sessions/${booked.id}/help-fit`, { answer: 'partly' }, 200)).body;
    assert.deepEqual(answered.helpFit, { mentee: 'partly', mentor: null });
    const event = eventsAfter(s, seq).find((e) => e.type === 'session.updated');
    assert.ok(event, 'a session.updated event');
    assert.deepEqual((event.data as Session).helpFit, { mentee: 'partly', mentor: null }, 'the other side hears of it');
    const both = (await post<Session>(s, m, `/v1/rooms/${room.id}/sessions/${booked.id}/help-fit`, { answer: 'yes' }, 200)).body;
    assert.deepEqual(both.helpFit, { mentee: 'partly', mentor: 'yes' });

    const outsider = await person(s);
    const before = counts(s);
    const twice = await post<Problem>(s, mentee, `/v1/rooms/${room.id}/sessions/${booked.id}/help-fit`, { answer: 'no' }, 409);
    assert.match(twice.body.detail!, /once/);
    const bad = await post<Problem & { errors: { pointer: string }[] }>(s, m, `/v1/rooms/${room.id}/sessions/${booked.id}/help-fit`, { answer: 'maybe' }, 422);
    assert.equal(bad.body.errors[0]!.pointer, '/answer');
    await post(s, outsider, `/v1/rooms/${room.id}/sessions/${booked.id}/help-fit`, { answer: 'yes' }, 404);
    assert.deepEqual(counts(s), before);
  });
});
