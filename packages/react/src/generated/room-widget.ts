// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoRoomWidget as MenteoRoomWidgetElement } from '@menteo/elements/room-widget';
import type { MenteoRoomActionEvent, MenteoSessionBookedEvent, MenteoMessageSentEvent, MenteoRetryEvent } from '@menteo/elements';

/**
 * `<menteo-room-widget>` as a React component: properties as props (`MenteoRoomWidget.prototype` lists them), events as `on…` props.
 *
 * One structured, long-term 1:1 mentorship room, for a signed-in participant (a
 * provider with a user token): the other person, status, cadence and term, the room's goal,
 * goals with progress, the next sessions and booking from the mentor's open times (in the
 * viewer's time zone), and the conversation as a live chat, with the actions each status and
 * role allow (accept, decline, withdraw, pause, resume, complete, close early).
 *
 * Events:
 * - `onMenteoRoomAction`: `menteo-room-action` — The API accepted a room transition; `detail` has `roomId`, `action` and `status`.
 * - `onMenteoSessionBooked`: `menteo-session-booked` — A session was booked; `detail` has `roomId` and `session`.
 * - `onMenteoMessageSent`: `menteo-message-sent` — The API confirmed a message; `detail` has `roomId` and `message`.
 * - `onMenteoRetry`: `menteo-retry` — The person asked to load again after an error.
 *
 * @example
 * ```tsx
 * import { MenteoRoomWidget } from '@menteo/react';
 *
 * <MenteoRoomWidget roomId="…" onMenteoRoomAction={(event) => console.log(event.detail)} />
 * ```
 */
export const MenteoRoomWidget = createComponent({
  tagName: 'menteo-room-widget',
  elementClass: MenteoRoomWidgetElement,
  react: React,
  events: {
    /**
     * The API accepted a room transition; `detail` has `roomId`, `action` and `status`.
     */
    onMenteoRoomAction: 'menteo-room-action' as EventName<MenteoRoomActionEvent>,
    /**
     * A session was booked; `detail` has `roomId` and `session`.
     */
    onMenteoSessionBooked: 'menteo-session-booked' as EventName<MenteoSessionBookedEvent>,
    /**
     * The API confirmed a message; `detail` has `roomId` and `message`.
     */
    onMenteoMessageSent: 'menteo-message-sent' as EventName<MenteoMessageSentEvent>,
    /**
     * The person asked to load again after an error.
     */
    onMenteoRetry: 'menteo-retry' as EventName<MenteoRetryEvent>,
  },
  displayName: 'MenteoRoomWidget',
});
