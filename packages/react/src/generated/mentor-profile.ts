// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
'use client';

import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoMentorProfile as MenteoMentorProfileElement } from '@menteo/elements/mentor-profile';
import type { MenteoRequestMentorshipEvent, MenteoSignInRequiredEvent, MenteoRoomRequestedEvent, MenteoRoomSelectEvent, MenteoRetryEvent, MenteoReadyEvent, MenteoViewEvent, MenteoErrorEvent } from '@menteo/elements';

/**
 * `<menteo-mentor-profile>` as a React component: properties as props (`MenteoMentorProfile.prototype` lists them), events as `on…` props.
 *
 * A mentor's whole profile: who they are, their bio, skills, languages and local time,
 * how they mentor, what working with them costs, how fast they reply and whether they have room,
 * their reviews (newest first, a few at a time) and the button to ask for mentorship.
 *
 * Events:
 * - `onMenteoRequestMentorship`: `menteo-request-mentorship` — The person asked for mentorship; `detail.mentorId` says with whom. Cancelable: `preventDefault()` keeps the built-in dialog closed, for a page with its own.
 * - `onMenteoSignInRequired`: `menteo-sign-in-required` — Signed out, the person asked for mentorship (`detail.action` is `request`): the page signs them in.
 * - `onMenteoRoomRequested`: `menteo-room-requested` — The built-in dialog created the room; `detail` has `roomId` and `mentorId`.
 * - `onMenteoRoomSelect`: `menteo-room-select` — "view" / "open" without `room-href`; `detail.roomId` says which room.
 * - `onMenteoRetry`: `menteo-retry` — The person asked to load again after an error.
 * - `onMenteoReady`: `menteo-ready` — The first time what the element shows has loaded (once per element and id). Detail: `{ id }`.
 * - `onMenteoView`: `menteo-view` — The first time at least half of the element is visible (once per element).
 * - `onMenteoError`: `menteo-error` — Each time the element shows an error state. Detail: `{ code, requestId }` (`code` is the API problem's code, or `network` / `timeout`).
 *
 * @example
 * ```tsx
 * import { MenteoMentorProfile } from '@menteo/react';
 *
 * <MenteoMentorProfile mentorId="…" onMenteoRequestMentorship={(event) => console.log(event.detail)} />
 * ```
 */
export const MenteoMentorProfile = createComponent({
  tagName: 'menteo-mentor-profile',
  elementClass: MenteoMentorProfileElement,
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
     * "view" / "open" without `room-href`; `detail.roomId` says which room.
     */
    onMenteoRoomSelect: 'menteo-room-select' as EventName<MenteoRoomSelectEvent>,
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
  displayName: 'MenteoMentorProfile',
});
