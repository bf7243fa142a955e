import type { BodyOf } from '@menteo/sdk';

/**
 * What `menteo-need-submit` carries: the answers as a match request (`need` is the placement's
 * larger axis, leadership on a tie), so a `<menteo-mentor-search for>` can filter by them, and
 * the `placement` itself.
 */
export type MenteoNeedSubmitDetail = BodyOf<'createMatch'> & { placement?: BodyOf<'createRecommendation'>['placement'] };

/**
 * Fired by `<menteo-need-finder>` when the person submits a valid diagnostic, just before
 * the growth plan is requested. The detail has the shape of `POST /v1/matches`' body, plus the placement.
 *
 * @example
 * ```ts
 * finder.addEventListener('menteo-need-submit', (event) => analytics.track('need', event.detail.need));
 * ```
 */
export type MenteoNeedSubmitEvent = CustomEvent<MenteoNeedSubmitDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-need-submit': MenteoNeedSubmitEvent;
  }
}
