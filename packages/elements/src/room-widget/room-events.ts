// The room widget's journey events, typed in `HTMLElementEventMap` so that
// `widget.addEventListener('menteo-agreement-accepted', (e) => e.detail.roomId)` is typed.

/** What `menteo-agreement-proposed` carries: the room and the agreement now awaiting the other side. */
export interface MenteoAgreementProposedDetail {
  roomId: string;
  /** The proposed agreement (Markdown), signed by the proposer. */
  agreement: string;
}

/**
 * Fired by `<menteo-room-widget>` after the API recorded a proposed agreement (the proposer's
 * sign-off; the other side's is cleared until they accept).
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-agreement-proposed', (event) => notifyOtherSide(event.detail.roomId));
 * ```
 */
export type MenteoAgreementProposedEvent = CustomEvent<MenteoAgreementProposedDetail>;

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
    'menteo-agreement-proposed': MenteoAgreementProposedEvent;
    'menteo-agreement-accepted': MenteoAgreementAcceptedEvent;
  }
}
