/** What `menteo-sign-in-required` carries: what the person tried to do. */
export interface MenteoSignInRequiredDetail {
  /**
   * `react` (a reaction button), `comment` (the comment field), `progress` (a roadmap's progress), `request` (a card's
   * "Request mentorship"), `start-thread` (the need finder's "Start a growth thread") or `reading-list` (the reading
   * list's "Sign in") or `follow` (the thread feed's Follow).
   */
  action: 'react' | 'comment' | 'progress' | 'request' | 'start-thread' | 'reading-list' | 'follow';
}

/**
 * Fired when a signed-out person tries something that needs them signed in (reacting to a
 * post, commenting, tracking a roadmap). The element shows a "sign in" message itself; the page may open its own
 * sign-in instead.
 *
 * @example
 * ```ts
 * feed.addEventListener('menteo-sign-in-required', () => openLoginDialog());
 * ```
 */
export type MenteoSignInRequiredEvent = CustomEvent<MenteoSignInRequiredDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-sign-in-required': MenteoSignInRequiredEvent;
  }
}
