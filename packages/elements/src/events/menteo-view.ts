/**
 * Fired by a connected element the first time at least half of it is visible (once per element;
 * no detail). Elements inside another Menteo element stay quiet: the outer one reports.
 *
 * @example
 * ```ts
 * card.addEventListener('menteo-view', () => analytics.track('mentor_card_seen'));
 * ```
 */
export type MenteoViewEvent = CustomEvent<undefined>;

declare global {
  interface HTMLElementEventMap {
    'menteo-view': MenteoViewEvent;
  }
}
