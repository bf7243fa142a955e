import type { IntroCall } from '@menteo/sdk';

/** What `menteo-intro-call-cancelled` carries: the requested room it was shown in and the call, now cancelled. */
export interface MenteoIntroCallCancelledDetail {
  roomId: string;
  /** The intro call as the API cancelled it (`cancelled`; its slot is open again). */
  introCall: IntroCall;
}

/**
 * Fired by `<menteo-room-widget>` after the viewer (mentee or mentor) cancelled a booked intro call.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-intro-call-cancelled', (event) => forget(event.detail.introCall.id));
 * ```
 */
export type MenteoIntroCallCancelledEvent = CustomEvent<MenteoIntroCallCancelledDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-intro-call-cancelled': MenteoIntroCallCancelledEvent;
  }
}
