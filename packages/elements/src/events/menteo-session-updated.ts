import type { Session } from '@menteo/sdk/stores';

/** What `menteo-session-updated` carries: the room and the session as the API saved it. */
export interface MenteoSessionUpdatedDetail {
  roomId: string;
  /** The session after the change (agenda, notes, meeting link, hat, status or time). */
  session: Session;
}

/**
 * Fired by `<menteo-room-widget>` after the API saved a change to a session: its agenda, notes,
 * link or hat, a reschedule, a completion or a no-show.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-session-updated', (event) => syncCalendar(event.detail.session));
 * ```
 */
export type MenteoSessionUpdatedEvent = CustomEvent<MenteoSessionUpdatedDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-session-updated': MenteoSessionUpdatedEvent;
  }
}
