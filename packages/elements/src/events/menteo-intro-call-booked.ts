import type { IntroCall } from '@menteo/sdk';

/** What `menteo-intro-call-booked` carries: the requested room it was booked from and the call the API booked. */
export interface MenteoIntroCallBookedDetail {
  roomId: string;
  /** The new intro call (`booked`), with its `startsAt`, `endsAt` and `durationMinutes`. */
  introCall: IntroCall;
}

/**
 * Fired by `<menteo-room-widget>` after the mentee booked the mentor's free intro call from a
 * requested room.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-intro-call-booked', (event) => remind(event.detail.introCall.startsAt));
 * ```
 */
export type MenteoIntroCallBookedEvent = CustomEvent<MenteoIntroCallBookedDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-intro-call-booked': MenteoIntroCallBookedEvent;
  }
}
