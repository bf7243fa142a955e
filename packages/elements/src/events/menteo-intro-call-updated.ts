import type { IntroCall } from '@menteo/sdk';

/** What `menteo-intro-call-updated` carries: the requested room it was shown in and the call with its new meeting link. */
export interface MenteoIntroCallUpdatedDetail {
  roomId: string;
  /** The intro call as the API saved it: `meetingUrl` is the new link, or `null` once removed. */
  introCall: IntroCall;
}

/**
 * Fired by `<menteo-room-widget>` after the viewer (mentee or mentor) added, changed or removed
 * the meeting link of a booked intro call.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-intro-call-updated', (event) => shareLink(event.detail.introCall.meetingUrl));
 * ```
 */
export type MenteoIntroCallUpdatedEvent = CustomEvent<MenteoIntroCallUpdatedDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-intro-call-updated': MenteoIntroCallUpdatedEvent;
  }
}
