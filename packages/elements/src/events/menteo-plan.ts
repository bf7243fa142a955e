import type { BodyOf, ResultOf } from '@menteo/sdk';

/** What `menteo-plan` carries: the diagnostic's request and the growth plan the API answered. */
export interface MenteoPlanDetail {
  /** What was asked: the placement on the two need axes, the goals, skills, language, time zone and limit. */
  request: BodyOf<'createRecommendation'>;
  /** The plan: the derived `need`, ranked `mentors` with reasons, the `roadmap` (or `null`) and a suggested `thread`. */
  plan: ResultOf<'createRecommendation'>;
}

/**
 * Fired by `<menteo-need-finder>` when a growth plan arrives: the whole plan, so a page can
 * keep it, show it elsewhere or start its own journey from it.
 *
 * @example
 * ```ts
 * finder.addEventListener('menteo-plan', (event) => save(event.detail.plan.roadmap?.roadmap.slug, event.detail.plan.need));
 * ```
 */
export type MenteoPlanEvent = CustomEvent<MenteoPlanDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-plan': MenteoPlanEvent;
  }
}
