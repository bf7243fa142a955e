/**
 * `@menteo/elements/ssr`: server rendering (Node only) of the thread feed, the roadmap stepper
 * and the mentor card to Declarative Shadow DOM with `@lit-labs/ssr`, from data fetched with the
 * SDK, so that their text is in the page's HTML. Each rendered element carries its data; in the
 * browser it hydrates from it (load `@lit-labs/ssr-client/lit-element-hydrate-support.js` before
 * Lit — `@menteo/elements/menteo-ssr.js` does both) and asks the API nothing it already has.
 *
 * @example
 * ```ts
 * import { MenteoCore } from '@menteo/sdk';
 * import { fetchThreadFeedState, renderThreadFeed } from '@menteo/elements/ssr';
 * const core = new MenteoCore({ publishableKey, baseUrl });
 * const markup = await renderThreadFeed(await fetchThreadFeedState(core, { threadId }), { threadId, publishableKey, baseUrl });
 * ```
 *
 * @module
 */
export type { PageState } from './page-state.js';
export { fetchMentorCardState, renderMentorCard, type MentorCardAttributes } from './mentor-card.js';
export { attributesHtml, renderElement, stateScript, type ServerAttributes } from './render-element.js';
export { fetchRoadmapStepperState, renderRoadmapStepper, type RoadmapStepperAttributes } from './roadmap-stepper.js';
export { fetchThreadFeedState, renderThreadFeed, type ThreadFeedAttributes } from './thread-feed.js';
