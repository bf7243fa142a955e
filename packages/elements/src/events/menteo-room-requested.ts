/** What `menteo-room-requested` carries: the new room and the mentor it asks. */
export interface MenteoRoomRequestedDetail {
  roomId: string;
  mentorId: string;
}

/**
 * Fired by `<menteo-mentor-card>` (and so by the cards of a search or a need finder) once its
 * request dialog has created the room (`POST /v1/rooms`): the room is `requested`, waiting for
 * the mentor. The card already shows "Requested · view"; the page may open the room.
 *
 * @example
 * ```ts
 * card.addEventListener('menteo-room-requested', (event) => location.assign(`/rooms/${event.detail.roomId}`));
 * ```
 */
export type MenteoRoomRequestedEvent = CustomEvent<MenteoRoomRequestedDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-room-requested': MenteoRoomRequestedEvent;
  }
}
