import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { components } from '@menteo/api';
import {
  counts,
  eventsAfter,
  get,
  lastEventSeq,
  person,
  post,
  roomIn,
  roomRequest,
  mentor,
  type Goal,
  type Person,
  type Problem,
  type Room,
} from './rooms-fixtures.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type RoomReview = components['schemas']['RoomReview'];
type Mentor = components['schemas']['Mentor'];
type ReviewList = components['schemas']['ReviewList'];

let s: TestSandbox;
before(async () => {
  s = await startSandbox();
});
after(() => s.close());

/** A room asked for with a confidence of 2, three goals (one dropped), then `ended` by the mentee. */
async function endedRoom(ended: 'complete' | 'close' = 'complete') {
  const m = await mentor(s);
  const mentee = await person(s);
  const asked = (await post<Room>(s, mentee, '/v1/rooms', roomRequest(m.mentorId, { selfEfficacy: 2 }), 201)).body;
  assert.deepEqual(asked.selfEfficacy, { atStart: 2, atEnd: null });
  await post(s, m, `/v1/rooms/${asked.id}/accept`, undefined, 200);
  const goals: Goal[] = [];
  for (const title of ['Run the quarter’s planning', 'Delegate code reviews', 'Write the hiring plan']) {
    goals.push((await post<Goal>(s, mentee, `/v1/rooms/${asked.id}/goals`, { title }, 201)).body);
  }
  await s.request('PATCH', `/v1/rooms/${asked.id}/goals/${goals[2]!.id}`, { auth: mentee.token, body: { status: 'dropped' } });
  const body = ended === 'close' ? { reason: 'We agreed to stop early.' } : undefined;
  const room = (await post<Room>(s, mentee, `/v1/rooms/${asked.id}/${ended}`, body, 200)).body;
  return { room, mentor: m, mentee, goals };
}

const menteeReview = (goals: Goal[]) => ({
  rating: 5,
  body: 'Asked the questions that made me find my own answers.',
  goalOutcomes: [
    { goalId: goals[1]!.id, outcome: 'partly_achieved' },
    { goalId: goals[0]!.id, outcome: 'achieved' },
  ],
  selfEfficacy: 4,
});

describe('room reviews', () => {
  test('each side reviews once; the room shows who did and the change in confidence; both read both', async () => {
    const { room, mentor: m, mentee, goals } = await endedRoom();
    assert.deepEqual(room.reviewedBy, []);
    const mine = (await post<RoomReview>(s, mentee, `/v1/rooms/${room.id}/reviews`, menteeReview(goals), 201)).body;
    assert.equal(mine.authorRole, 'mentee');
    assert.equal(mine.author.id, mentee.userId);
    assert.deepEqual(
      mine.goalOutcomes,
      [
        { goalId: goals[0]!.id, outcome: 'achieved' },
        { goalId: goals[1]!.id, outcome: 'partly_achieved' },
      ],
      'in the goals’ order, the dropped goal left out',
    );
    const theirs = (
      await post<RoomReview>(
        s,
        m,
        `/v1/rooms/${room.id}/reviews`,
        {
          rating: 4,
          body: 'Came prepared to every session.',
          goalOutcomes: [
            { goalId: goals[0]!.id, outcome: 'achieved' },
            { goalId: goals[1]!.id, outcome: 'not_achieved' },
          ],
        },
        201,
      )
    ).body;
    assert.equal(theirs.selfEfficacy, null);

    for (const who of [mentee, m]) {
      const seen = (await get<Room>(s, who, `/v1/rooms/${room.id}`, undefined, 200)).body;
      assert.deepEqual(seen.selfEfficacy, { atStart: 2, atEnd: 4 });
      assert.deepEqual(seen.reviewedBy, ['mentee', 'mentor']);
      const list = (await get<{ data: RoomReview[] }>(s, who, `/v1/rooms/${room.id}/reviews`, undefined, 200)).body;
      assert.deepEqual(list.data, [mine, theirs]);
    }

    const again = await post<Problem>(s, mentee, `/v1/rooms/${room.id}/reviews`, menteeReview(goals), 409);
    assert.match(again.body.detail!, /once/);
  });

  test('the mentee’s review is published on the mentor’s profile and moves their rating; the mentor’s is not', async () => {
    const { room, mentor: m, mentee, goals } = await endedRoom();
    const before = (await get<Mentor>(s, mentee, `/v1/mentors/${m.mentorId}`, undefined, 200)).body;
    assert.equal(before.stats.reviewCount, 0);
    await post(s, m, `/v1/rooms/${room.id}/reviews`, { rating: 2, body: 'Often late.', goalOutcomes: menteeReview(goals).goalOutcomes }, 201);
    const review = (await post<RoomReview>(s, mentee, `/v1/rooms/${room.id}/reviews`, { ...menteeReview(goals), rating: 3 }, 201)).body;
    const profile = (await get<Mentor>(s, mentee, `/v1/mentors/${m.mentorId}`, undefined, 200)).body;
    assert.equal(profile.stats.reviewCount, 1);
    assert.equal(profile.stats.ratingAvg, 3);
    const published = (await get<ReviewList>(s, mentee, `/v1/mentors/${m.mentorId}/reviews`, undefined, 200)).body.data;
    assert.deepEqual(
      published.map((r) => ({ id: r.id, rating: r.rating, body: r.body, author: r.author.id })),
      [{ id: review.id, rating: 3, body: review.body, author: mentee.userId }],
    );
  });

  test('a room closed early is reviewed too; a running, requested or declined one is not (409, nothing written)', async () => {
    const closed = await endedRoom('close');
    await post(s, closed.mentee, `/v1/rooms/${closed.room.id}/reviews`, menteeReview(closed.goals), 201);
    for (const status of ['requested', 'active', 'paused', 'declined'] as const) {
      const { room, mentee } = await roomIn(s, status);
      const before = counts(s);
      const refused = await post<Problem>(s, mentee, `/v1/rooms/${room.id}/reviews`, { rating: 5, body: 'Great.', goalOutcomes: [], selfEfficacy: 3 }, 409);
      assert.match(refused.body.detail!, new RegExp(`this room is ${status}`));
      assert.deepEqual(counts(s), before);
    }
  });

  test('every goal that was not dropped needs one outcome: each mistake names its field, and nothing is written', async () => {
    const { room, mentee, goals } = await endedRoom();
    const other = await endedRoom();
    const [first, second, dropped] = goals;
    const cases: [outcomes: { goalId: string; outcome: string }[], pointer: string, detail: RegExp][] = [
      [[{ goalId: first!.id, outcome: 'achieved' }], '/goalOutcomes', new RegExp(`missing ${second!.id}`)],
      [[{ goalId: dropped!.id, outcome: 'achieved' }], '/goalOutcomes/0/goalId', /dropped/],
      [
        [
          { goalId: first!.id, outcome: 'achieved' },
          { goalId: other.goals[0]!.id, outcome: 'achieved' },
        ],
        '/goalOutcomes/1/goalId',
        /not a goal of room/,
      ],
      [
        [
          { goalId: first!.id, outcome: 'achieved' },
          { goalId: first!.id, outcome: 'not_achieved' },
        ],
        '/goalOutcomes/1/goalId',
        /already/,
      ],
      [[{ goalId: first!.id, outcome: 'mostly' }], '/goalOutcomes/0/outcome', /./],
    ];
    for (const [goalOutcomes, pointer, detail] of cases) {
      const before = counts(s);
      const res = await post<Problem & { errors?: { pointer: string; detail: string }[] }>(s, mentee, `/v1/rooms/${room.id}/reviews`, {
        ...menteeReview(goals),
        goalOutcomes,
      });
      assert.ok(res.status === 422 || res.status === 400, `${pointer}: ${res.text}`);
      const error = res.body.errors?.find((e) => e.pointer === pointer);
      assert.ok(error, `${pointer} named in ${res.text}`);
      assert.match(error.detail, detail);
      assert.deepEqual(counts(s), before);
    }
  });

  test('the mentee answers how confident they are; the mentor may not answer for them', async () => {
    const { room, mentor: m, mentee, goals } = await endedRoom();
    const { selfEfficacy: _left, ...withoutAnswer } = menteeReview(goals);
    const missing = await post<Problem & { errors: { pointer: string }[] }>(s, mentee, `/v1/rooms/${room.id}/reviews`, withoutAnswer, 422);
    assert.equal(missing.body.errors[0]!.pointer, '/selfEfficacy');
    const answered = await post<Problem & { errors: { pointer: string }[] }>(s, m, `/v1/rooms/${room.id}/reviews`, menteeReview(goals), 422);
    assert.equal(answered.body.errors[0]!.pointer, '/selfEfficacy');
    const tooHigh = await post<Problem & { errors: { pointer: string }[] }>(s, mentee, `/v1/rooms/${room.id}/reviews`, {
      ...menteeReview(goals),
      selfEfficacy: 6,
    });
    assert.equal(tooHigh.status, 422);
    assert.equal(tooHigh.body.errors[0]!.pointer, '/selfEfficacy');
  });

  test('only the two participants read or write a room’s reviews (404 for anyone else)', async () => {
    const { room, goals } = await endedRoom();
    const stranger: Person = await person(s);
    const outsider: Person = await person(s, 'acme');
    for (const who of [stranger, outsider]) {
      await get(s, who, `/v1/rooms/${room.id}/reviews`, undefined, 404);
      const before = counts(s);
      await post(s, who, `/v1/rooms/${room.id}/reviews`, menteeReview(goals), 404);
      assert.deepEqual(counts(s), before);
    }
  });

  test('a retried review (same Idempotency-Key) is the same review, written once', async () => {
    const { room, mentee, goals } = await endedRoom();
    const headers = { 'Idempotency-Key': `review-${room.id}` };
    const first = await post<RoomReview>(s, mentee, `/v1/rooms/${room.id}/reviews`, menteeReview(goals), 201, headers);
    const before = counts(s);
    const retried = await post<RoomReview>(s, mentee, `/v1/rooms/${room.id}/reviews`, menteeReview(goals), 201, headers);
    assert.deepEqual(retried.body, first.body);
    assert.deepEqual(counts(s), before);
  });

  test('room.reviewed reaches both participants and their organization, followed by the room’s new view', async () => {
    const { room, mentor: m, mentee, goals } = await endedRoom();
    const seq = lastEventSeq(s);
    const review = (await post<RoomReview>(s, mentee, `/v1/rooms/${room.id}/reviews`, menteeReview(goals), 201)).body;
    const events = eventsAfter(s, seq);
    assert.deepEqual(
      events.map((e) => e.type),
      ['room.reviewed', 'room.updated'],
    );
    assert.deepEqual(events[0]!.data, review);
    assert.deepEqual(events[0]!.audience.sort(), [m.userId, mentee.userId].sort());
    assert.deepEqual((events[1]!.data as Room).reviewedBy, ['mentee']);
    const orgs = s.db
      .prepare('SELECT org_id FROM event_orgs WHERE event_seq = ?')
      .pluck()
      .all(seq + 1);
    assert.deepEqual(orgs, ['org_demo'], 'delivered to org_demo’s webhooks, and no one else’s');
    // The other participant's stream carries it.
    const polled = await s.request<{ data: { type: string; data: unknown }[] }>('GET', '/v1/events', {
      auth: m.token,
      query: { after: String(seq), types: ['room.reviewed'] },
      headers: { Accept: 'application/json' },
    });
    assert.equal(polled.status, 200, polled.text);
    assert.deepEqual(
      polled.body.data.map((e) => e.data),
      [review],
    );
  });
});
