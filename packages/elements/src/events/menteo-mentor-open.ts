/** What `menteo-mentor-open` carries: the mentor whose profile the person asked for. */
export interface MenteoMentorOpenDetail {
  mentorId: string;
  /** The card's place among `<menteo-mentor-search>`'s results, from 1 (set by the search; absent for a card alone). */
  position?: number;
}

/**
 * Fired by `<menteo-mentor-card>` when the person activates the mentor's name. With a
 * `profile-href` pattern the name is a link and the browser follows it unless a listener calls
 * `preventDefault()` (a single-page app routing itself); without one the name is a button and
 * the page shows the profile, e.g. in a `<menteo-mentor-profile>`. Cancelable.
 *
 * @example
 * ```ts
 * search.addEventListener('menteo-mentor-open', (event) => profile.setAttribute('mentor-id', event.detail.mentorId));
 * ```
 */
export type MenteoMentorOpenEvent = CustomEvent<MenteoMentorOpenDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-mentor-open': MenteoMentorOpenEvent;
  }
}
