// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoMentorSearch as MenteoMentorSearchElement } from '@menteo/elements/mentor-search';
import type { MenteoSearchChangeEvent, MenteoRequestMentorshipEvent, MenteoSignInRequiredEvent, MenteoRoomRequestedEvent, MenteoRoomSelectEvent, MenteoRetryEvent } from '@menteo/elements';

/**
 * `<menteo-mentor-search>` as a React component: properties as props (`MenteoMentorSearch.prototype` lists them), events as `on…` props.
 *
 * Mentor search: a search box, filters with counts, a sort, and the results as
 * mentor cards with "Load more". Presets come from attributes; `sync-url` keeps the query
 * and filters in the page's URL.
 *
 * Events:
 * - `onMenteoSearchChange`: `menteo-search-change` — The person changed the query, a filter or the sort; `detail` holds the search parameters.
 * - `onMenteoRequestMentorship`: `menteo-request-mentorship` — Bubbles from a result's card: `detail.mentorId` says with whom.
 * - `onMenteoSignInRequired`: `menteo-sign-in-required` — Bubbles from a result's card: signed out, the person asked for mentorship (`detail.action` is `request`).
 * - `onMenteoRoomRequested`: `menteo-room-requested` — Bubbles from a result's card: its built-in dialog created the room; `detail` has `roomId` and `mentorId`.
 * - `onMenteoRoomSelect`: `menteo-room-select` — Bubbles from a result's card: "view" on a request without `room-href`; `detail.roomId` says which room.
 * - `onMenteoRetry`: `menteo-retry` — The person asked to load again after an error.
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
     * The person asked to load again after an error.
     */
    onMenteoRetry: 'menteo-retry' as EventName<MenteoRetryEvent>,
  },
  displayName: 'MenteoMentorSearch',
});
