// Where a room goes in a loaded room list (placeRoom) and what a message does to it (withMessage),
// on rooms made by hand: the filters, the inbox order, a list with pages not loaded yet.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Room } from '../resources/rooms.js';
import { placeRoom, withMessage } from './room-inbox.js';

const room = (id: string, updatedAt: string, extra: Partial<Room> = {}): Room =>
  ({
    id,
    updatedAt,
    status: 'active',
    viewerRole: 'mentor',
    unreadCount: 0,
    lastMessageAt: null,
    mentor: { userId: 'usr_mentor' },
    mentee: { id: 'usr_mentee' },
    ...extra,
  }) as Room;
const ids = (pages: { items: Room[] }) => pages.items.map((r) => r.id);
const at = (minute: number) => `2026-05-10T08:${String(minute).padStart(2, '0')}:00.000Z`;

describe('placeRoom', () => {
  const pages = { items: [room('room_c', at(30)), room('room_a', at(20))], next: null, extra: undefined };

  it('inserts a room where the inbox order puts it, and moves a known one', () => {
    assert.deepEqual(ids(placeRoom(pages, {}, room('room_b', at(25)))), ['room_c', 'room_b', 'room_a']);
    assert.deepEqual(ids(placeRoom(pages, {}, room('room_a', at(40)))), ['room_a', 'room_c']);
    // Same time: the id decides, descending, as the API sorts.
    assert.deepEqual(ids(placeRoom(pages, {}, room('room_d', at(30)))), ['room_d', 'room_c', 'room_a']);
  });

  it('keeps a room out of a list whose status or role it does not match, and takes it out when it stops matching', () => {
    assert.equal(placeRoom(pages, { status: ['requested'] }, room('room_b', at(25))), pages, 'unchanged');
    assert.deepEqual(ids(placeRoom(pages, { role: 'mentee' }, room('room_b', at(25)))), ['room_c', 'room_a']);
    assert.deepEqual(ids(placeRoom(pages, { status: ['active'] }, room('room_c', at(35), { status: 'paused' }))), ['room_a']);
  });

  it('leaves a room that sorts after everything loaded to its own page when more pages follow', () => {
    const partial = { ...pages, next: 'cursor_x' };
    assert.deepEqual(ids(placeRoom(partial, {}, room('room_0', at(10)))), ['room_c', 'room_a']);
    assert.deepEqual(ids(placeRoom(pages, {}, room('room_0', at(10)))), ['room_c', 'room_a', 'room_0'], 'the last page: it is the end');
  });
});

describe('withMessage', () => {
  const message = (authorId: string, createdAt: string) => ({ id: 'msg_x', roomId: 'room_a', author: { id: authorId }, body: 'Hi', createdAt }) as never;

  it('moves lastMessageAt and updatedAt, and counts the other person’s message as unread', () => {
    const seen = withMessage(room('room_a', at(20)), message('usr_mentee', at(45)));
    assert.deepEqual([seen.lastMessageAt, seen.updatedAt, seen.unreadCount], [at(45), at(45), 1]);
  });

  it('does not count the viewer’s own message, nor one the room already shows', () => {
    assert.equal(withMessage(room('room_a', at(20)), message('usr_mentor', at(45))).unreadCount, 0);
    const counted = room('room_a', at(45), { lastMessageAt: at(45), unreadCount: 1 });
    assert.equal(withMessage(counted, message('usr_mentee', at(45))), counted);
  });
});
