// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
'use client';

import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoNeedFinder as MenteoNeedFinderElement } from '@menteo/elements/need-finder';
import type { MenteoNeedSubmitEvent, MenteoMatchesReadyEvent, MenteoPlanEvent, MenteoRoadmapOpenEvent, MenteoThreadStartedEvent, MenteoSignInRequiredEvent, MenteoRetryEvent, MenteoRequestMentorshipEvent, MenteoRoomRequestedEvent, MenteoRoomSelectEvent, MenteoMentorOpenEvent, MenteoReadyEvent, MenteoViewEvent, MenteoErrorEvent } from '@menteo/elements';

/**
 * `<menteo-need-finder>` as a React component: properties as props (`MenteoNeedFinder.prototype` lists them), events as `on…` props.
 *
 * A short need diagnostic whose result is a growth plan: five everyday scenarios
 * place the person between a leadership need (reach a team goal: direction, decisions,
 * deadlines) and a mentorship need (who to become: growth, confidence), "Not sure" included;
 * then goals, skills and language. The plan: why ("the leader hat"), mentors ranked with their
 * score and reasons, a recommended roadmap, and one click to start a growth thread whose first
 * post is the goals.
 *
 * Events:
 * - `onMenteoNeedSubmit`: `menteo-need-submit` — A valid diagnostic was submitted; `detail` is its answers as a match request, with the `placement`.
 * - `onMenteoMatchesReady`: `menteo-matches-ready` — The plan arrived; `detail.mentorIds` lists its mentors, best first.
 * - `onMenteoPlan`: `menteo-plan` — The plan arrived; `detail` has the `request` and the whole `plan`.
 * - `onMenteoRoadmapOpen`: `menteo-roadmap-open` — The person opened the recommended roadmap (cancelable; `detail` has `roadmapId` and `slug`).
 * - `onMenteoThreadStarted`: `menteo-thread-started` — "Start a growth thread" created the thread; `detail.threadId` says which.
 * - `onMenteoSignInRequired`: `menteo-sign-in-required` — Signed out, the person asked to start a thread (`detail.action` is `start-thread`), or to request mentorship from a match's card (`request`).
 * - `onMenteoRetry`: `menteo-retry` — The person asked to search again after an error.
 * - `onMenteoRequestMentorship`: `menteo-request-mentorship` — From a mentor card inside: the person asked for mentorship; `detail.mentorId` says with whom.
 * - `onMenteoRoomRequested`: `menteo-room-requested` — Bubbles from a match's card: its built-in dialog created the room; `detail` has `roomId` and `mentorId`.
 * - `onMenteoRoomSelect`: `menteo-room-select` — Bubbles from a match's card: "view" on a request without `room-href`; `detail.roomId` says which room.
 * - `onMenteoMentorOpen`: `menteo-mentor-open` — Bubbles from a match's card: its name was activated; `detail.mentorId` says whose profile (cancelable: with `profile-href`, `preventDefault()` keeps the browser from following the link).
 * - `onMenteoReady`: `menteo-ready` — The first time what the element shows has loaded (once per element and id). Detail: `{ id }`.
 * - `onMenteoView`: `menteo-view` — The first time at least half of the element is visible (once per element).
 * - `onMenteoError`: `menteo-error` — Each time the element shows an error state. Detail: `{ code, requestId }` (`code` is the API problem's code, or `network` / `timeout`).
 *
 * @example
 * ```tsx
 * import { MenteoNeedFinder } from '@menteo/react';
 *
 * <MenteoNeedFinder timezone="…" onMenteoNeedSubmit={(event) => console.log(event.detail)} />
 * ```
 */
export const MenteoNeedFinder = createComponent({
  tagName: 'menteo-need-finder',
  elementClass: MenteoNeedFinderElement,
  react: React,
  events: {
    /**
     * A valid diagnostic was submitted; `detail` is its answers as a match request, with the `placement`.
     */
    onMenteoNeedSubmit: 'menteo-need-submit' as EventName<MenteoNeedSubmitEvent>,
    /**
     * The plan arrived; `detail.mentorIds` lists its mentors, best first.
     */
    onMenteoMatchesReady: 'menteo-matches-ready' as EventName<MenteoMatchesReadyEvent>,
    /**
     * The plan arrived; `detail` has the `request` and the whole `plan`.
     */
    onMenteoPlan: 'menteo-plan' as EventName<MenteoPlanEvent>,
    /**
     * The person opened the recommended roadmap (cancelable; `detail` has `roadmapId` and `slug`).
     */
    onMenteoRoadmapOpen: 'menteo-roadmap-open' as EventName<MenteoRoadmapOpenEvent>,
    /**
     * "Start a growth thread" created the thread; `detail.threadId` says which.
     */
    onMenteoThreadStarted: 'menteo-thread-started' as EventName<MenteoThreadStartedEvent>,
    /**
     * Signed out, the person asked to start a thread (`detail.action` is `start-thread`), or to request mentorship from a match's card (`request`).
     */
    onMenteoSignInRequired: 'menteo-sign-in-required' as EventName<MenteoSignInRequiredEvent>,
    /**
     * The person asked to search again after an error.
     */
    onMenteoRetry: 'menteo-retry' as EventName<MenteoRetryEvent>,
    /**
     * From a mentor card inside: the person asked for mentorship; `detail.mentorId` says with whom.
     */
    onMenteoRequestMentorship: 'menteo-request-mentorship' as EventName<MenteoRequestMentorshipEvent>,
    /**
     * Bubbles from a match's card: its built-in dialog created the room; `detail` has `roomId` and `mentorId`.
     */
    onMenteoRoomRequested: 'menteo-room-requested' as EventName<MenteoRoomRequestedEvent>,
    /**
     * Bubbles from a match's card: "view" on a request without `room-href`; `detail.roomId` says which room.
     */
    onMenteoRoomSelect: 'menteo-room-select' as EventName<MenteoRoomSelectEvent>,
    /**
     * Bubbles from a match's card: its name was activated; `detail.mentorId` says whose profile (cancelable: with `profile-href`, `preventDefault()` keeps the browser from following the link).
     */
    onMenteoMentorOpen: 'menteo-mentor-open' as EventName<MenteoMentorOpenEvent>,
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
  displayName: 'MenteoNeedFinder',
});
