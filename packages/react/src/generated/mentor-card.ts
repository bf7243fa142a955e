// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
'use client';

import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoMentorCard as MenteoMentorCardElement } from '@menteo/elements/mentor-card';
import type { MenteoRequestMentorshipEvent, MenteoSignInRequiredEvent, MenteoRoomRequestedEvent, MenteoRoomSelectEvent, MenteoMentorOpenEvent, MenteoRetryEvent, MenteoReadyEvent, MenteoViewEvent, MenteoErrorEvent } from '@menteo/elements';

/**
 * `<menteo-mentor-card>` as a React component: properties as props (`MenteoMentorCard.prototype` lists them), events as `on…` props.
 *
 * A mentor at a glance: photo, name, role, what they help with, when they are free,
 * and a button to ask for mentorship. Give it a `mentor-id` (cards on a page share one
 * batched request) or set `.mentor` to a mentor you already loaded.
 *
 * Events:
 * - `onMenteoRequestMentorship`: `menteo-request-mentorship` — The person asked for mentorship; `detail.mentorId` says with whom. Cancelable: `preventDefault()` keeps the built-in dialog closed, for a page with its own.
 * - `onMenteoSignInRequired`: `menteo-sign-in-required` — Signed out, the person asked for mentorship (`detail.action` is `request`): the page signs them in.
 * - `onMenteoRoomRequested`: `menteo-room-requested` — The built-in dialog created the room; `detail` has `roomId` and `mentorId`.
 * - `onMenteoRoomSelect`: `menteo-room-select` — "view" on a request without `room-href`; `detail.roomId` says which room.
 * - `onMenteoMentorOpen`: `menteo-mentor-open` — The person activated the mentor's name; `detail.mentorId` says whose profile. Cancelable: with `profile-href`, `preventDefault()` keeps the browser from following the link (a single-page app routes itself); without it, the event is what opens a profile.
 * - `onMenteoRetry`: `menteo-retry` — The person asked to load again after an error.
 * - `onMenteoReady`: `menteo-ready` — The first time what the element shows has loaded (once per element and id). Detail: `{ id }`.
 * - `onMenteoView`: `menteo-view` — The first time at least half of the element is visible (once per element).
 * - `onMenteoError`: `menteo-error` — Each time the element shows an error state. Detail: `{ code, requestId }` (`code` is the API problem's code, or `network` / `timeout`).
 *
 * @example
 * ```tsx
 * import { MenteoMentorCard } from '@menteo/react';
 *
 * <MenteoMentorCard mentorId="…" onMenteoRequestMentorship={(event) => console.log(event.detail)} />
 * ```
 */
export const MenteoMentorCard = createComponent({
  tagName: 'menteo-mentor-card',
  elementClass: MenteoMentorCardElement,
  react: React,
  events: {
    /**
     * The person asked for mentorship; `detail.mentorId` says with whom. Cancelable: `preventDefault()` keeps the built-in dialog closed, for a page with its own.
     */
    onMenteoRequestMentorship: 'menteo-request-mentorship' as EventName<MenteoRequestMentorshipEvent>,
    /**
     * Signed out, the person asked for mentorship (`detail.action` is `request`): the page signs them in.
     */
    onMenteoSignInRequired: 'menteo-sign-in-required' as EventName<MenteoSignInRequiredEvent>,
    /**
     * The built-in dialog created the room; `detail` has `roomId` and `mentorId`.
     */
    onMenteoRoomRequested: 'menteo-room-requested' as EventName<MenteoRoomRequestedEvent>,
    /**
     * "view" on a request without `room-href`; `detail.roomId` says which room.
     */
    onMenteoRoomSelect: 'menteo-room-select' as EventName<MenteoRoomSelectEvent>,
    /**
     * The person activated the mentor's name; `detail.mentorId` says whose profile. Cancelable: with `profile-href`, `preventDefault()` keeps the browser from following the link (a single-page app routes itself); without it, the event is what opens a profile.
     */
    onMenteoMentorOpen: 'menteo-mentor-open' as EventName<MenteoMentorOpenEvent>,
    /**
     * The person asked to load again after an error.
     */
    onMenteoRetry: 'menteo-retry' as EventName<MenteoRetryEvent>,
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
  displayName: 'MenteoMentorCard',
});
