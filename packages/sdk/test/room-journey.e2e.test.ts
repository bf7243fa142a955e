// The journey's operations of `Menteo` (issue #11), end to end against a real sandbox over
// HTTP: the agreement proposed and signed by both, a session's meeting link and hat and the help
// fit answered after it, the reviews at the end and what they change. Every answer is also
// checked against the contract. Rooms are made through the API (a new mentee asks the demo
// mentor); the completed sessions are the seed's, so nothing here moves the clock.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { Menteo } from '../src/client.js';
import { requestIdOf } from '../src/core/base-core.js';
import { ConflictError, UnprocessableEntityError } from '../src/core/errors.js';
import type { Room } from '../src/resources/rooms.js';
import { contractChecks } from './support/contract-hooks.js';

let s: TestSandbox;
const checks = contractChecks();
let server: Menteo;
let mentor: Menteo; // Daniel, the demo mentor
let people = 0;

const options = () => ({ baseUrl: s.url, hooks: checks.hooks, retryDelay: { initialDelayMs: 1, maxDelayMs: 5 } });
const day = 86_400_000;

/** A new person signed in through a token function, as a page would be. */
function signedIn(externalUserId: string, name = externalUserId): Menteo {
  const token = async () => (await server.auth.createUserToken({ externalUserId, name })).token;
  return new Menteo({ publishableKey: 'pk_test_demo', token, ...options() });
}

/** A new mentee's request to the demo mentor, at a confidence of 2. */
async function requested(): Promise<{ mentee: Menteo; room: Room }> {
  const mentee = signedIn(`journey-e2e-${process.pid}-${++people}`, `Journey Mentee ${people}`);
  const room = await mentee.rooms.create({
    mentorId: 'men_demomentor',
    goal: 'Lead my first planning cycle without my manager in the room',
    cadence: 'biweekly',
    termWeeks: 12,
    selfEfficacy: 2,
  });
  return { mentee, room };
}

before(async () => {
  s = await startSandbox();
  server = new Menteo({ secretKey: 'sk_test_demo', ...options() });
  mentor = signedIn('demo-mentor', 'Daniel Okafor');
});
after(() => s.close());
afterEach(() => assert.deepEqual(checks.violations.splice(0), [], 'every answer matches the contract'));

describe('the journey of a room', () => {
  it('agreement.propose signs it for the proposer; agreement.accept adds the other sign-off; accepting twice is a ConflictError', async () => {
    const { mentee, room } = await requested();
    assert.deepEqual(room.selfEfficacy, { atStart: 2, atEnd: null });
    assert.deepEqual(room.agreementSignedAt, { mentor: null, mentee: null });

    const text = '- We meet every other week for an hour.\n- I send an agenda the day before.';
    const proposed = await mentor.rooms.agreement.propose(room.id, { agreement: text });
    assert.equal(proposed.agreement, text);
    assert.equal(proposed.viewerRole, 'mentor');
    assert.equal(proposed.agreementSignedAt.mentor, s.db.prepare('SELECT agreement_mentor_signed_at FROM rooms WHERE id = ?').pluck().get(room.id));
    assert.equal(proposed.agreementSignedAt.mentee, null);
    assert.ok(requestIdOf(proposed));

    const signed = await mentee.rooms.agreement.accept(room.id);
    assert.ok(signed.agreementSignedAt.mentee && signed.agreementSignedAt.mentor);
    assert.equal(signed.viewerRole, 'mentee');
    await assert.rejects(mentee.rooms.agreement.accept(room.id), (e: unknown) => e instanceof ConflictError && e.requestId !== null);
  });

  it('sessions.book takes a meeting link and a hat; sessions.answerHelpFit after a completed session, once per side', async () => {
    const flagship = s.db.prepare(`SELECT id FROM rooms WHERE mentor_id = 'men_demomentor' AND mentee_id = 'usr_demomentee'`).pluck().get() as string;
    const from = new Date(s.now().getTime() + 2 * day);
    const { data: slots } = await mentor.mentors.slots('men_demomentor', {
      start: from.toISOString(),
      end: new Date(from.getTime() + 21 * day).toISOString(),
      timeZone: 'UTC',
    });
    const booked = await mentor.rooms.sessions.book(flagship, {
      startsAt: slots[0]!.startsAt,
      meetingUrl: 'https://meet.example.com/daniel-priya',
      hat: 'leader',
    });
    assert.equal(booked.meetingUrl, 'https://meet.example.com/daniel-priya');
    assert.equal(booked.hat, 'leader');
    const mentee = signedIn('demo-mentee', 'Priya Raman');
    await assert.rejects(mentee.rooms.sessions.answerHelpFit(flagship, booked.id, { answer: 'yes' }), ConflictError, 'not completed yet');

    const [done] = await mentee.rooms.sessions.list(flagship, { status: ['completed'] }).toArray({ limit: 100 });
    assert.ok(done);
    const answered = await mentee.rooms.sessions.answerHelpFit(flagship, done.id, { answer: 'partly' });
    assert.deepEqual(answered.helpFit, { mentee: 'partly', mentor: null });
    const both = await mentor.rooms.sessions.answerHelpFit(flagship, done.id, { answer: 'yes' });
    assert.deepEqual(both.helpFit, { mentee: 'partly', mentor: 'yes' });
    await assert.rejects(
      mentee.rooms.sessions.answerHelpFit(flagship, done.id, { answer: 'no' }),
      (e: unknown) => e instanceof ConflictError && /once/.test(e.message),
    );
    await mentor.rooms.sessions.cancel(flagship, booked.id);
  });

  it('reviews.create once the room ended (the mentee with selfEfficacy), reviews.list for both; what a review changes', async () => {
    const { mentee, room } = await requested();
    await assert.rejects(
      mentee.rooms.reviews.create(room.id, { rating: 5, body: 'Early.', goalOutcomes: [], selfEfficacy: 3 }),
      ConflictError,
      'still requested',
    );
    await mentor.rooms.accept(room.id);
    const planning = await mentee.rooms.goals.create(room.id, { title: 'Run the planning meeting' });
    await mentee.rooms.complete(room.id);
    const profile = await mentor.mentors.retrieve('men_demomentor');

    await assert.rejects(
      mentee.rooms.reviews.create(room.id, { rating: 5, body: 'Great questions.', goalOutcomes: [{ goalId: planning.id, outcome: 'achieved' }] }),
      (e: unknown) => e instanceof UnprocessableEntityError && '/selfEfficacy' in e.fieldErrors && e.requestId !== null,
    );
    const review = {
      rating: 5,
      body: 'Asked the questions that made me find my own answers.',
      goalOutcomes: [{ goalId: planning.id, outcome: 'achieved' as const }],
      selfEfficacy: 4,
    };
    const idempotencyKey = `journey-review-${process.pid}`;
    const mine = await mentee.rooms.reviews.create(room.id, review, { idempotencyKey });
    const retried = await mentee.rooms.reviews.create(room.id, review, { idempotencyKey });
    assert.deepEqual(retried, mine, 'a retry with the same key replays the review instead of a 409');
    assert.equal(mine.authorRole, 'mentee');
    assert.equal(mine.selfEfficacy, 4);
    assert.deepEqual(mine.goalOutcomes, [{ goalId: planning.id, outcome: 'achieved' }]);
    const theirs = await mentor.rooms.reviews.create(room.id, {
      rating: 4,
      body: 'Came prepared to every session.',
      goalOutcomes: [{ goalId: planning.id, outcome: 'partly_achieved' }],
    });
    assert.equal(theirs.selfEfficacy, null);

    for (const who of [mentee, mentor]) {
      const { data } = await who.rooms.reviews.list(room.id);
      assert.deepEqual(data, [mine, theirs]);
      const seen = await who.rooms.retrieve(room.id);
      assert.deepEqual(seen.reviewedBy, ['mentee', 'mentor']);
      assert.deepEqual(seen.selfEfficacy, { atStart: 2, atEnd: 4 });
    }
    const after = await mentor.mentors.retrieve('men_demomentor');
    assert.equal(after.stats.reviewCount, profile.stats.reviewCount + 1, 'the mentee’s review is published on the profile');

    await assert.rejects(
      mentor.rooms.reviews.create(room.id, { rating: 3, body: 'Again.', goalOutcomes: [{ goalId: planning.id, outcome: 'achieved' }] }),
      (e: unknown) => e instanceof ConflictError && e.status === 409 && e.requestId !== null,
    );
    assert.equal((await mentor.rooms.reviews.list(room.id)).data.length, 2, 'nothing written');
  });
});
