// Generated from @menteo/elements' custom-elements.json by scripts/generate.ts (`pnpm --filter @menteo/react generate`). Do not edit.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { MenteoNeedFinder as MenteoNeedFinderElement } from '@menteo/elements/need-finder';
import type { MenteoNeedSubmitEvent, MenteoMatchesReadyEvent, MenteoRetryEvent, MenteoRequestMentorshipEvent, MenteoSignInRequiredEvent, MenteoRoomRequestedEvent, MenteoRoomSelectEvent } from '@menteo/elements';

/**
 * `<menteo-need-finder>` as a React component: properties as props (`MenteoNeedFinder.prototype` lists them), events as `on…` props.
 *
 * "What do you need right now?": a two-step questionnaire — a leadership need
 * (reach a team goal: direction, decisions, deadlines) or a mentorship need (who to become:
 * growth, self-discovery), then goals, skills and language — answered with mentors ranked
 * for that need, each with its score and the reasons it fits.
 *
 * Events:
 * - `onMenteoNeedSubmit`: `menteo-need-submit` — A valid questionnaire was submitted; `detail` is the match request.
 * - `onMenteoMatchesReady`: `menteo-matches-ready` — Ranked matches arrived; `detail.mentorIds` lists them, best first.
 * - `onMenteoRetry`: `menteo-retry` — The person asked to search again after an error.
 * - `onMenteoRequestMentorship`: `menteo-request-mentorship` — From a mentor card inside: the person asked for mentorship; `detail.mentorId` says with whom.
 * - `onMenteoSignInRequired`: `menteo-sign-in-required` — Bubbles from a match's card: signed out, the person asked for mentorship (`detail.action` is `request`).
 * - `onMenteoRoomRequested`: `menteo-room-requested` — Bubbles from a match's card: its built-in dialog created the room; `detail` has `roomId` and `mentorId`.
 * - `onMenteoRoomSelect`: `menteo-room-select` — Bubbles from a match's card: "view" on a request without `room-href`; `detail.roomId` says which room.
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
     * A valid questionnaire was submitted; `detail` is the match request.
     */
    onMenteoNeedSubmit: 'menteo-need-submit' as EventName<MenteoNeedSubmitEvent>,
    /**
     * Ranked matches arrived; `detail.mentorIds` lists them, best first.
     */
    onMenteoMatchesReady: 'menteo-matches-ready' as EventName<MenteoMatchesReadyEvent>,
    /**
     * The person asked to search again after an error.
     */
    onMenteoRetry: 'menteo-retry' as EventName<MenteoRetryEvent>,
    /**
     * From a mentor card inside: the person asked for mentorship; `detail.mentorId` says with whom.
     */
    onMenteoRequestMentorship: 'menteo-request-mentorship' as EventName<MenteoRequestMentorshipEvent>,
    /**
     * Bubbles from a match's card: signed out, the person asked for mentorship (`detail.action` is `request`).
     */
    onMenteoSignInRequired: 'menteo-sign-in-required' as EventName<MenteoSignInRequiredEvent>,
    /**
     * Bubbles from a match's card: its built-in dialog created the room; `detail` has `roomId` and `mentorId`.
     */
    onMenteoRoomRequested: 'menteo-room-requested' as EventName<MenteoRoomRequestedEvent>,
    /**
     * Bubbles from a match's card: "view" on a request without `room-href`; `detail.roomId` says which room.
     */
    onMenteoRoomSelect: 'menteo-room-select' as EventName<MenteoRoomSelectEvent>,
  },
  displayName: 'MenteoNeedFinder',
});
