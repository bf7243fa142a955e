import type { RoadmapProgress } from '@menteo/sdk';

/** What `menteo-progress-change` carries: which step of which roadmap changed, and to what. */
export interface MenteoProgressChangeDetail {
  /** The roadmap's id (`rdm_…`), whether the element was given its id or its slug. */
  roadmapId: string;
  stepId: string;
  state: RoadmapProgress['steps'][number]['state'];
}

/**
 * Fired by `<menteo-roadmap-stepper>` after the API accepted a change to a step (its state or
 * its note); never for a change that was rolled back.
 *
 * @example
 * ```ts
 * stepper.addEventListener('menteo-progress-change', (event) => analytics.track('step', event.detail.state));
 * ```
 */
export type MenteoProgressChangeEvent = CustomEvent<MenteoProgressChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-progress-change': MenteoProgressChangeEvent;
  }
}
