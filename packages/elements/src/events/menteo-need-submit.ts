import type { BodyOf } from '@menteo/sdk';

/** What `menteo-need-submit` carries: the match request about to be sent. */
export type MenteoNeedSubmitDetail = BodyOf<'createMatch'>;

/**
 * Fired by `<menteo-need-finder>` when the person submits a valid questionnaire, just before
 * the matches are requested. The detail is the request body of `POST /v1/matches`.
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
