/** What `menteo-room-select` carries: the room the person picked. */
export interface MenteoRoomSelectDetail {
  roomId: string;
}

/**
 * Fired by `<menteo-room-list>` when the person picks a room (click, Enter or Space). With a
 * `room-href` pattern the room is a link and the browser follows it too; without one, the page
 * shows the room, e.g. in a `<menteo-room-widget>`.
 *
 * @example
 * ```ts
 * list.addEventListener('menteo-room-select', (event) => widget.setAttribute('room-id', event.detail.roomId));
 * ```
 */
export type MenteoRoomSelectEvent = CustomEvent<MenteoRoomSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-room-select': MenteoRoomSelectEvent;
  }
}
