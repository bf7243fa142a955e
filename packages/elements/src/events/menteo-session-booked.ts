import type { Session } from '@menteo/sdk/stores';

/** What `menteo-session-booked` carries: the room and the session the API created. */
export interface MenteoSessionBookedDetail {
  roomId: string;
  /** The new session (`pending` when the mentee booked it, `accepted` when the mentor did). */
  session: Session;
}

/**
 * Fired by `<menteo-room-widget>` after a session was booked at one of the mentor's slots.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-session-booked', (event) => addToCalendar(event.detail.session.startsAt));
 * ```
 */
export type MenteoSessionBookedEvent = CustomEvent<MenteoSessionBookedDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-session-booked': MenteoSessionBookedEvent;
  }
}
