/**
 * Fired by `<menteo-inbox-badge>` without an `href` when the person presses it: the page opens
 * its inbox (a `<menteo-room-list>`, a panel…).
 *
 * @example
 * ```ts
 * badge.addEventListener('menteo-inbox-open', () => inboxDialog.showModal());
 * ```
 */
export type MenteoInboxOpenEvent = CustomEvent<undefined>;

declare global {
  interface HTMLElementEventMap {
    'menteo-inbox-open': MenteoInboxOpenEvent;
  }
}
