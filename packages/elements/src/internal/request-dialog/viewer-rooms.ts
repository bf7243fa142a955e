import { roomStores } from '@menteo/sdk/stores/rooms';
import type { StoreContext } from '@menteo/sdk/stores';
import type { ViewerRoomsController } from './viewer-rooms-controller.js';

/** Where the viewer stands with one mentor: a request waiting, or a room under way (active or paused). */
export interface ViewerRoom {
  roomId: string;
  state: 'requested' | 'mentor';
}

/** The viewer's open rooms as a mentee, by mentor id. */
export type ViewerRooms = ReadonlyMap<string, ViewerRoom>;

// Every card on a page asks with the same parameters, so they share one store and one request.
const OPEN = { role: 'mentee', status: ['requested', 'active', 'paused'] } as const;

/**
 * Follows the viewer's open rooms as a mentee through the stores (`stores.rooms()`, kept current
 * by room events and refreshed after `createRoom`) and calls `onChange` with them by mentor.
 * The card loads this module only once a person is signed in. Returns the unsubscribe.
 *
 * @example
 * ```ts
 * const stop = followViewerRooms(connection.stores, (rooms) => (this.viewerRoom = rooms.get(mentorId)));
 * ```
 */
export function followViewerRooms(stores: StoreContext, onChange: (rooms: ViewerRooms) => void): () => void {
  return roomStores(stores)
    .rooms({ ...OPEN, status: [...OPEN.status] })
    .subscribe(({ items, loading }) => {
      // A revalidation in flight holds the list from before (after createRoom, without the new room).
      if (loading) return;
      const rooms = new Map<string, ViewerRoom>();
      for (const room of items) {
        if (room.viewerRole !== 'mentee' || !OPEN.status.includes(room.status as (typeof OPEN.status)[number])) continue;
        rooms.set(room.mentor.id, { roomId: room.id, state: room.status === 'requested' ? 'requested' : 'mentor' });
      }
      onChange(rooms);
    });
}

/**
 * The controller's follow, loaded with this module: stops following the stores it followed, and
 * follows `stores` (none: signed out, or its host gone), unless it moved on while this loaded.
 * The controller has emptied its rooms already.
 *
 * @example `void import('./viewer-rooms.js').then(({ follow }) => follow(controller, stores))`
 */
export function follow(controller: ViewerRoomsController, stores: StoreContext | undefined): void {
  if (controller.followed !== stores) return;
  controller.stop?.();
  controller.stop = undefined;
  if (!stores) return;
  controller.stop = followViewerRooms(stores, (rooms) => {
    controller.rooms = rooms;
    controller.host.requestUpdate();
  });
}
