// Invalidation by key against the in-process sandbox behind msw: a write refetches exactly the
// stores whose keys it names, `stores.invalidate` takes a key prefix or a test of each key, and
// an invalidated store refetches at once when subscribed, on its next subscriber otherwise.
// Whether a store refetched is read from the requests that reached the network and from its
// state right after the call (a refetch starts synchronously), never from elapsed time.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { mounted, until } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { Rooms, type Room } from '../resources/rooms.js';
import { createStores, keyOf, memoryStorage, roomPlanStores, type MenteoStores, type StoreKey } from './index.js';

const api = mockApi();
let token: string;
let flagship: Room;
let other: Room;

const client = () => new MenteoCore({ publishableKey: 'pk_test_demo', ...fast, maxRetries: 0, token });
const made: MenteoStores[] = [];
// Data stays fresh for the whole test: a refetch can only come from an invalidation.
const make = () => {
  const stores = createStores(client(), { live: false, graceMs: 5, staleMs: 600_000, storage: memoryStorage() });
  made.push(stores);
  return stores;
};
after(() => {
  for (const stores of made) stores.dispose();
});

before(async () => {
  token = await api.data.tokenFor('demo-mentee');
  const { data } = await new Rooms(client()).list({});
  flagship = data.find((room) => room.status === 'active' && room.unreadCount > 0)!;
  other = data.find((room) => room.status === 'completed')!;
  assert.ok(flagship && other, 'an active room with unread messages and a completed one');
});

const roomPath = (room: Room, rest = '') => `/v1/rooms/${room.id}${rest}`;
const loads = (path: string) => api.callsTo(path, 'GET').length;
const upcoming = { status: ['pending', 'accepted'] as ('pending' | 'accepted')[] };

describe('invalidation by key', () => {
  it('a write refetches exactly the stores whose keys it names', async () => {
    const stores = make();
    const plans = roomPlanStores(stores);
    const $room = stores.room(flagship.id);
    const $otherRoom = stores.room(other.id);
    const $rooms = stores.rooms({ status: ['active'] });
    const $messages = stores.roomMessages(flagship.id);
    const $sessions = plans.roomSessions(flagship.id, upcoming);
    const stops = [
      await mounted($room, (s) => !!s.data),
      await mounted($otherRoom, (s) => !!s.data),
      await mounted($rooms, (s) => s.loaded),
      await mounted($messages, (s) => s.loaded),
      await mounted($sessions, (s) => s.loaded),
    ];
    const paths = [roomPath(flagship), roomPath(other), '/v1/rooms', roomPath(flagship, '/messages'), roomPath(flagship, '/sessions')];
    const start = paths.map(loads);
    const reloads = () => paths.map((path, at) => loads(path) - start[at]!);

    // Moving the read marker names ['room', roomId] and ['rooms'] (the lists' unread counts): that
    // room's store and the room lists reload, nothing else.
    const newest = $messages.get().items[0]!;
    await plans.markRoomRead(flagship.id, newest.id);
    assert.equal($room.get().loading, true);
    assert.equal($rooms.get().loading, true);
    for (const $other of [$otherRoom, $messages, $sessions]) assert.deepEqual([$other.get().loading, $other.get().stale], [false, false]);
    await until($room, (s) => !s.loading);
    await until($rooms, (s) => !s.loading);
    assert.equal($room.get().data?.unreadCount, 0);
    assert.deepEqual(reloads(), [1, 0, 1, 0, 0]);

    // A transition names ['rooms']: every room list reloads; the room takes the server's answer.
    await stores.transitionRoom(flagship.id, 'pause', { reason: 'Keys test' });
    assert.deepEqual(
      [$room, $otherRoom, $rooms, $messages, $sessions].map(($store) => $store.get().loading),
      [false, false, true, false, false],
    );
    assert.equal($room.get().data?.status, 'paused');
    await until($rooms, (s) => !s.loading);
    assert.ok(!$rooms.get().items.some((room) => room.id === flagship.id), 'the paused room left the list of active rooms');
    assert.deepEqual(reloads(), [1, 0, 2, 0, 0]);
    await stores.transitionRoom(flagship.id, 'resume');
    for (const stop of stops) stop();
  });

  it('a key prefix reaches every store under it, a test of the key exactly those it accepts', async () => {
    const stores = make();
    const plans = roomPlanStores(stores);
    const $upcoming = plans.roomSessions(flagship.id, upcoming);
    const $all = plans.roomSessions(flagship.id);
    const $otherSessions = plans.roomSessions(other.id, upcoming);
    const $room = stores.room(flagship.id);
    const stops = [
      await mounted($upcoming, (s) => s.loaded),
      await mounted($all, (s) => s.loaded),
      await mounted($otherSessions, (s) => s.loaded),
      await mounted($room, (s) => !!s.data),
    ];

    stores.invalidate(['roomSessions', flagship.id]);
    assert.deepEqual(
      [$upcoming, $all, $otherSessions, $room].map(($store) => $store.get().loading),
      [true, true, false, false],
    );
    await until($upcoming, (s) => !s.loading);
    await until($all, (s) => !s.loading);
    assert.equal(loads(roomPath(flagship, '/sessions')), 4);
    assert.equal(loads(roomPath(other, '/sessions')), 1);

    // A store's key is its function's name and arguments: this one names one filter of one room.
    const seen: StoreKey[] = [];
    stores.invalidate((key) => {
      seen.push(key);
      return key.length === 3 && key[0] === 'roomSessions' && key[2] === keyOf(upcoming);
    });
    assert.deepEqual(
      [$upcoming, $all, $otherSessions, $room].map(($store) => $store.get().loading),
      [true, false, true, false],
    );
    assert.ok(seen.some((key) => key[0] === 'room' && key[1] === flagship.id));
    assert.ok(seen.some((key) => key.join() === ['roomSessions', flagship.id, keyOf({})].join()));
    await until($otherSessions, (s) => !s.loading);
    await until($upcoming, (s) => !s.loading);
    for (const stop of stops) stop();
  });

  it('a subscribed store refetches at once; an unsubscribed one keeps its data and refetches on its next subscriber', async () => {
    const stores = make();
    const $shown = stores.room(flagship.id);
    const $hidden = stores.room(other.id);
    const stop = await mounted($shown, (s) => !!s.data);
    const unmount = await mounted($hidden, (s) => !!s.data);
    unmount();
    const hidden = $hidden.get().data;

    stores.invalidate(['room']);
    assert.equal($shown.get().loading, true, 'mounted: refetching');
    assert.equal($shown.get().stale, true);
    assert.deepEqual($hidden.get(), { loading: false, stale: false, data: hidden }, 'unmounted: untouched for now');
    await until($shown, (s) => !s.loading);
    assert.equal(loads(roomPath(flagship)), 2);
    assert.equal(loads(roomPath(other)), 1);

    // Its next subscriber sees the old data, marked stale, while it reloads (well within staleMs).
    const again = $hidden.listen(() => {});
    await until($hidden, (s) => s.loading && s.stale && s.data === hidden);
    await until($hidden, (s) => !s.loading && !s.stale);
    assert.equal(loads(roomPath(other)), 2);
    again();
    stop();
  });
});
