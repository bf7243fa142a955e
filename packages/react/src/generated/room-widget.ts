// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
'use client';

import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoRoomWidget as MenteoRoomWidgetElement } from '@menteo/elements/room-widget';
import type { MenteoRoomActionEvent, MenteoSessionBookedEvent, MenteoMessageSentEvent, MenteoAgreementProposedEvent, MenteoAgreementAcceptedEvent, MenteoSessionUpdatedEvent, MenteoHelpFitAnsweredEvent, MenteoRoomReviewedEvent, MenteoGoalChangedEvent, MenteoGoalDeletedEvent, MenteoIntroCallBookedEvent, MenteoIntroCallCancelledEvent, MenteoIntroCallUpdatedEvent, MenteoRetryEvent, MenteoReadyEvent, MenteoViewEvent, MenteoErrorEvent } from '@menteo/elements';

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
 * - `onMenteoAgreementProposed`: `menteo-agreement-proposed` — The API recorded the viewer's proposed agreement; `detail` has `roomId` and `agreement`.
 * - `onMenteoAgreementAccepted`: `menteo-agreement-accepted` — The viewer accepted the agreement (both sides signed); `detail` has `roomId`.
 * - `onMenteoSessionUpdated`: `menteo-session-updated` — The API saved a change to a session (details, reschedule, completion, no-show); `detail` has `roomId` and `session`.
 * - `onMenteoHelpFitAnswered`: `menteo-help-fit-answered` — The viewer answered whether a completed session gave the help needed; `detail` has `roomId`, `sessionId` and `answer`.
 * - `onMenteoRoomReviewed`: `menteo-room-reviewed` — The API recorded the viewer's review of a room that ended; `detail` has `roomId` and `review`.
 * - `onMenteoGoalChanged`: `menteo-goal-changed` — The API saved a change to a goal; `detail` has `roomId` and `goal`.
 * - `onMenteoGoalDeleted`: `menteo-goal-deleted` — The API deleted a goal; `detail` has `roomId` and `goalId`.
 * - `onMenteoIntroCallBooked`: `menteo-intro-call-booked` — The mentee booked the mentor's free intro call from a requested room; `detail` has `roomId` and `introCall`.
 * - `onMenteoIntroCallCancelled`: `menteo-intro-call-cancelled` — The viewer cancelled the booked intro call; `detail` has `roomId` and `introCall`.
 * - `onMenteoIntroCallUpdated`: `menteo-intro-call-updated` — The viewer added, changed or removed the booked intro call's meeting link; `detail` has `roomId` and `introCall`.
 * - `onMenteoRetry`: `menteo-retry` — The person asked to load again after an error.
 * - `onMenteoReady`: `menteo-ready` — The first time what the element shows has loaded (once per element and id). Detail: `{ id }`.
 * - `onMenteoView`: `menteo-view` — The first time at least half of the element is visible (once per element).
 * - `onMenteoError`: `menteo-error` — Each time the element shows an error state. Detail: `{ code, requestId }` (`code` is the API problem's code, or `network` / `timeout`).
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
     * The API recorded the viewer's proposed agreement; `detail` has `roomId` and `agreement`.
     */
    onMenteoAgreementProposed: 'menteo-agreement-proposed' as EventName<MenteoAgreementProposedEvent>,
    /**
     * The viewer accepted the agreement (both sides signed); `detail` has `roomId`.
     */
    onMenteoAgreementAccepted: 'menteo-agreement-accepted' as EventName<MenteoAgreementAcceptedEvent>,
    /**
     * The API saved a change to a session (details, reschedule, completion, no-show); `detail` has `roomId` and `session`.
     */
    onMenteoSessionUpdated: 'menteo-session-updated' as EventName<MenteoSessionUpdatedEvent>,
    /**
     * The viewer answered whether a completed session gave the help needed; `detail` has `roomId`, `sessionId` and `answer`.
     */
    onMenteoHelpFitAnswered: 'menteo-help-fit-answered' as EventName<MenteoHelpFitAnsweredEvent>,
    /**
     * The API recorded the viewer's review of a room that ended; `detail` has `roomId` and `review`.
     */
    onMenteoRoomReviewed: 'menteo-room-reviewed' as EventName<MenteoRoomReviewedEvent>,
    /**
     * The API saved a change to a goal; `detail` has `roomId` and `goal`.
     */
    onMenteoGoalChanged: 'menteo-goal-changed' as EventName<MenteoGoalChangedEvent>,
    /**
     * The API deleted a goal; `detail` has `roomId` and `goalId`.
     */
    onMenteoGoalDeleted: 'menteo-goal-deleted' as EventName<MenteoGoalDeletedEvent>,
    /**
     * The mentee booked the mentor's free intro call from a requested room; `detail` has `roomId` and `introCall`.
     */
    onMenteoIntroCallBooked: 'menteo-intro-call-booked' as EventName<MenteoIntroCallBookedEvent>,
    /**
     * The viewer cancelled the booked intro call; `detail` has `roomId` and `introCall`.
     */
    onMenteoIntroCallCancelled: 'menteo-intro-call-cancelled' as EventName<MenteoIntroCallCancelledEvent>,
    /**
     * The viewer added, changed or removed the booked intro call's meeting link; `detail` has `roomId` and `introCall`.
     */
    onMenteoIntroCallUpdated: 'menteo-intro-call-updated' as EventName<MenteoIntroCallUpdatedEvent>,
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
  displayName: 'MenteoRoomWidget',
});
