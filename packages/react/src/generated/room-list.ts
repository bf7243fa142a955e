// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
'use client';

import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoRoomList as MenteoRoomListElement } from '@menteo/elements/room-list';
import type { MenteoRoomSelectEvent, MenteoRoomActionEvent, MenteoRetryEvent, MenteoReadyEvent, MenteoViewEvent, MenteoErrorEvent } from '@menteo/elements';

/**
 * `<menteo-room-list>` as a React component: properties as props (`MenteoRoomList.prototype` lists them), events as `on…` props.
 *
 * The signed-in person's mentorship rooms in inbox order (newest activity first), as
 * mentee, as mentor or both: the other person, the room's status, unread messages, the last
 * message's time and the next session, kept current live. A mentor sees the requests waiting
 * for them first, with Accept and Decline. Picking a room fires `menteo-room-select` (and, with
 * `room-href`, follows a link).
 *
 * Events:
 * - `onMenteoRoomSelect`: `menteo-room-select` — The person picked a room; `detail` has `roomId`.
 * - `onMenteoRoomAction`: `menteo-room-action` — The API accepted an answer to a request; `detail` has `roomId`, `action` and `status`.
 * - `onMenteoRetry`: `menteo-retry` — The person asked to load again after an error.
 * - `onMenteoReady`: `menteo-ready` — The first time what the element shows has loaded (once per element and id). Detail: `{ id }`.
 * - `onMenteoView`: `menteo-view` — The first time at least half of the element is visible (once per element).
 * - `onMenteoError`: `menteo-error` — Each time the element shows an error state. Detail: `{ code, requestId }` (`code` is the API problem's code, or `network` / `timeout`).
 *
 * @example
 * ```tsx
 * import { MenteoRoomList } from '@menteo/react';
 *
 * <MenteoRoomList roomHref="…" onMenteoRoomSelect={(event) => console.log(event.detail)} />
 * ```
 */
export const MenteoRoomList = createComponent({
  tagName: 'menteo-room-list',
  elementClass: MenteoRoomListElement,
  react: React,
  events: {
    /**
     * The person picked a room; `detail` has `roomId`.
     */
    onMenteoRoomSelect: 'menteo-room-select' as EventName<MenteoRoomSelectEvent>,
    /**
     * The API accepted an answer to a request; `detail` has `roomId`, `action` and `status`.
     */
    onMenteoRoomAction: 'menteo-room-action' as EventName<MenteoRoomActionEvent>,
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
  displayName: 'MenteoRoomList',
});
