// An intro call's meeting link (issue #11): set when booking, then set, changed or cleared by
// either of its two people (PATCH /v1/intro-calls/{id}), http(s) only as a session's; 404 for
// anyone else, 409 once the call is cancelled or over (nothing written), 422 naming /meetingUrl
// for a bad link; a retry with the same Idempotency-Key is one write; `intro_call.updated`
// reaches both people's streams and no one else's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '@menteo/api';
import {
  eventsAfter,
  freeIntroCall,
  hourOn,
  lastEventSeq,
  mentor,
  person,
  post,
  refresh,
  type MentorPerson,
  type Person,
  type Problem,
} from './rooms-fixtures.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { connectSse } from './support/sse.js';

type IntroCall = components['schemas']['IntroCall'];
type ValidationProblem = Problem & { errors: { in: string; pointer: string }[] };

let s: TestSandbox;
let clock: Date;
before(async () => {
  s = await startSandbox();
  const now = s.now();
  clock = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 9, 30));
  s.setNow(clock);
});
after(() => s.close());

let hours = 0;
/** A mentor offering an intro call, a person who booked it (on its own hour), and the call. */
async function booked(body: Record<string, unknown> = {}): Promise<{ m: MentorPerson; mentee: Person; call: IntroCall }> {
  const m = await mentor(s, { offerings: [freeIntroCall] });
  const mentee = await person(s);
  const startsAt = hourOn(clock, 2, 8 + (hours++ % 12));
  const call = (await post<IntroCall>(s, mentee, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt, ...body }, 201)).body;
  return { m, mentee, call };
}

function patch<T>(who: Person, id: string, body: unknown, headers?: Record<string, string>) {
  return s.request<T>('PATCH', `/v1/intro-calls/${id}`, { auth: who.token, body, ...(headers ? { headers } : {}) });
}

/** What the database holds for the call: the link and the last write's time. */
const stored = (id: string) =>
  s.db.prepare('SELECT meeting_url, updated_at FROM intro_calls WHERE id = ?').get(id) as { meeting_url: string | null; updated_at: string };

describe('an intro call’s meeting link', () => {
  test('set when booking; null when not given', async () => {
    const withLink = await booked({ meetingUrl: 'https://meet.example/intro-1' });
    assert.equal(withLink.call.meetingUrl, 'https://meet.example/intro-1');
    const got = await s.request<IntroCall>('GET', `/v1/intro-calls/${withLink.call.id}`, { auth: withLink.m.token });
    assert.equal(got.body.meetingUrl, 'https://meet.example/intro-1', 'the mentor sees it too');
    const without = await booked();
    assert.equal(without.call.meetingUrl, null);
    const refused = await post<ValidationProblem>(s, without.mentee, `/v1/mentors/${without.m.mentorId}/intro-calls`, {
      startsAt: hourOn(clock, 3, 9),
      meetingUrl: 'javascript:alert(1)',
    });
    assert.equal(refused.status, 422, refused.text);
    assert.equal(refused.body.errors[0]!.pointer, '/meetingUrl');
  });

  test('the mentor adds it, the mentee changes it, either clears it; each sees its own role', async () => {
    const { m, mentee, call } = await booked();
    const added = await patch<IntroCall>(m, call.id, { meetingUrl: 'https://meet.example/added' });
    assert.equal(added.status, 200, added.text);
    assert.equal(added.body.meetingUrl, 'https://meet.example/added');
    assert.equal(added.body.viewerRole, 'mentor');
    assert.equal(added.body.message, call.message, 'nothing else changes');
    assert.equal(added.body.startsAt, call.startsAt);
    const changed = await patch<IntroCall>(mentee, call.id, { meetingUrl: 'http://meet.example/changed' });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.body.meetingUrl, 'http://meet.example/changed');
    assert.equal(changed.body.viewerRole, 'mentee');
    const cleared = await patch<IntroCall>(m, call.id, { meetingUrl: null });
    assert.equal(cleared.status, 200, cleared.text);
    assert.equal(cleared.body.meetingUrl, null);
    assert.equal(stored(call.id).meeting_url, null);
  });

  test('a third person gets 404, and nothing is written', async () => {
    const { call } = await booked({ meetingUrl: 'https://meet.example/ours' });
    const before = stored(call.id);
    for (const stranger of [await person(s), await person(s, 'acme')]) {
      const res = await patch<Problem>(stranger, call.id, { meetingUrl: 'https://evil.example/theirs' });
      assert.equal(res.status, 404, res.text);
      assert.equal(res.body.code, 'not_found');
    }
    assert.deepEqual(stored(call.id), before);
  });

  test('409 once the call is cancelled or has ended; nothing written, no event', async () => {
    const cancelledOne = await booked({ meetingUrl: 'https://meet.example/kept' });
    await post(s, cancelledOne.mentee, `/v1/intro-calls/${cancelledOne.call.id}/cancel`, {}, 200);
    const beforeCancelled = stored(cancelledOne.call.id);
    const sinceCancel = lastEventSeq(s);
    const afterCancel = await patch<Problem>(cancelledOne.m, cancelledOne.call.id, { meetingUrl: 'https://meet.example/late' });
    assert.equal(afterCancel.status, 409, afterCancel.text);
    assert.equal(afterCancel.body.code, 'invalid_transition');
    assert.deepEqual(stored(cancelledOne.call.id), beforeCancelled);
    assert.equal(lastEventSeq(s), sinceCancel, 'no event for a refusal');

    const ended = await booked({ meetingUrl: 'https://meet.example/kept' });
    const beforeEnded = stored(ended.call.id);
    const since = lastEventSeq(s);
    // Still open while it runs: a link can be fixed during the call.
    s.setNow(new Date(Date.parse(ended.call.startsAt) + 5 * 60_000));
    try {
      await refresh(s, ended.mentee);
      const during = await patch<IntroCall>(ended.mentee, ended.call.id, { meetingUrl: 'https://meet.example/during' });
      assert.equal(during.status, 200, during.text);
      s.setNow(new Date(Date.parse(ended.call.endsAt)));
      await refresh(s, ended.mentee);
      const duringRow = stored(ended.call.id);
      const afterEnd = await patch<Problem>(ended.mentee, ended.call.id, { meetingUrl: 'https://meet.example/too-late' });
      assert.equal(afterEnd.status, 409, afterEnd.text);
      assert.equal(afterEnd.body.code, 'invalid_transition');
      assert.deepEqual(stored(ended.call.id), duringRow);
      assert.notDeepEqual(duringRow, beforeEnded);
    } finally {
      s.setNow(clock);
      await refresh(s, ended.mentee);
    }
    assert.deepEqual(
      eventsAfter(s, since).map((e) => e.type),
      ['intro_call.updated'],
      'only the change during the call was sent',
    );
  });

  test('422 naming /meetingUrl for a link that is not http(s), or a missing field; nothing written', async () => {
    const { mentee, call } = await booked({ meetingUrl: 'https://meet.example/kept' });
    const before = stored(call.id);
    for (const meetingUrl of ['javascript:alert(1)', 'ftp://meet.example/x', 'meet.example/no-scheme', 42]) {
      const res = await patch<ValidationProblem>(mentee, call.id, { meetingUrl });
      assert.equal(res.status, 422, String(meetingUrl));
      assert.equal(res.body.code, 'validation_failed');
      assert.equal(res.body.errors[0]!.pointer, '/meetingUrl', String(meetingUrl));
    }
    const empty = await patch<ValidationProblem>(mentee, call.id, {});
    assert.equal(empty.status, 422, empty.text);
    assert.match(JSON.stringify(empty.body.errors), /meetingUrl/);
    assert.deepEqual(stored(call.id), before);
  });

  test('a retry with the same Idempotency-Key replays the first answer and writes once', async () => {
    const { m, call } = await booked();
    const headers = { 'Idempotency-Key': `link-${call.id}` };
    const since = lastEventSeq(s);
    const first = await patch<IntroCall>(m, call.id, { meetingUrl: 'https://meet.example/once' }, headers);
    assert.equal(first.status, 200, first.text);
    const row = stored(call.id);
    s.setNow(new Date(clock.getTime() + 60_000));
    try {
      await refresh(s, m);
      const retried = await patch<IntroCall>(m, call.id, { meetingUrl: 'https://meet.example/once' }, headers);
      assert.equal(retried.status, 200, retried.text);
      assert.deepEqual(retried.body, first.body);
      assert.deepEqual(stored(call.id), row, 'not written again');
      assert.equal(lastEventSeq(s), since + 1, 'one event');
    } finally {
      s.setNow(clock);
      await refresh(s, m);
    }
  });

  test('intro_call.updated reaches the mentor’s and the mentee’s streams with the changer’s view, not a third person’s', async () => {
    const { m, mentee, call } = await booked();
    const stranger = await person(s);
    const types = 'intro_call.booked,intro_call.updated,intro_call.cancelled';
    const streams = [m, mentee, stranger].map((who) => connectSse(`${s.url}/v1/events?types=${types}`, { Authorization: `Bearer ${who.token}` }));
    const [mine, theirs, third] = await Promise.all(streams);
    try {
      for (const stream of [mine!, theirs!, third!]) assert.equal(stream.status, 200);
      const since = lastEventSeq(s);
      const updated = (await patch<IntroCall>(mentee, call.id, { meetingUrl: 'https://meet.example/live' })).body;
      for (const stream of [mine!, theirs!]) {
        const live = await stream.next();
        assert.equal(live.event, 'intro_call.updated');
        const data = (JSON.parse(live.data) as { data: IntroCall }).data;
        assert.deepEqual(data, updated);
        assert.equal(data.viewerRole, 'mentee');
        assert.equal(data.meetingUrl, 'https://meet.example/live');
      }
      const events = eventsAfter(s, since);
      assert.deepEqual(
        events.map((e) => e.type),
        ['intro_call.updated'],
      );
      assert.deepEqual(new Set(events[0]!.audience), new Set([m.userId, mentee.userId]), 'the third person is not in its audience');
    } finally {
      for (const stream of [mine!, theirs!, third!]) stream.close();
    }
  });
});
