/**
 * Fired by an element when the person asks it to load again after an error (no detail).
 *
 * @example
 * ```ts
 * card.addEventListener('menteo-retry', () => analytics.track('retry'));
 * ```
 */
export type MenteoRetryEvent = CustomEvent<undefined>;

declare global {
  interface HTMLElementEventMap {
    'menteo-retry': MenteoRetryEvent;
  }
}
