import type { Schema } from '../core/types.js';
import type { Room } from '../resources/rooms.js';
import type { Pages } from './query.js';
import type { RoomListParams } from './rooms.js';

/**
 * The API's order of room lists (`listRooms`): most recently updated first, then by id, descending.
 *
 * @example
 * ```ts
 * const items = [...rooms].sort(inboxOrder);
 * ```
 */
export const inboxOrder = (a: Room, b: Room): number => {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
};

/**
 * The user id of the person a room's view belongs to (`viewerRole` says which side they are).
 *
 * @example
 * ```ts
 * if (viewerOf(event.data) === context.user.get()) place(event.data); // the event carries our own view
 * ```
 */
export const viewerOf = (room: Room): string => (room.viewerRole === 'mentor' ? room.mentor.userId : room.mentee.id);

/**
 * Puts a room, as its viewer sees it, where a list of these filters keeps it: in inbox order
 * where it matches them, out of the list where it does not (any more). A room that would sort
 * after everything loaded of a list with more pages is left to its own page.
 *
 * @example
 * ```ts
 * source.set((pages) => placeRoom(pages, { status: ['requested'] }, room));
 * ```
 */
export function placeRoom<P extends Pages<Room, unknown>>(pages: P, params: RoomListParams, room: Room): P {
  const others = pages.items.filter((r) => r.id !== room.id);
  const fits = (!params.status || params.status.includes(room.status)) && (!params.role || params.role === room.viewerRole);
  if (!fits) return others.length === pages.items.length ? pages : { ...pages, items: others };
  const items = [...others, room].sort(inboxOrder);
  return { ...pages, items: pages.next && items.at(-1) === room ? others : items };
}

/**
 * A room as its viewer sees it once a message arrived: the message's time as `lastMessageAt` and
 * `updatedAt` (the server moves both, so the room rises in the inbox), and one more unread
 * message unless the viewer wrote it. A room whose view already includes the message is kept.
 *
 * @example
 * ```ts
 * source.set((room) => withMessage(room, event.data));
 * ```
 */
export function withMessage(room: Room, message: Schema<'Message'>): Room {
  if (room.lastMessageAt && room.lastMessageAt >= message.createdAt) return room;
  return {
    ...room,
    lastMessageAt: message.createdAt,
    // biome-ignore lint/complexity/useMathMinMax: these are ISO timestamps (strings), which Math.max would turn into NaN.
    updatedAt: room.updatedAt > message.createdAt ? room.updatedAt : message.createdAt,
    unreadCount: room.unreadCount + (message.author.id === viewerOf(room) ? 0 : 1),
  };
}
