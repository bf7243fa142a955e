// The room plan stores against the in-process sandbox behind msw: goals (optimistic progress
// and its exact rollback), sessions and the mentor's slots (booking, a taken slot, accepting and
// cancelling), the read marker, and `session.updated` arriving live from the other participant.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi, sleep } from '../../test/support/mock-api.js';
import { MenteoCore } from '../core/client-core.js';
import { APIError } from '../core/errors.js';
import { Rooms, type Room } from '../resources/rooms.js';
import { createStoreContext, roomPlanStores, roomStores, memoryStorage, type StoreContext, type StoresOptions } from './index.js';
import { mounted, until, waitFor } from '../../test/support/store-waits.js';

const api = mockApi();
let mentee: string;
let mentor: string;
let flagship: Room;

const client = (token: string) => new MenteoCore({ publishableKey: 'pk_test_demo', ...fast, maxRetries: 0, token });
const contexts: StoreContext[] = [];
const make = (token: string, options: StoresOptions = {}) => {
  const context = createStoreContext(client(token), { live: false, graceMs: 5, storage: memoryStorage(), ...options });
  contexts.push(context);
  return { context, ...roomPlanStores(context) };
};
after(() => {
  for (const c of contexts) c.dispose();
});

before(async () => {
  mentee = await api.data.tokenFor('demo-mentee');
  mentor = await api.data.tokenFor('demo-mentor');
  const { data } = await new Rooms(client(mentee)).list({ status: ['active'], role: 'mentee' });
  flagship = data.find((r) => r.mentor.id === 'men_demomentor')!;
  assert.ok(flagship, 'the seeded flagship room');
});

const upcoming = { status: ['pending', 'accepted'] as ('pending' | 'accepted')[] };
const nextTwoWeeks = () => {
  const start = new Date(Math.ceil(api.data.now().getTime() / 3_600_000) * 3_600_000);
  return { start: start.toISOString(), end: new Date(start.getTime() + 14 * 86_400_000).toISOString() };
};

describe('roomPlanStores', () => {
  it('lists goals, shows a progress change at once and keeps the server’s answer', async () => {
    const stores = make(mentee);
    const $goals = stores.roomGoals(flagship.id);
    const stop = await mounted($goals, (s) => s.loaded);
    const titles = $goals.get().items.map((g) => g.title);
    assert.deepEqual(titles.toSorted(), ['Give a talk at the engineering all-hands', 'Hand code-review ownership to the team', 'Run Q3 planning end to end']);
    const at = titles.indexOf('Hand code-review ownership to the team');
    const goal = $goals.get().items[at]!;
    assert.equal(goal.progress, 45);
    const write = stores.updateGoal(flagship.id, goal.id, { progress: 60 });
    assert.equal($goals.get().items[at]!.progress, 60, 'optimistic');
    const saved = await write;
    assert.equal(saved.progress, 60);
    assert.equal($goals.get().items[at]!.updatedAt, saved.updatedAt, 'the server’s version replaced the optimistic one');
    await stores.updateGoal(flagship.id, goal.id, { progress: 45 });
    stop();
  });

  it('undoes exactly a refused goal change and records the error', async () => {
    const stores = make(mentee);
    const $goals = stores.roomGoals(flagship.id);
    const stop = await mounted($goals, (s) => s.loaded);
    const at = $goals.get().items.findIndex((g) => g.status === 'open');
    const goal = $goals.get().items[at]!;
    // Achieved with less than 100 % is a real 422 of the API.
    const write = stores.updateGoal(flagship.id, goal.id, { status: 'achieved', progress: 50 });
    assert.equal($goals.get().items[at]!.status, 'achieved');
    await assert.rejects(write, (error: unknown) => error instanceof APIError && error.status === 422);
    assert.deepEqual($goals.get().items[at], goal);
    assert.equal(stores.context.lastError.get()?.message !== undefined, true);
    stop();
  });

  it('adds a goal to the list', async () => {
    const stores = make(mentor);
    const $goals = stores.roomGoals(flagship.id);
    const stop = await mounted($goals, (s) => s.loaded);
    const before = $goals.get().items.length;
    const goal = await stores.createGoal(flagship.id, { title: `Plan the next quarter ${process.pid}` });
    assert.equal($goals.get().items.length, before + 1);
    assert.equal($goals.get().items.at(-1)!.id, goal.id);
    await new Rooms(client(mentor)).goals.delete(flagship.id, goal.id);
    stop();
  });

  it('books a slot: the session joins the list, the slot leaves the mentor’s slots; a taken slot is a 409 that refreshes them', async () => {
    const stores = make(mentee);
    const range = nextTwoWeeks();
    const $slots = stores.mentorSlots(flagship.mentor.id, range);
    const $sessions = stores.roomSessions(flagship.id, upcoming);
    const stops = [await mounted($slots, (s) => !!s.data), await mounted($sessions, (s) => s.loaded)];
    const slot = $slots.get().data!.data[0]!;
    const sessionsBefore = $sessions.get().items.length;
    const session = await stores.bookSession(flagship.id, flagship.mentor.id, { startsAt: slot.startsAt, agenda: 'Stores test' });
    assert.equal(session.status, 'pending');
    assert.ok($sessions.get().items.some((s) => s.id === session.id));
    await until($slots, (s) => !s.loading && !!s.data && !s.data.data.some((x) => x.startsAt === slot.startsAt));
    await until($sessions, (s) => !s.loading && s.items.length === sessionsBefore + 1);

    // The same slot again: the API refuses it, and the slots reload.
    const loads = api.callsTo(`/v1/mentors/${flagship.mentor.id}/slots`).length;
    await assert.rejects(
      stores.bookSession(flagship.id, flagship.mentor.id, { startsAt: slot.startsAt }),
      (error: unknown) => error instanceof APIError && error.status === 409 && error.code === 'slot_unavailable',
    );
    await waitFor(() => api.callsTo(`/v1/mentors/${flagship.mentor.id}/slots`).length > loads);

    // The mentor's own stores: accept at once, then cancel; the slot opens again.
    const theirs = make(mentor);
    const $theirs = theirs.roomSessions(flagship.id, upcoming);
    stops.push(await mounted($theirs, (s) => s.loaded));
    const accepting = theirs.sessionAction(flagship.id, session.id, 'accept');
    assert.equal($theirs.get().items.find((s) => s.id === session.id)!.status, 'accepted', 'optimistic');
    assert.equal((await accepting).status, 'accepted');
    const cancelled = await theirs.sessionAction(flagship.id, session.id, 'cancel', { reason: 'Stores test' });
    assert.equal(cancelled.status, 'cancelled');
    await until($theirs, (s) => !s.loading && !s.items.some((x) => x.id === session.id));
    for (const stop of stops) stop();
  });

  it('rolls back a refused session action', async () => {
    const stores = make(mentee);
    const $sessions = stores.roomSessions(flagship.id, upcoming);
    const stop = await mounted($sessions, (s) => s.loaded);
    const next = $sessions.get().items[0]!;
    assert.equal(next.status, 'accepted');
    // Only the mentor accepts: a real 409 (the session is not pending).
    await assert.rejects(stores.sessionAction(flagship.id, next.id, 'accept'), (error: unknown) => error instanceof APIError && error.status === 409);
    assert.deepEqual($sessions.get().items[0], next);
    stop();
  });

  it('moves the read marker and reloads the room', async () => {
    const { context, markRoomRead } = make(mentor);
    const $room = roomStores(context).room(flagship.id);
    const stop = await mounted($room, (s) => !!s.data);
    const { data } = await new Rooms(client(mentor)).messages.list(flagship.id, { limit: 1 });
    const room = await markRoomRead(flagship.id, data[0]!.id);
    assert.equal(room.unreadCount, 0);
    await until($room, (s) => !s.loading && s.data?.unreadCount === 0);
    stop();
  });

  it('follows session.updated live: a session booked by the other participant appears', async () => {
    const stores = make(mentee, { live: true });
    const $sessions = stores.roomSessions(flagship.id, upcoming);
    const stop = await mounted($sessions, (s) => s.loaded);
    await waitFor(() => api.callsTo('/v1/events').length > 0);
    await sleep(60);
    const range = nextTwoWeeks();
    const other = new Rooms(client(mentor));
    const slots = await client(mentor).request<{ data: { startsAt: string }[] }>({
      method: 'GET',
      path: `/v1/mentors/${flagship.mentor.id}/slots`,
      query: range,
    });
    const session = await other.sessions.book(flagship.id, { startsAt: slots.data[1]!.startsAt });
    await until($sessions, (s) => s.items.some((x) => x.id === session.id && x.status === 'accepted'));
    await other.sessions.cancel(flagship.id, session.id);
    await until($sessions, (s) => !s.loading && !s.items.some((x) => x.id === session.id));
    stop();
  });
});
