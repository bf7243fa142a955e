// Intro call events (issue #11): `intro_call.booked` and `intro_call.cancelled` reach the call's
// two people — their live streams, a resume with Last-Event-ID — and no one else, and go to their
// organizations' webhooks, delivered and signed like every other event.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '@menteo/api';
import { defaultWebhookSecret } from '../src/events/webhooks.js';
import { startReceiver, until, verify, type Receiver } from './core/webhook-receiver.js';
import { eventsAfter, freeIntroCall, hourOn, lastEventSeq, mentor, person, post, type MentorPerson, type Person } from './rooms-fixtures.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { connectSse, type SseConnection } from './support/sse.js';

type IntroCall = components['schemas']['IntroCall'];
type EventPage = components['schemas']['EventPage'];
type WireEvent = { id: string; type: string; data: IntroCall };

let s: TestSandbox;
let receiver: Receiver;
before(async () => {
  receiver = await startReceiver();
  s = await startSandbox({ webhookUrl: `${receiver.url}/hooks`, webhookRetryDelaysMs: [50, 50, 50] });
});
after(async () => {
  await s.close();
  await receiver.close();
});

const streamOf = (who: Person) => connectSse(`${s.url}/v1/events?types=intro_call.booked,intro_call.cancelled`, { Authorization: `Bearer ${who.token}` });

/** The intro call events a person's resumed stream replays after `seq`. */
async function replayed(who: Person, seq: number): Promise<[string, string][]> {
  const res = await s.request<EventPage>('GET', '/v1/events', {
    auth: who.token,
    query: { types: 'intro_call.booked,intro_call.cancelled' },
    headers: { Accept: 'application/json', 'Last-Event-ID': String(seq) },
  });
  assert.equal(res.status, 200, res.text);
  return res.body.data.map((e) => [e.type, (e.data as IntroCall).id]);
}

/** The organizations whose webhooks an event belongs to. */
const webhookOrgs = (seq: number) => s.db.prepare('SELECT org_id FROM event_orgs WHERE event_seq = ? ORDER BY org_id').pluck().all(seq) as string[];

/** The signed webhook deliveries of events of `type` about call `id` (verified with org_demo's secret). */
const delivered = (type: string, id: string) =>
  receiver.deliveries.map((d) => verify<WireEvent>(defaultWebhookSecret, d)).filter((e) => e.type === type && e.data.id === id);

async function both(m: MentorPerson, mentee: Person): Promise<[SseConnection, SseConnection]> {
  const streams = [await streamOf(m), await streamOf(mentee)] as [SseConnection, SseConnection];
  for (const stream of streams) assert.equal(stream.status, 200);
  return streams;
}

describe('intro call events', () => {
  test('booking sends intro_call.booked to the mentor’s and the mentee’s streams, not a third person’s, and to the webhook', async () => {
    const m = await mentor(s, { offerings: [freeIntroCall] });
    const mentee = await person(s);
    const stranger = await person(s);
    const since = lastEventSeq(s);
    const streams = await both(m, mentee);
    try {
      const startsAt = hourOn(s.now(), 2, 10);
      const call = (await post<IntroCall>(s, mentee, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt, message: 'Do we fit?' }, 201)).body;
      for (const stream of streams) {
        const live = await stream.next();
        assert.equal(live.event, 'intro_call.booked');
        assert.deepEqual((JSON.parse(live.data) as WireEvent).data, call, 'the call as its booker sees it');
      }
      const events = eventsAfter(s, since);
      assert.deepEqual(
        events.map((e) => e.type),
        ['intro_call.booked'],
      );
      assert.deepEqual(new Set(events[0]!.audience), new Set([m.userId, mentee.userId]));
      assert.deepEqual(await replayed(m, since), [['intro_call.booked', call.id]]);
      assert.deepEqual(await replayed(mentee, since), [['intro_call.booked', call.id]]);
      assert.deepEqual(await replayed(stranger, since), [], 'a third person never hears of it');
      assert.deepEqual(webhookOrgs(since + 1), ['org_demo']);
      await until(() => delivered('intro_call.booked', call.id).length === 1, 'the webhook is delivered');
      assert.deepEqual(delivered('intro_call.booked', call.id)[0]!.data, call);
    } finally {
      for (const stream of streams) stream.close();
    }
  });

  test('cancelling (by the mentor) sends intro_call.cancelled to both, with the mentor’s view, and to the webhook', async () => {
    const m = await mentor(s, { offerings: [freeIntroCall] });
    const mentee = await person(s);
    const stranger = await person(s);
    const startsAt = hourOn(s.now(), 2, 12);
    const call = (await post<IntroCall>(s, mentee, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt }, 201)).body;
    const since = lastEventSeq(s);
    const streams = await both(m, mentee);
    try {
      const cancelled = (await post<IntroCall>(s, m, `/v1/intro-calls/${call.id}/cancel`, { reason: 'Travelling that week.' }, 200)).body;
      assert.equal(cancelled.viewerRole, 'mentor');
      for (const stream of streams) {
        const live = await stream.next();
        assert.equal(live.event, 'intro_call.cancelled');
        const data = (JSON.parse(live.data) as WireEvent).data;
        assert.deepEqual(data, cancelled);
        assert.equal(data.status, 'cancelled');
        assert.equal(data.cancelReason, 'Travelling that week.');
      }
      assert.deepEqual(await replayed(mentee, since), [['intro_call.cancelled', call.id]]);
      assert.deepEqual(await replayed(stranger, since), []);
      await until(() => delivered('intro_call.cancelled', call.id).length === 1, 'the webhook is delivered');
    } finally {
      for (const stream of streams) stream.close();
    }
  });

  test('a refused booking or cancellation sends nothing', async () => {
    const m = await mentor(s, { offerings: [freeIntroCall] });
    const mentee = await person(s);
    const startsAt = hourOn(s.now(), 2, 14);
    const call = (await post<IntroCall>(s, mentee, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt }, 201)).body;
    await post(s, mentee, `/v1/intro-calls/${call.id}/cancel`, {}, 200);
    const since = lastEventSeq(s);
    await post(s, mentee, `/v1/intro-calls/${call.id}/cancel`, {}, 409);
    const taken = hourOn(s.now(), 2, 15);
    await post(s, await person(s), `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt: taken }, 201);
    const afterBooking = lastEventSeq(s);
    await post(s, mentee, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt: taken }, 409);
    assert.equal(afterBooking, since + 1, 'only the booking that succeeded was logged');
    assert.equal(lastEventSeq(s), afterBooking);
  });

  test('across organizations, each person’s organization gets the webhook', async () => {
    const m = await mentor(s, { org: 'acme', offerings: [freeIntroCall] });
    const mentee = await person(s, 'demo');
    const since = lastEventSeq(s);
    const startsAt = hourOn(s.now(), 3, 10);
    await post<IntroCall>(s, mentee, `/v1/mentors/${m.mentorId}/intro-calls`, { startsAt }, 201);
    assert.deepEqual(webhookOrgs(since + 1), ['org_acme', 'org_demo']);
  });
});
