// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
'use client';

import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoMentorSearch as MenteoMentorSearchElement } from '@menteo/elements/mentor-search';
import type { MenteoSearchChangeEvent, MenteoRequestMentorshipEvent, MenteoSignInRequiredEvent, MenteoRoomRequestedEvent, MenteoRoomSelectEvent, MenteoMentorOpenEvent, MenteoRetryEvent, MenteoReadyEvent, MenteoViewEvent, MenteoErrorEvent } from '@menteo/elements';

/**
 * `<menteo-mentor-search>` as a React component: properties as props (`MenteoMentorSearch.prototype` lists them), events as `on…` props.
 *
 * Mentor search: a search box, filters with counts and "More filters" (free, accepting
 * requests, availability, time zone, rating, style), the active filters as removable chips, a
 * sort, and the results as mentor cards with "Load more". Presets come from attributes;
 * `sync-url` keeps the query, every filter and the sort in the page's URL.
 *
 * Events:
 * - `onMenteoSearchChange`: `menteo-search-change` — The person changed the query, a filter or the sort; `detail` holds the search parameters.
 * - `onMenteoRequestMentorship`: `menteo-request-mentorship` — Bubbles from a result's card: `detail.mentorId` says with whom.
 * - `onMenteoSignInRequired`: `menteo-sign-in-required` — Bubbles from a result's card: signed out, the person asked for mentorship (`detail.action` is `request`).
 * - `onMenteoRoomRequested`: `menteo-room-requested` — Bubbles from a result's card: its built-in dialog created the room; `detail` has `roomId` and `mentorId`.
 * - `onMenteoRoomSelect`: `menteo-room-select` — Bubbles from a result's card: "view" on a request without `room-href`; `detail.roomId` says which room.
 * - `onMenteoMentorOpen`: `menteo-mentor-open` — Bubbles from a result's card: its name was activated; `detail` has `mentorId` and `position` (from 1).
 * - `onMenteoRetry`: `menteo-retry` — The person asked to load again after an error.
 * - `onMenteoReady`: `menteo-ready` — The first time what the element shows has loaded (once per element and id). Detail: `{ id }`.
 * - `onMenteoView`: `menteo-view` — The first time at least half of the element is visible (once per element).
 * - `onMenteoError`: `menteo-error` — Each time the element shows an error state. Detail: `{ code, requestId }` (`code` is the API problem's code, or `network` / `timeout`).
 *
 * @example
 * ```tsx
 * import { MenteoMentorSearch } from '@menteo/react';
 *
 * <MenteoMentorSearch q="…" onMenteoSearchChange={(event) => console.log(event.detail)} />
 * ```
 */
export const MenteoMentorSearch = createComponent({
  tagName: 'menteo-mentor-search',
  elementClass: MenteoMentorSearchElement,
  react: React,
  events: {
    /**
     * The person changed the query, a filter or the sort; `detail` holds the search parameters.
     */
    onMenteoSearchChange: 'menteo-search-change' as EventName<MenteoSearchChangeEvent>,
    /**
     * Bubbles from a result's card: `detail.mentorId` says with whom.
     */
    onMenteoRequestMentorship: 'menteo-request-mentorship' as EventName<MenteoRequestMentorshipEvent>,
    /**
     * Bubbles from a result's card: signed out, the person asked for mentorship (`detail.action` is `request`).
     */
    onMenteoSignInRequired: 'menteo-sign-in-required' as EventName<MenteoSignInRequiredEvent>,
    /**
     * Bubbles from a result's card: its built-in dialog created the room; `detail` has `roomId` and `mentorId`.
     */
    onMenteoRoomRequested: 'menteo-room-requested' as EventName<MenteoRoomRequestedEvent>,
    /**
     * Bubbles from a result's card: "view" on a request without `room-href`; `detail.roomId` says which room.
     */
    onMenteoRoomSelect: 'menteo-room-select' as EventName<MenteoRoomSelectEvent>,
    /**
     * Bubbles from a result's card: its name was activated; `detail` has `mentorId` and `position` (from 1).
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
  displayName: 'MenteoMentorSearch',
});
