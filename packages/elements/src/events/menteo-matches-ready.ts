/** What `menteo-matches-ready` carries: the ranked mentors' ids, best match first. */
export interface MenteoMatchesReadyDetail {
  mentorIds: string[];
}

/**
 * Fired by `<menteo-need-finder>` when ranked matches arrive (an empty list too), so another
 * element (a `<menteo-mentor-search for="…">`) or the page can follow them.
 *
 * @example
 * ```ts
 * finder.addEventListener('menteo-matches-ready', (event) => highlight(event.detail.mentorIds));
 * ```
 */
export type MenteoMatchesReadyEvent = CustomEvent<MenteoMatchesReadyDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-matches-ready': MenteoMatchesReadyEvent;
  }
}
