// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
'use client';

import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoRoadmapStepper as MenteoRoadmapStepperElement } from '@menteo/elements/roadmap-stepper';
import type { MenteoProgressChangeEvent, MenteoRetryEvent, MenteoSignInRequiredEvent, MenteoReadyEvent, MenteoViewEvent, MenteoErrorEvent } from '@menteo/elements';

/**
 * `<menteo-roadmap-stepper>` as a React component: properties as props (`MenteoRoadmapStepper.prototype` lists them), events as `on…` props.
 *
 * A roadmap as an ordered list of steps. Anyone sees its header, its steps, their
 * summaries and resources; a signed-in person (a provider with a user token) also sees their
 * progress bar, each step's state, and marks steps done, in progress, skipped or back to do,
 * with a note per step. Changes show at once and are undone if the API refuses them.
 *
 * Events:
 * - `onMenteoProgressChange`: `menteo-progress-change` — The API accepted a change to a step; `detail` has `roadmapId`, `stepId` and `state`.
 * - `onMenteoRetry`: `menteo-retry` — The person asked to load again after an error.
 * - `onMenteoSignInRequired`: `menteo-sign-in-required` — A signed-out reader asked to track progress (`detail.action` is `progress`). Cancelable: `preventDefault()` keeps the element from opening the sign-in its `sign-in` mode names, so the page opens its own.
 * - `onMenteoReady`: `menteo-ready` — The first time what the element shows has loaded (once per element and id). Detail: `{ id }`.
 * - `onMenteoView`: `menteo-view` — The first time at least half of the element is visible (once per element).
 * - `onMenteoError`: `menteo-error` — Each time the element shows an error state. Detail: `{ code, requestId }` (`code` is the API problem's code, or `network` / `timeout`).
 *
 * @example
 * ```tsx
 * import { MenteoRoadmapStepper } from '@menteo/react';
 *
 * <MenteoRoadmapStepper roadmapId="…" onMenteoProgressChange={(event) => console.log(event.detail)} />
 * ```
 */
export const MenteoRoadmapStepper = createComponent({
  tagName: 'menteo-roadmap-stepper',
  elementClass: MenteoRoadmapStepperElement,
  react: React,
  events: {
    /**
     * The API accepted a change to a step; `detail` has `roadmapId`, `stepId` and `state`.
     */
    onMenteoProgressChange: 'menteo-progress-change' as EventName<MenteoProgressChangeEvent>,
    /**
     * The person asked to load again after an error.
     */
    onMenteoRetry: 'menteo-retry' as EventName<MenteoRetryEvent>,
    /**
     * A signed-out reader asked to track progress (`detail.action` is `progress`). Cancelable: `preventDefault()` keeps the element from opening the sign-in its `sign-in` mode names, so the page opens its own.
     */
    onMenteoSignInRequired: 'menteo-sign-in-required' as EventName<MenteoSignInRequiredEvent>,
    /**
     * The first time what the element shows has loaded (once per element and id). Detail: `{ id }`.
     */
    onMenteoReady: 'menteo-ready' as EventName<MenteoReadyEvent>,
    /**
     * The first time at least half of the element is visible (once per element).
     */
    onMenteoView: 'menteo-view' as EventName<MenteoViewEvent>,
    /**
     * Each time the element shows an error state. Detail: `{ code, requestId }` (`code` is the API problem's code, or `network` / `timeout`).
     */
    onMenteoError: 'menteo-error' as EventName<MenteoErrorEvent>,
  },
  displayName: 'MenteoRoadmapStepper',
});
