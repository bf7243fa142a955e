// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoMentorSearch as MenteoMentorSearchElement } from '@menteo/elements/mentor-search';
import type { MenteoSearchChangeEvent, MenteoRequestMentorshipEvent, MenteoRetryEvent } from '@menteo/elements';

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
     * The person asked to load again after an error.
     */
    onMenteoRetry: 'menteo-retry' as EventName<MenteoRetryEvent>,
  },
  displayName: 'MenteoMentorSearch',
});
