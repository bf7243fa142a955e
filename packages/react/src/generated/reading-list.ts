// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
'use client';

import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoReadingList as MenteoReadingListElement } from '@menteo/elements/reading-list';
import type { MenteoSignInRequiredEvent, MenteoRetryEvent, MenteoReadyEvent, MenteoViewEvent, MenteoErrorEvent } from '@menteo/elements';

/**
 * `<menteo-reading-list>` as a React component: properties as props (`MenteoReadingList.prototype` lists them), events as `on…` props.
 *
 * The signed-in reader's reading list: the posts they saved with a feed's Bookmark
 * button, newest saved first, a page at a time. Each shows its thread's title (a link to the
 * thread's hosted page), its kind, when it was saved and the start of its text; "Remove" takes
 * it off the list at once (and puts it back if the API refuses). A post saved in a feed on the
 * same page appears here live. Bookmarks are private: nobody else sees them.
 *
 * Events:
 * - `onMenteoSignInRequired`: `menteo-sign-in-required` — A signed-out reader pressed "Sign in" (`detail.action` is `reading-list`). Cancelable: `preventDefault()` keeps the element from opening the sign-in its `sign-in` mode names (the provider's `sign-in`, else `<meta name="menteo:sign-in">`), so the page opens its own.
 * - `onMenteoRetry`: `menteo-retry` — The person asked to load again after an error.
 * - `onMenteoReady`: `menteo-ready` — The first time what the element shows has loaded (once per element and id). Detail: `{ id }`.
 * - `onMenteoView`: `menteo-view` — The first time at least half of the element is visible (once per element).
 * - `onMenteoError`: `menteo-error` — Each time the element shows an error state. Detail: `{ code, requestId }` (`code` is the API problem's code, or `network` / `timeout`).
 *
 * @example
 * ```tsx
 * import { MenteoReadingList } from '@menteo/react';
 *
 * <MenteoReadingList publishableKey="…" onMenteoSignInRequired={(event) => console.log(event.detail)} />
 * ```
 */
export const MenteoReadingList = createComponent({
  tagName: 'menteo-reading-list',
  elementClass: MenteoReadingListElement,
  react: React,
  events: {
    /**
     * A signed-out reader pressed "Sign in" (`detail.action` is `reading-list`). Cancelable: `preventDefault()` keeps the element from opening the sign-in its `sign-in` mode names (the provider's `sign-in`, else `<meta name="menteo:sign-in">`), so the page opens its own.
     */
    onMenteoSignInRequired: 'menteo-sign-in-required' as EventName<MenteoSignInRequiredEvent>,
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
  displayName: 'MenteoReadingList',
});
