import { invalidate, liveFeed, type StoreContext } from '@menteo/sdk/stores';

/** The events that change a room list's order or unread counts. */
const inboxEvents = new Set(['room.updated', 'room.requested', 'room.message.created']);

/** The store contexts whose room lists already follow the inbox events (one listener each: the live feed has no way to remove one). */
const followed = new WeakSet<StoreContext>();

/**
 * Keeps every room list of `stores` in inbox order with current unread counts, live. The room
 * stores merge a `room.updated` into the room in place and keep the old unread count, and
 * neither a new request (`room.requested`) nor a message (`room.message.created`) reaches a
 * list; the server's list has the order and the counts, so these events reload the lists
 * (only those followed now; the others on their next subscriber). Once per store context.
 *
 * @example
 * ```ts
 * followInbox(this.connection.value.stores); // in an element that shows room lists
 * ```
 */
export function followInbox(stores: StoreContext): void {
  if (followed.has(stores)) return;
  followed.add(stores);
  liveFeed(stores).listen((event) => {
    if (inboxEvents.has(event.type)) invalidate(stores, ['rooms']);
  });
}
