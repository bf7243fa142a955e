// `client.introCalls` (issue #11) end to end against a real sandbox over HTTP: booking on one of
// the demo mentor's slots (read from the sandbox's own listMentorSlots, so any date works), both
// people's views, the slot taken and given back, the refusals as typed errors, the
// Idempotency-Key on each POST, and pages. Every answer is also checked against the contract.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { Menteo } from '../src/client.js';
import { requestIdOf } from '../src/core/base-core.js';
import { ConflictError, NotFoundError, UnprocessableEntityError } from '../src/core/errors.js';
import type { IntroCall } from '../src/resources/intro-calls.js';
import { contractChecks } from './support/contract-hooks.js';

let s: TestSandbox;
const checks = contractChecks();
/** The Idempotency-Key of every POST or PATCH to an intro-calls path, in order. */
const keys: (string | null)[] = [];
let server: Menteo;
let mentor: Menteo; // Daniel, the demo mentor: a free 20-minute intro call in the seed
let people = 0;

const options = () => ({
  baseUrl: s.url,
  hooks: {
    ...checks.hooks,
    beforeRequest: [
      ...(checks.hooks.beforeRequest ?? []),
      (request: Request) => {
        if (request.method !== 'GET' && request.url.includes('intro-calls')) keys.push(request.headers.get('idempotency-key'));
      },
    ],
  },
  retryDelay: { initialDelayMs: 1, maxDelayMs: 5 },
});
const day = 86_400_000;

/** A new person signed in through a token function, as a page would be. */
function signedIn(externalUserId: string, name = externalUserId): Menteo {
  const token = async () => (await server.auth.createUserToken({ externalUserId, name })).token;
  return new Menteo({ publishableKey: 'pk_test_demo', token, ...options() });
}
const someone = () => signedIn(`intro-e2e-${process.pid}-${++people}`, `Intro Visitor ${people}`);

/** The demo mentor's open slots over the next two weeks of the sandbox's clock. */
async function openSlots(): Promise<string[]> {
  const from = new Date(s.now().getTime() + day);
  const { data } = await mentor.mentors.slots('men_demomentor', {
    start: from.toISOString(),
    end: new Date(from.getTime() + 14 * day).toISOString(),
    timeZone: 'UTC',
  });
  return data.map((slot) => slot.startsAt);
}

before(async () => {
  s = await startSandbox();
  server = new Menteo({ secretKey: 'sk_test_demo', ...options() });
  mentor = signedIn('demo-mentor', 'Daniel Okafor');
});
after(() => s.close());
afterEach(() => assert.deepEqual(checks.violations.splice(0), [], 'every answer matches the contract'));

describe('client.introCalls', () => {
  it('book takes a slot for 20 minutes; both people retrieve and list it; the slot is gone; a second booker of it gets slot_unavailable', async () => {
    const visitor = someone();
    const [startsAt] = await openSlots();
    assert.ok(startsAt, 'the demo mentor has open slots');
    keys.length = 0;
    const call = await visitor.introCalls.book('men_demomentor', { startsAt, message: 'Do we fit?' });
    assert.equal(call.status, 'booked');
    assert.equal(call.startsAt, startsAt);
    assert.equal(Date.parse(call.endsAt) - Date.parse(startsAt), call.durationMinutes * 60_000);
    assert.equal(call.durationMinutes, 20);
    assert.equal(call.message, 'Do we fit?');
    assert.equal(call.viewerRole, 'mentee');
    assert.equal(call.mentor.id, 'men_demomentor');
    assert.ok(requestIdOf(call));
    assert.match(keys[0] ?? '', /\S/, 'the POST carries an Idempotency-Key');

    assert.deepEqual(await visitor.introCalls.retrieve(call.id), call);
    const seen = await mentor.introCalls.retrieve(call.id);
    assert.equal(seen.viewerRole, 'mentor');
    assert.deepEqual((await visitor.introCalls.list()).data, [call]);
    const booked = await mentor.introCalls.list({ status: 'booked' }).toArray({ limit: 1000 });
    assert.deepEqual(
      booked.filter((c) => c.id === call.id),
      [seen],
    );
    assert.ok(!(await openSlots()).includes(startsAt), 'listMentorSlots no longer offers it');

    await assert.rejects(
      someone().introCalls.book('men_demomentor', { startsAt }),
      (e: unknown) => e instanceof ConflictError && e.code === 'slot_unavailable' && e.requestId !== null,
    );
    await mentor.introCalls.cancel(call.id);
  });

  it('cancel by either person gives the slot back; cancelling twice is invalid_transition; anyone else gets NotFoundError', async () => {
    const visitor = someone();
    const [startsAt] = await openSlots();
    assert.ok(startsAt);
    const call = await visitor.introCalls.book('men_demomentor', { startsAt });
    await assert.rejects(someone().introCalls.retrieve(call.id), (e: unknown) => e instanceof NotFoundError && e.requestId !== null);
    await assert.rejects(someone().introCalls.cancel(call.id), NotFoundError);

    const cancelled = await mentor.introCalls.cancel(call.id, { reason: 'Travelling that week; please pick another time.' });
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.cancelReason, 'Travelling that week; please pick another time.');
    assert.equal(cancelled.viewerRole, 'mentor');
    assert.equal((await visitor.introCalls.retrieve(call.id)).status, 'cancelled');
    assert.ok((await openSlots()).includes(startsAt), 'the slot is open again');
    assert.deepEqual((await visitor.introCalls.list({ status: 'booked' })).data, []);
    assert.deepEqual(
      (await visitor.introCalls.list({ status: 'cancelled' })).data.map((c) => c.id),
      [call.id],
    );

    await assert.rejects(visitor.introCalls.cancel(call.id), (e: unknown) => e instanceof ConflictError && e.code === 'invalid_transition');
    const again = await visitor.introCalls.book('men_demomentor', { startsAt });
    assert.notEqual(again.id, call.id, 'a new booking once the old one is cancelled');
    await visitor.introCalls.cancel(again.id);
  });

  it('one open call per pair (conflict), none with oneself (422); the same Idempotency-Key replays a booking, each call sends its own', async () => {
    const visitor = someone();
    const [first, second] = await openSlots();
    assert.ok(first && second);
    keys.length = 0;
    const idempotencyKey = `intro-e2e-${process.pid}-replay`;
    const call = await visitor.introCalls.book('men_demomentor', { startsAt: first }, { idempotencyKey });
    const replayed = await visitor.introCalls.book('men_demomentor', { startsAt: first }, { idempotencyKey });
    assert.deepEqual(replayed, call, 'a retry with the same key gets the first answer, not a 409');
    assert.deepEqual(keys, [idempotencyKey, idempotencyKey]);

    await assert.rejects(
      visitor.introCalls.book('men_demomentor', { startsAt: second }),
      (e: unknown) => e instanceof ConflictError && e.code === 'conflict' && e.message.includes(call.id),
    );
    await assert.rejects(
      mentor.introCalls.book('men_demomentor', { startsAt: second }),
      (e: unknown) => e instanceof UnprocessableEntityError && '/mentorId' in e.fieldErrors,
    );
    assert.equal(keys.length, 4);
    assert.equal(new Set(keys.slice(2)).size, 2, 'without a key of the caller’s, each POST gets a new one');
    assert.ok(!keys.slice(2).includes(idempotencyKey));

    assert.deepEqual((await visitor.introCalls.list()).data, [call], 'the refusals wrote nothing');
    await visitor.introCalls.cancel(call.id);
  });

  it('list pages with for await: the mentor sees every person’s call, in startsAt order', async () => {
    const slots = await openSlots();
    const made: IntroCall[] = [];
    for (const startsAt of slots.slice(0, 3)) made.push(await someone().introCalls.book('men_demomentor', { startsAt }));
    const pages = new Set<string>();
    const seen: IntroCall[] = [];
    for await (const call of mentor.introCalls.list({ status: 'booked', limit: 1 })) seen.push(call);
    for (const r of checks.requests) if (r.url.pathname === '/v1/intro-calls') pages.add(r.url.searchParams.get('cursor') ?? 'first');
    assert.ok(pages.size >= 3, `one request per page of one (${pages.size})`);
    assert.deepEqual(
      seen.filter((c) => made.some((m) => m.id === c.id)).map((c) => c.id),
      made.map((m) => m.id),
    );
    assert.ok(seen.every((c, i) => i === 0 || seen[i - 1]!.startsAt <= c.startsAt));
    for (const call of made) await mentor.introCalls.cancel(call.id);
  });

  it('update sets, changes and clears the meeting link, by either person, with an Idempotency-Key; refusals are typed', async () => {
    const visitor = someone();
    const [startsAt] = await openSlots();
    assert.ok(startsAt);
    const call = await visitor.introCalls.book('men_demomentor', { startsAt, meetingUrl: 'https://meet.example/first' });
    assert.equal(call.meetingUrl, 'https://meet.example/first', 'set when booking');
    keys.length = 0;
    const changed = await mentor.introCalls.update(call.id, { meetingUrl: 'https://meet.example/daniel' });
    assert.equal(changed.meetingUrl, 'https://meet.example/daniel');
    assert.equal(changed.viewerRole, 'mentor');
    assert.ok(requestIdOf(changed));
    assert.match(keys[0] ?? '', /\S/, 'the PATCH carries an Idempotency-Key');
    assert.equal((await visitor.introCalls.retrieve(call.id)).meetingUrl, 'https://meet.example/daniel', 'the other person sees it');

    const idempotencyKey = `intro-e2e-${process.pid}-link`;
    const cleared = await visitor.introCalls.update(call.id, { meetingUrl: null }, { idempotencyKey });
    assert.equal(cleared.meetingUrl, null);
    const replayed = await visitor.introCalls.update(call.id, { meetingUrl: null }, { idempotencyKey });
    assert.deepEqual(replayed, cleared, 'a retry with the same key gets the first answer');

    await assert.rejects(
      visitor.introCalls.update(call.id, { meetingUrl: 'javascript:alert(1)' }),
      (e: unknown) => e instanceof UnprocessableEntityError && '/meetingUrl' in e.fieldErrors && e.requestId !== null,
    );
    await assert.rejects(someone().introCalls.update(call.id, { meetingUrl: 'https://meet.example/x' }), NotFoundError);
    await visitor.introCalls.cancel(call.id);
    await assert.rejects(
      mentor.introCalls.update(call.id, { meetingUrl: 'https://meet.example/late' }),
      (e: unknown) => e instanceof ConflictError && e.code === 'invalid_transition',
    );
    assert.equal((await visitor.introCalls.retrieve(call.id)).meetingUrl, null, 'the refusals wrote nothing');
  });
});
