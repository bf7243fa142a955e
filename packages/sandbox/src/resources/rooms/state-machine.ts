import type { components } from '@menteo/api';

export type RoomStatus = components['schemas']['RoomStatus'];
export type RoomRole = components['schemas']['RoomViewerRole'];
export type SessionStatus = components['schemas']['SessionStatus'];

/** Every room status, in lifecycle order (tests walk status × action from this). */
export const roomStatuses: readonly RoomStatus[] = ['requested', 'active', 'paused', 'declined', 'withdrawn', 'expired', 'completed', 'closed_early'];

/** A transition a participant can ask for: where it may start, where it ends, who may ask. */
export interface RoomTransition {
  from: readonly RoomStatus[];
  to: RoomStatus;
  by: readonly RoomRole[];
  /** The wording of `A room in status X cannot <verb>.` */
  verb: string;
  reasonRequired: boolean;
}

const both: readonly RoomRole[] = ['mentor', 'mentee'];

/**
 * THE room lifecycle: handlers and tests both read this table, so the API and its
 * tests cannot disagree about which moves exist. Expiry (requested for 14 days) is
 * not an action: the system applies it lazily (see `expiry.ts`).
 */
export const roomTransitions = {
  accept: { from: ['requested'], to: 'active', by: ['mentor'], verb: 'be accepted', reasonRequired: false },
  decline: { from: ['requested'], to: 'declined', by: ['mentor'], verb: 'be declined', reasonRequired: false },
  withdraw: { from: ['requested'], to: 'withdrawn', by: ['mentee'], verb: 'be withdrawn', reasonRequired: false },
  pause: { from: ['active'], to: 'paused', by: both, verb: 'be paused', reasonRequired: false },
  resume: { from: ['paused'], to: 'active', by: both, verb: 'be resumed', reasonRequired: false },
  complete: { from: ['active'], to: 'completed', by: both, verb: 'be completed', reasonRequired: false },
  close: { from: ['active'], to: 'closed_early', by: both, verb: 'be closed early', reasonRequired: true },
} as const satisfies Record<string, RoomTransition>;

export type RoomAction = keyof typeof roomTransitions;

/** Each action's operationId (`POST /v1/rooms/{roomId}/<action>`). */
export const roomActionOperations = {
  accept: 'acceptRoom',
  decline: 'declineRoom',
  withdraw: 'withdrawRoom',
  pause: 'pauseRoom',
  resume: 'resumeRoom',
  complete: 'completeRoom',
  close: 'closeRoom',
} as const satisfies Record<RoomAction, string>;

/** Statuses no transition leaves: the room's story is over. */
export const finalRoomStatuses: readonly RoomStatus[] = roomStatuses.filter(
  (status) => !Object.values(roomTransitions).some((t) => (t.from as readonly RoomStatus[]).includes(status)),
);

/** Whether `action` may start from `status`. */
export function canTransition(action: RoomAction, status: RoomStatus): boolean {
  return (roomTransitions[action].from as readonly RoomStatus[]).includes(status);
}

/** Statuses in which the pair can still talk (messages). */
export const openRoomStatuses: readonly RoomStatus[] = ['requested', 'active', 'paused'];
/** Statuses in which goals can be written. */
export const goalWritableStatuses: readonly RoomStatus[] = ['active', 'paused'];
/** Requested rooms older than this expire. */
export const requestLifetimeMs = 14 * 86_400_000;

/** Session moves: where each may start. `reschedule` lands in pending or accepted by who moves it. */
export const sessionTransitions = {
  accept: { from: ['pending'], by: ['mentor'], verb: 'be accepted', needsStarted: false },
  reschedule: { from: ['pending', 'accepted'], by: both, verb: 'be rescheduled', needsStarted: false },
  cancel: { from: ['pending', 'accepted'], by: both, verb: 'be cancelled', needsStarted: false },
  complete: { from: ['accepted'], by: both, verb: 'be completed', needsStarted: true },
  noShow: { from: ['accepted'], by: both, verb: 'be marked as a no-show', needsStarted: true },
} as const satisfies Record<string, { from: readonly SessionStatus[]; by: readonly RoomRole[]; verb: string; needsStarted: boolean }>;

export type SessionAction = keyof typeof sessionTransitions;

/** Whether a session in `status` may take `action`. */
export function canSessionTransition(action: SessionAction, status: SessionStatus): boolean {
  return (sessionTransitions[action].from as readonly SessionStatus[]).includes(status);
}
