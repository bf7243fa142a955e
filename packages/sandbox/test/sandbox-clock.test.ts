// The sandbox's test clock (`POST /v1/sandbox/clock`, sandbox only): it moves the clock every
// handler reads forward, by a duration or to an instant, never back, for a secret key only, and
// sends the reminders that came due before it answers. The harness's clock is frozen here, so
// every reading is exact: the sandbox's now is the frozen instant plus the moves.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '@menteo/api';
import { demo } from '../src/demo.js';
import { durationMs } from '../src/resources/sandbox/clock.js';
import { eventsAfter, hourOn, lastEventSeq, person, post, roomIn, type Session } from './rooms-fixtures.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type SandboxClock = components['schemas']['SandboxClock'];
type Problem = components['schemas']['Problem'];

const hour = 3_600_000;

let s: TestSandbox;

before(async () => {
  s = await startSandbox();
  s.setNow(new Date(Math.floor(s.now().getTime() / 1000) * 1000));
});
after(() => s.close());

/** `POST /v1/sandbox/clock` with the demo organization's secret key unless told. */
function moveClock(body: unknown, auth: string = demo.keys.demoSecret, headers?: Record<string, string>) {
  return s.request<SandboxClock & Problem>('POST', '/v1/sandbox/clock', { auth, body, ...(headers ? { headers } : {}) });
}

describe('POST /v1/sandbox/clock', () => {
  test('advances by a duration: every handler reads the new now (a token minted before it expires)', async () => {
    const mentee = await person(s);
    const before = s.sandbox.now().getTime();
    const res = await moveClock({ advanceBy: 'PT2H' });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.now, new Date(before + 2 * hour).toISOString());
    assert.equal(s.sandbox.now().toISOString(), res.body.now);
    // Minted 15 minutes' life ago on the old clock: expired on the new one.
    const me = await s.request<Problem>('GET', '/v1/me', { auth: mentee.token });
    assert.equal(me.status, 401);
    assert.equal(me.body.code, 'token_expired');
  });

  test('moves to an instant, and refuses one before now naming /to: the clock never goes back', async () => {
    const to = new Date(s.sandbox.now().getTime() + 26 * hour).toISOString();
    const moved = await moveClock({ to });
    assert.equal(moved.status, 200, moved.text);
    assert.equal(moved.body.now, to);

    const back = await moveClock({ to: new Date(Date.parse(to) - 1000).toISOString() });
    assert.equal(back.status, 422, back.text);
    assert.equal(back.body.code, 'validation_failed');
    assert.deepEqual(
      back.body.errors?.map((e) => e.pointer),
      ['/to'],
    );
    assert.equal(s.sandbox.now().toISOString(), to, 'a refused move leaves the clock where it was');
  });

  test('refuses durations it cannot add exactly, empty or doubled moves, and more than 366 days at once', async () => {
    const at = s.sandbox.now().toISOString();
    const refusals: [unknown, string][] = [
      [{ advanceBy: 'P1M' }, '/advanceBy'], // a month has no fixed length
      [{ advanceBy: '-PT1H' }, '/advanceBy'],
      [{ advanceBy: 'PT' }, '/advanceBy'],
      [{ advanceBy: 'P367D' }, '/advanceBy'],
      [{ to: new Date(Date.parse(at) + 367 * 24 * hour).toISOString() }, '/to'],
    ];
    for (const [body, pointer] of refusals) {
      const res = await moveClock(body);
      assert.equal(res.status, 422, `${JSON.stringify(body)}: ${res.text}`);
      assert.ok(
        res.body.errors?.some((e) => e.pointer === pointer),
        `${JSON.stringify(body)} names ${pointer}: ${res.text}`,
      );
    }
    for (const body of [{}, { advanceBy: 'PT1H', to: at }]) {
      const res = await moveClock(body);
      assert.equal(res.status, 422, `${JSON.stringify(body)}: ${res.text}`);
      assert.equal(res.body.code, 'validation_failed');
    }
    assert.equal(s.sandbox.now().toISOString(), at, 'nothing moved');
  });

  test('takes the secret key only: a publishable key, a user token and a page are refused', async () => {
    const at = s.sandbox.now().toISOString();
    const publishable = await moveClock({ advanceBy: 'PT1H' }, demo.keys.demoPublishable);
    assert.equal(publishable.status, 403, publishable.text);
    assert.equal(publishable.body.code, 'publishable_key_read_only');
    const user = await moveClock({ advanceBy: 'PT1H' }, await s.tokenFor('demo-mentee'));
    assert.equal(user.status, 403, user.text);
    assert.equal(user.body.code, 'secret_key_required');
    const page = await moveClock({ advanceBy: 'PT1H' }, demo.keys.demoSecret, { Origin: 'http://localhost:5173' });
    assert.equal(page.status, 403, page.text);
    assert.equal(page.body.code, 'secret_key_in_browser');
    assert.equal(s.sandbox.now().toISOString(), at, 'nothing moved');
  });

  test('an Idempotency-Key replays the first move instead of moving twice', async () => {
    const key = `clock-${process.pid}-replay`;
    const first = await moveClock({ advanceBy: 'PT30M' }, demo.keys.demoSecret, { 'Idempotency-Key': key });
    assert.equal(first.status, 200, first.text);
    const again = await moveClock({ advanceBy: 'PT30M' }, demo.keys.demoSecret, { 'Idempotency-Key': key });
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.equal(again.body.now, first.body.now);
    assert.equal(s.sandbox.now().toISOString(), first.body.now);
  });

  test('the session reminders the move passes are sent before it answers, once each', async () => {
    const { room, mentor } = await roomIn(s, 'active');
    const startsAt = hourOn(s.sandbox.now(), 3, 10);
    const session = (await post<Session>(s, mentor, `/v1/rooms/${room.id}/sessions`, { startsAt }, 201)).body;
    assert.equal(session.status, 'accepted');
    const seq = lastEventSeq(s);
    const reminded = () =>
      eventsAfter(s, seq)
        .filter((e) => e.type === 'session.reminder' && (e.data.session as Session).id === session.id)
        .map((e) => e.data.before);

    const dayBefore = await moveClock({ to: new Date(Date.parse(startsAt) - 24 * hour).toISOString() });
    assert.equal(dayBefore.status, 200, dayBefore.text);
    assert.deepEqual(reminded(), ['24h']);
    const hourBefore = await moveClock({ to: new Date(Date.parse(startsAt) - hour + 60_000).toISOString() });
    assert.equal(hourBefore.status, 200, hourBefore.text);
    assert.deepEqual(reminded(), ['24h', '1h']);
    await moveClock({ advanceBy: 'PT2H' });
    assert.deepEqual(reminded(), ['24h', '1h'], 'sent once each');
  });
});

describe('durationMs', () => {
  test('reads weeks, days, hours, minutes and seconds; refuses the rest', () => {
    assert.equal(durationMs('PT2H'), 2 * hour);
    assert.equal(durationMs('P1DT30M'), 24 * hour + 30 * 60_000);
    assert.equal(durationMs('P2W'), 14 * 24 * hour);
    assert.equal(durationMs('PT45S'), 45_000);
    for (const refused of ['P', 'PT', 'P1M', 'P1Y', 'PT1.5H', '2H', 'P1W2D']) assert.equal(durationMs(refused), undefined, refused);
  });
});
