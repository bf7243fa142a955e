import type { RoomReview } from '@menteo/sdk';

/** What `menteo-room-reviewed` carries: the room and the viewer's review as the API saved it. */
export interface MenteoRoomReviewedDetail {
  roomId: string;
  review: RoomReview;
}

/**
 * Fired by `<menteo-room-widget>` after the viewer reviewed a room that ended (once per participant).
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-room-reviewed', (event) => thank(event.detail.review.rating));
 * ```
 */
export type MenteoRoomReviewedEvent = CustomEvent<MenteoRoomReviewedDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-room-reviewed': MenteoRoomReviewedEvent;
  }
}
