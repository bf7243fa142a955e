// Room lists kept live by the events (the in-process sandbox streams them through msw): a request
// joins the mentor's lists (room.requested) and the mentee's lists on another tab (room.updated,
// the mentee's own view), a message moves its room's lastMessageAt, unreadCount and inbox place,
// and a room that changes status moves between filtered lists, all without reloading a list;
// marking a room read reloads the lists, whose counts the messages raised.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { mounted, until, waitFor } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { Rooms, type Room } from '../resources/rooms.js';
import { createStores, memoryStorage, type MenteoStores } from './index.js';
import { inboxOrder } from './room-inbox.js';

const api = mockApi();
let mentor: string;
let people = 0;

/** Event streams the sandbox answered (so it is subscribed: what happens next reaches them). */
let streamsAnswered = 0;
api.server.events.on('response:mocked', ({ request }) => {
  if (new URL(request.url).pathname === '/v1/events') streamsAnswered++;
});

const client = (token: string) => new MenteoCore({ publishableKey: 'pk_test_demo', ...fast, maxRetries: 0, token });
const made: MenteoStores[] = [];
const make = (token: string) => {
  const stores = createStores(client(token), { graceMs: 5, storage: memoryStorage() });
  made.push(stores);
  return stores;
};
after(() => {
  for (const s of made) s.dispose();
});
before(async () => {
  mentor = await api.data.tokenFor('demo-mentor');
});

const newMentee = () => api.data.tokenFor(`room-lists-live-${process.pid}-${++people}`);
const ask = (token: string, extra: { message?: string } = {}) =>
  new Rooms(client(token)).create({ mentorId: 'men_demomentor', goal: 'Run my first planning cycle on my own', cadence: 'biweekly', termWeeks: 12, ...extra });
const listLoads = () => api.callsTo('/v1/rooms', 'GET').length;
const ids = (rooms: Room[]) => rooms.map((r) => r.id);

/** Mounts the lists and waits until the stores' event stream is answered. */
async function live(stores: MenteoStores, ...lists: ReturnType<MenteoStores['rooms']>[]): Promise<() => void> {
  const before = streamsAnswered;
  const stops = await Promise.all(lists.map((list) => mounted(list, (s) => s.loaded)));
  await waitFor(() => streamsAnswered > before && stores.live.open);
  return () => {
    for (const stop of stops) stop();
  };
}

describe('room lists, live', () => {
  it('a request joins the mentor’s lists it matches (room.requested), at the top, as the mentor sees it, without a reload', async () => {
    const daniel = make(mentor);
    const $all = daniel.rooms();
    const $requests = daniel.rooms({ role: 'mentor', status: ['requested'] });
    const $active = daniel.rooms({ status: ['active'] });
    const $asMentee = daniel.rooms({ role: 'mentee' });
    const stop = await live(daniel, $all, $requests, $active, $asMentee);
    const loads = listLoads();

    const room = await ask(await newMentee(), { message: 'Hello Daniel, could you mentor me?' });
    const requests = await until($requests, (s) => s.items[0]?.id === room.id);
    const seen = requests.items[0]!;
    assert.equal(seen.viewerRole, 'mentor');
    assert.equal(seen.status, 'requested');
    assert.equal(seen.unreadCount, 1, 'the first message, counted once');
    await until($all, (s) => s.items[0]?.id === room.id);
    assert.deepEqual(ids($all.get().items), ids([...$all.get().items].sort(inboxOrder)), 'in inbox order');
    assert.ok(!$active.get().items.some((r) => r.id === room.id), 'not in a list whose status it does not match');
    assert.ok(!$asMentee.get().items.some((r) => r.id === room.id), 'not in a list whose role it does not match');
    assert.equal(listLoads(), loads, 'no list was reloaded');
    stop();
  });

  it('a request sent from another tab joins the mentee’s own lists, as the mentee sees it, without a reload', async () => {
    const token = await newMentee();
    const tab = make(token);
    const $mine = tab.rooms();
    const $requested = tab.rooms({ role: 'mentee', status: ['requested'] });
    const stop = await live(tab, $mine, $requested);
    assert.deepEqual($mine.get().items, []);
    const loads = listLoads();

    const room = await ask(token); // the other tab
    const state = await until($requested, (s) => s.items.length === 1);
    assert.deepEqual(state.items[0], room, 'the mentee’s own view, as the API answered it');
    await until($mine, (s) => s.items[0]?.id === room.id);
    assert.equal(listLoads(), loads, 'no list was reloaded');
    stop();
  });

  it('a message moves its room’s lastMessageAt, unreadCount and place in the inbox; one’s own message counts no unread', async () => {
    const token = await newMentee();
    const room = await ask(token);
    const later = await ask(await newMentee()); // a newer request: it comes first
    const daniel = make(mentor);
    const $requests = daniel.rooms({ role: 'mentor', status: ['requested'] });
    const stop = await live(daniel, $requests);
    assert.deepEqual(ids($requests.get().items).slice(0, 2), [later.id, room.id]);
    const before = $requests.get().items.find((r) => r.id === room.id)!;
    const loads = listLoads();

    const sent = await new Rooms(client(token)).messages.send(room.id, { body: 'One more thing: I lead four people.' });
    const moved = await until($requests, (s) => s.items[0]?.id === room.id);
    const item = moved.items[0]!;
    assert.equal(item.lastMessageAt, sent.createdAt);
    assert.equal(item.updatedAt, sent.createdAt);
    assert.equal(item.unreadCount, before.unreadCount + 1);
    assert.equal(moved.items[1]!.id, later.id);

    const reply = await daniel.sendMessage(room.id, { body: 'Happy to talk about it.' });
    const replied = await until($requests, (s) => s.items[0]!.lastMessageAt === reply.createdAt);
    assert.equal(replied.items[0]!.unreadCount, before.unreadCount + 1, 'the mentor’s own message is not unread to them');
    assert.equal(listLoads(), loads, 'no list was reloaded');

    // The API agrees once asked.
    const fresh = await new Rooms(client(mentor)).retrieve(room.id);
    assert.equal(fresh.unreadCount, replied.items[0]!.unreadCount);

    // Read: the lists recount (they reload), so the raised count does not linger.
    await daniel.markRoomRead(room.id, reply.id);
    await until($requests, (s) => !s.loading && s.items.find((r) => r.id === room.id)?.unreadCount === 0);
    stop();
  });

  it('an accepted request leaves the requested list and joins the active one, as the mentee sees it', async () => {
    const token = await newMentee();
    const room = await ask(token);
    const tab = make(token);
    const $requested = tab.rooms({ status: ['requested'] });
    const $active = tab.rooms({ status: ['active'] });
    const stop = await live(tab, $requested, $active);
    assert.ok($requested.get().items.some((r) => r.id === room.id));
    const loads = listLoads();

    const accepted = await new Rooms(client(mentor)).accept(room.id); // the mentor's view
    const state = await until($active, (s) => s.items.some((r) => r.id === room.id));
    const item = state.items.find((r) => r.id === room.id)!;
    assert.equal(item.status, 'active');
    assert.equal(item.viewerRole, 'mentee', 'our own role, not the mentor’s');
    assert.equal(item.startedAt, accepted.startedAt);
    await until($requested, (s) => !s.items.some((r) => r.id === room.id));
    assert.equal(listLoads(), loads, 'no list was reloaded');
    await new Rooms(client(token)).complete(room.id); // frees the demo mentor's seat for the other files
    stop();
  });

  it('a room none of our stores holds, whose event carries the other participant’s view, is asked for once and joins as ours', async () => {
    const token = await newMentee();
    const room = await ask(token);
    const tab = make(token);
    const $active = tab.rooms({ status: ['active'] }); // the request is in no list of this tab
    const stop = await live(tab, $active);
    const [loads, asked] = [listLoads(), api.callsTo(`/v1/rooms/${room.id}`, 'GET').length];

    await new Rooms(client(mentor)).accept(room.id); // room.updated carries the mentor's view
    const state = await until($active, (s) => s.items.some((r) => r.id === room.id));
    const item = state.items.find((r) => r.id === room.id)!;
    assert.equal(item.viewerRole, 'mentee');
    assert.equal(item.status, 'active');
    assert.equal(api.callsTo(`/v1/rooms/${room.id}`, 'GET').length, asked + 1, 'the room itself, once');
    assert.equal(listLoads(), loads, 'no list was reloaded');
    await new Rooms(client(token)).complete(room.id);
    stop();
  });
});
