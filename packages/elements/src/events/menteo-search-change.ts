import type { MentorSearchParams } from '@menteo/sdk';

/**
 * What `menteo-search-change` carries: the search as the person left it (query, filters,
 * sort), in the shape `client.mentors.search()` takes.
 */
export type MenteoSearchChangeDetail = MentorSearchParams;

/**
 * Fired by `<menteo-mentor-search>` after the person changes the query, a filter or the sort
 * (not for presets set by the page). Handy for analytics or to keep the page's own state.
 *
 * @example
 * ```ts
 * search.addEventListener('menteo-search-change', (event) => analytics.track('mentor-search', event.detail));
 * ```
 */
export type MenteoSearchChangeEvent = CustomEvent<MenteoSearchChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-search-change': MenteoSearchChangeEvent;
  }
}
