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

declare global {
  interface HTMLElementEventMap {
    'menteo-agreement-proposed': MenteoAgreementProposedEvent;
  }
}
