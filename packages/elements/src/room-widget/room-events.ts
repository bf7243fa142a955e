import type { RoomReview } from '@menteo/sdk';
import type { Goal, HelpFitAnswer, Session } from '@menteo/sdk/stores';

// The room widget's journey events, typed in `HTMLElementEventMap` so that
// `widget.addEventListener('menteo-agreement-accepted', (e) => e.detail.roomId)` is typed.

/** What `menteo-agreement-proposed` carries: the room and the agreement now awaiting the other side. */
export interface MenteoAgreementProposedDetail {
  roomId: string;
  /** The proposed agreement (Markdown), signed by the proposer. */
  agreement: string;
}

/**
 * Fired by `<menteo-room-widget>` after the API recorded a proposed agreement (the proposer's
 * sign-off; the other side's is cleared until they accept).
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-agreement-proposed', (event) => notifyOtherSide(event.detail.roomId));
 * ```
 */
export type MenteoAgreementProposedEvent = CustomEvent<MenteoAgreementProposedDetail>;

/** What `menteo-agreement-accepted` carries: the room whose agreement both sides have now signed. */
export interface MenteoAgreementAcceptedDetail {
  roomId: string;
}

/**
 * Fired by `<menteo-room-widget>` after the viewer accepted the agreement: both sign-offs are recorded.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-agreement-accepted', (event) => analytics.track('agreed', event.detail.roomId));
 * ```
 */
export type MenteoAgreementAcceptedEvent = CustomEvent<MenteoAgreementAcceptedDetail>;

/** What `menteo-goal-changed` carries: the room and the goal as the API saved it. */
export interface MenteoGoalChangedDetail {
  roomId: string;
  /** The goal after the change (progress, status, title, success criteria or target date). */
  goal: Goal;
}

/**
 * Fired by `<menteo-room-widget>` after the API saved a change to a goal.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-goal-changed', (event) => event.detail.goal.status === 'achieved' && celebrate());
 * ```
 */
export type MenteoGoalChangedEvent = CustomEvent<MenteoGoalChangedDetail>;

/** What `menteo-goal-deleted` carries: the room and the deleted goal's id. */
export interface MenteoGoalDeletedDetail {
  roomId: string;
  goalId: string;
}

/**
 * Fired by `<menteo-room-widget>` after the API deleted a goal.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-goal-deleted', (event) => forget(event.detail.goalId));
 * ```
 */
export type MenteoGoalDeletedEvent = CustomEvent<MenteoGoalDeletedDetail>;

/** What `menteo-session-updated` carries: the room and the session as the API saved it. */
export interface MenteoSessionUpdatedDetail {
  roomId: string;
  /** The session after the change (agenda, notes, meeting link, hat, status or time). */
  session: Session;
}

/**
 * Fired by `<menteo-room-widget>` after the API saved a change to a session: its agenda, notes,
 * link or hat, a reschedule, a completion or a no-show.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-session-updated', (event) => syncCalendar(event.detail.session));
 * ```
 */
export type MenteoSessionUpdatedEvent = CustomEvent<MenteoSessionUpdatedDetail>;

/** What `menteo-help-fit-answered` carries: the session and the viewer's answer. */
export interface MenteoHelpFitAnsweredDetail {
  roomId: string;
  sessionId: string;
  /** "Did you get the kind of help you needed?": `yes`, `partly` or `no`. */
  answer: HelpFitAnswer;
}

/**
 * Fired by `<menteo-room-widget>` after the viewer answered, once, whether a completed session
 * gave them the kind of help they needed.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-help-fit-answered', (event) => analytics.track('help-fit', event.detail.answer));
 * ```
 */
export type MenteoHelpFitAnsweredEvent = CustomEvent<MenteoHelpFitAnsweredDetail>;

/** What `menteo-room-reviewed` carries: the room and the viewer's review as the API saved it. */
export interface MenteoRoomReviewedDetail {
  roomId: string;
  review: RoomReview;
}

/**
 * Fired by `<menteo-room-widget>` after the viewer reviewed a room that ended (once per participant).
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-room-reviewed', (event) => thank(event.detail.review.rating));
 * ```
 */
export type MenteoRoomReviewedEvent = CustomEvent<MenteoRoomReviewedDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-room-reviewed': MenteoRoomReviewedEvent;
    'menteo-help-fit-answered': MenteoHelpFitAnsweredEvent;
    'menteo-session-updated': MenteoSessionUpdatedEvent;
    'menteo-goal-changed': MenteoGoalChangedEvent;
    'menteo-goal-deleted': MenteoGoalDeletedEvent;
    'menteo-agreement-proposed': MenteoAgreementProposedEvent;
    'menteo-agreement-accepted': MenteoAgreementAcceptedEvent;
  }
}
