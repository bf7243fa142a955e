/** What `menteo-agreement-accepted` carries: the room whose agreement both sides have now signed. */
export interface MenteoAgreementAcceptedDetail {
  roomId: string;
}

/**
 * Fired by `<menteo-room-widget>` after the viewer accepted the agreement: both sign-offs are recorded.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-agreement-accepted', (event) => analytics.track('agreed', event.detail.roomId));
 * ```
 */
export type MenteoAgreementAcceptedEvent = CustomEvent<MenteoAgreementAcceptedDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-agreement-accepted': MenteoAgreementAcceptedEvent;
  }
}
