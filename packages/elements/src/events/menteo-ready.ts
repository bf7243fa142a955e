/** What `menteo-ready` carries: the id the element loaded (its `mentor-id`, `thread-id`…), when it has one. */
export interface MenteoReadyDetail {
  id: string | undefined;
}

/**
 * Fired by a connected element the first time what it shows has loaded: once per element and
 * id (a new `mentor-id` that loads fires again). Elements inside another Menteo element (a
 * search's cards) stay quiet: the outer one reports.
 *
 * @example
 * ```ts
 * document.addEventListener('menteo-ready', (event) => analytics.track('widget_ready', { tag: (event.target as Element).localName, id: event.detail.id }));
 * ```
 */
export type MenteoReadyEvent = CustomEvent<MenteoReadyDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-ready': MenteoReadyEvent;
  }
}
