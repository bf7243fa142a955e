/** What `menteo-roadmap-open` carries: which roadmap the person wants to open. */
export interface MenteoRoadmapOpenDetail {
  roadmapId: string;
  slug: string;
}

/**
 * Fired (cancelable) by `<menteo-need-finder>` when the person opens the recommended roadmap.
 * With `roadmap-href`, the link then navigates unless the page calls `preventDefault()`;
 * without it, the page opens the roadmap (e.g. in a `<menteo-roadmap-stepper>`).
 *
 * @example
 * ```ts
 * finder.addEventListener('menteo-roadmap-open', (event) => { event.preventDefault(); stepper.roadmapId = event.detail.slug; });
 * ```
 */
export type MenteoRoadmapOpenEvent = CustomEvent<MenteoRoadmapOpenDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-roadmap-open': MenteoRoadmapOpenEvent;
  }
}
