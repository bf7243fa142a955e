// The journey's stores against the in-process sandbox behind msw: the agreement (the room takes
// the server's answer), reviews (the review joins roomReviews, the room shows it exactly as the
// server does, the mentor's profile reloads), help fit (the session lists take the server's
// session), refusals as typed errors that change no store, and `room.reviewed` arriving live from
// the other participant. Rooms are made through the API (a new mentee asks the demo mentor); the
// completed sessions are the seed's, so nothing here depends on the date.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi, sleep } from '../../test/support/mock-api.js';
import { mounted, until, waitFor } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { ConflictError, UnprocessableEntityError } from '../core/errors.js';
import { Rooms, type Room } from '../resources/rooms.js';
import {
  createStoreContext,
  createStores,
  memoryStorage,
  mentorProfileStores,
  roomPlanStores,
  roomReviewStores,
  roomStores,
  type StoreContext,
  type StoresOptions,
} from './index.js';

const api = mockApi();
let mentor: string;
let people = 0;

const client = (token: string) => new MenteoCore({ publishableKey: 'pk_test_demo', ...fast, maxRetries: 0, token });
const contexts: StoreContext[] = [];
const make = (token: string, options: StoresOptions = {}) => {
  const context = createStoreContext(client(token), { live: false, graceMs: 5, storage: memoryStorage(), ...options });
  contexts.push(context);
  return { context, ...roomStores(context), ...roomPlanStores(context), ...roomReviewStores(context), ...mentorProfileStores(context) };
};
after(() => {
  for (const c of contexts) c.dispose();
});
before(async () => {
  mentor = await api.data.tokenFor('demo-mentor');
});

/** A new mentee's request to the demo mentor (confidence 2 at the start). */
async function requested(): Promise<{ mentee: string; room: Room }> {
  const mentee = await api.data.tokenFor(`journey-stores-${process.pid}-${++people}`);
  const room = await new Rooms(client(mentee)).create({
    mentorId: 'men_demomentor',
    goal: 'Lead my first planning cycle without my manager in the room',
    cadence: 'biweekly',
    termWeeks: 12,
    selfEfficacy: 2,
  });
  return { mentee, room };
}

/** A room the demo mentor accepted, with one goal, then completed by the mentee. */
async function ended(): Promise<{ mentee: string; room: Room; goalId: string }> {
  const { mentee, room } = await requested();
  await new Rooms(client(mentor)).accept(room.id);
  const goal = await new Rooms(client(mentee)).goals.create(room.id, { title: 'Run the planning meeting' });
  return { mentee, room: await new Rooms(client(mentee)).complete(room.id), goalId: goal.id };
}

const refused = (type: typeof ConflictError | typeof UnprocessableEntityError) => (error: unknown) =>
  error instanceof type && typeof error.requestId === 'string' && error.requestId.length > 0;

describe('the journey stores', () => {
  it('proposeAgreement and acceptAgreement: the room store takes each answer; a second accept is a ConflictError that changes nothing', async () => {
    const { mentee, room } = await requested();
    const daniel = make(mentor);
    const $room = daniel.room(room.id);
    const $requests = daniel.rooms({ role: 'mentor', status: ['requested'] });
    const stops = [await mounted($room, (s) => !!s.data), await mounted($requests, (s) => s.loaded)];
    const listLoads = api.callsTo('/v1/rooms', 'GET').length;

    const proposed = await daniel.proposeAgreement(room.id, '- We meet every other week.\n- Agendas the day before.');
    assert.deepEqual($room.get().data, proposed, 'the room is the server’s answer, without a reload');
    assert.ok(proposed.agreementSignedAt.mentor);
    assert.equal(proposed.agreementSignedAt.mentee, null);
    await waitFor(() => api.callsTo('/v1/rooms', 'GET').length > listLoads); // ['rooms'] was named
    await until($requests, (s) => !s.loading && s.items.some((r) => r.id === room.id && r.agreement === proposed.agreement));

    const priya = make(mentee);
    const $hers = priya.room(room.id);
    stops.push(await mounted($hers, (s) => !!s.data));
    const signed = await priya.acceptAgreement(room.id);
    assert.ok(signed.agreementSignedAt.mentee);
    assert.deepEqual($hers.get().data, signed);

    const before = $hers.get();
    await assert.rejects(priya.acceptAgreement(room.id), refused(ConflictError));
    assert.deepEqual($hers.get(), before);
    assert.ok(priya.context.lastError.get() instanceof ConflictError);
    for (const stop of stops) stop();
  });

  it('reviewRoom: the review joins roomReviews at once; the room, room lists and the mentor’s profile reload; 422 and 409 change nothing', async () => {
    const { mentee, room, goalId } = await ended();
    const priya = make(mentee);
    const $room = priya.room(room.id);
    const $reviews = priya.roomReviews(room.id);
    const $mentor = priya.mentor('men_demomentor');
    const $rooms = priya.rooms({ status: ['completed'] });
    const stops = [
      await mounted($room, (s) => !!s.data),
      await mounted($reviews, (s) => !!s.data),
      await mounted($mentor, (s) => !!s.data),
      await mounted($rooms, (s) => s.loaded),
    ];
    assert.deepEqual($reviews.get().data, []);
    const rating = $mentor.get().data!.stats.reviewCount;
    const roomPath = `/v1/rooms/${room.id}`;
    const loads = () =>
      [roomPath, `${roomPath}/reviews`, '/v1/rooms', '/v1/mentors', '/v1/mentors/men_demomentor'].map((path) => api.callsTo(path, 'GET').length);
    const unchanged = () => [$room.get(), $reviews.get(), $mentor.get(), $rooms.get(), loads()];

    const before = unchanged();
    const review = { rating: 5, body: 'Asked the questions that made me find my own answers.', goalOutcomes: [{ goalId, outcome: 'achieved' as const }] };
    await assert.rejects(priya.reviewRoom(room.id, review), (error: unknown) => {
      assert.ok(refused(UnprocessableEntityError)(error));
      assert.ok('/selfEfficacy' in (error as UnprocessableEntityError).fieldErrors);
      return true;
    });
    assert.deepEqual(unchanged(), before, 'a 422 changes no store and reloads none');

    const [roomLoads, reviewLoads, listLoads] = loads() as [number, number, number];
    const mine = await priya.reviewRoom(room.id, { ...review, selfEfficacy: 4 });
    assert.deepEqual($reviews.get().data, [mine], 'the server’s review, at once');
    // ['room', roomId], ['rooms'] and ['mentor'] were named: each subscribed store reloads.
    await until($room, (s) => !s.loading && s.data?.reviewedBy.join() === 'mentee');
    assert.deepEqual($room.get().data!.selfEfficacy, { atStart: 2, atEnd: 4 });
    await until($rooms, (s) => !s.loading && s.items.find((r) => r.id === room.id)?.reviewedBy.join() === 'mentee');
    await until($mentor, (s) => !s.loading && s.data?.stats.reviewCount === rating + 1);
    const [roomNow, reviewsNow, listsNow] = loads() as [number, number, number];
    assert.equal(roomNow, roomLoads + 1);
    assert.equal(listsNow, listLoads + 1);
    assert.equal(reviewsNow, reviewLoads, 'the reviews took the answer without a reload');

    const after = unchanged();
    await assert.rejects(priya.reviewRoom(room.id, { ...review, selfEfficacy: 5 }), refused(ConflictError));
    assert.deepEqual(unchanged(), after, 'a 409 changes no store and reloads none');
    assert.ok(priya.context.lastError.get() instanceof ConflictError);
    for (const stop of stops) stop();
  });

  it('follows room.reviewed live: the other participant’s review reaches roomReviews and the room without a reload', async () => {
    const { mentee, room, goalId } = await ended();
    const priya = make(mentee, { live: true });
    const $room = priya.room(room.id);
    const $reviews = priya.roomReviews(room.id);
    const stops = [await mounted($room, (s) => !!s.data), await mounted($reviews, (s) => !!s.data)];
    await waitFor(() => api.callsTo('/v1/events').length > 0);
    await sleep(60);
    const reviewLoads = api.callsTo(`/v1/rooms/${room.id}/reviews`, 'GET').length;

    const theirs = await new Rooms(client(mentor)).reviews.create(room.id, {
      rating: 4,
      body: 'Came prepared to every session.',
      goalOutcomes: [{ goalId, outcome: 'partly_achieved' }],
    });
    await until($reviews, (s) => s.data?.some((r) => r.id === theirs.id) ?? false);
    assert.deepEqual($reviews.get().data, [theirs]);
    await until($room, (s) => s.data?.reviewedBy.includes('mentor') ?? false);
    assert.equal($room.get().data!.viewerRole, 'mentee', 'our own view of the room is kept');
    assert.equal(api.callsTo(`/v1/rooms/${room.id}/reviews`, 'GET').length, reviewLoads, 'the event carried the review');
    for (const stop of stops) stop();
  });

  it('answerHelpFit: the session lists take the server’s session and refresh; a second answer is a ConflictError that changes nothing', async () => {
    const flagship = api.data.flagshipRoomId();
    const priya = make(await api.data.tokenFor('demo-mentee'));
    const $done = priya.roomSessions(flagship, { status: ['completed'] });
    const stop = await mounted($done, (s) => s.loaded);
    const session = $done.get().items.find((s) => s.helpFit.mentee === null)!;
    assert.ok(session, 'a completed session of the seed, not answered yet');
    const loads = api.callsTo(`/v1/rooms/${flagship}/sessions`, 'GET').length;

    const answered = await priya.answerHelpFit(flagship, session.id, 'partly');
    assert.deepEqual(answered.helpFit, { mentee: 'partly', mentor: null });
    assert.deepEqual(
      $done.get().items.find((s) => s.id === session.id),
      answered,
      'the server’s session, before any reload',
    );
    await waitFor(() => api.callsTo(`/v1/rooms/${flagship}/sessions`, 'GET').length > loads); // ['roomSessions', roomId] was named
    await until($done, (s) => !s.loading && s.items.find((x) => x.id === session.id)?.helpFit.mentee === 'partly');

    const before = $done.get();
    await assert.rejects(priya.answerHelpFit(flagship, session.id, 'no'), refused(ConflictError));
    assert.deepEqual($done.get(), before);
    stop();
  });

  it('createStores carries the journey stores: the same stores as the domains give', () => {
    const stores = createStores(client(mentor), { live: false, storage: memoryStorage() });
    contexts.push(stores);
    assert.equal(stores.roomReviews('room_x'), roomReviewStores(stores).roomReviews('room_x'));
    assert.equal(stores.roomSessions('room_x'), roomPlanStores(stores).roomSessions('room_x'));
    assert.equal(typeof stores.reviewRoom, 'function');
    assert.equal(typeof stores.answerHelpFit, 'function');
    assert.equal(typeof stores.proposeAgreement, 'function');
    assert.equal(typeof stores.acceptAgreement, 'function');
  });
});
