import {
  roomExpiry,
  roomOperations,
  roomStatuses,
  roomStatusesAllowing,
  roomTransitions,
  sessionTransitions,
  type RoomAction,
  type RoomRole,
  type RoomStatus,
  type SessionAction,
  type SessionStatus,
} from '@menteo/api/room-lifecycle';

/**
 * THE room lifecycle is the contract's (`x-menteo-lifecycle` on RoomStatus and SessionStatus,
 * generated into `@menteo/api/room-lifecycle`): handlers and tests both read it from there, so
 * the API, its tests, the SDK and the room widget cannot disagree about which moves exist.
 * Expiry (requested for 14 days) is not an action: the system applies it lazily
 * (`expireDueRooms` in access.ts).
 */
export { roomStatuses, roomTransitions, sessionTransitions };
export type { RoomAction, RoomRole, RoomStatus, SessionAction, SessionStatus };

/** The wording of `A room in status X cannot <verb>.`: the sandbox's problem details, not the lifecycle. */
export const roomRefusals: Record<RoomAction, string> = {
  accept: 'be accepted',
  decline: 'be declined',
  withdraw: 'be withdrawn',
  pause: 'be paused',
  resume: 'be resumed',
  complete: 'be completed',
  close: 'be closed early',
};

/** The wording of `A session in status X cannot <verb>.` */
export const sessionRefusals: Record<SessionAction, string> = {
  accept: 'be accepted',
  reschedule: 'be rescheduled',
  cancel: 'be cancelled',
  complete: 'be completed',
  noShow: 'be marked as a no-show',
};

/** Each action's operationId (`POST /v1/rooms/{roomId}/<action>`). */
export const roomActionOperations = roomOperations;

/** Whether `action` may start from `status`. */
export function canTransition(action: RoomAction, status: RoomStatus): boolean {
  return (roomTransitions[action].from as readonly RoomStatus[]).includes(status);
}

/** Statuses in which the pair can still talk (messages). */
export const openRoomStatuses: readonly RoomStatus[] = roomStatusesAllowing.messages;
/** Statuses in which goals can be written. */
export const goalWritableStatuses: readonly RoomStatus[] = roomStatusesAllowing.goals;
/** Statuses in which each participant may write their review: the room ended. */
export const reviewableStatuses: readonly RoomStatus[] = roomStatusesAllowing.reviews;
/** Statuses in which the pair can propose and accept their agreement: until the room ends. */
export const agreementWritableStatuses: readonly RoomStatus[] = roomStatusesAllowing.agreement;
/** Requested rooms older than this expire. */
export const requestLifetimeMs = roomExpiry.afterDays * 86_400_000;

/** Whether a session in `status` may take `action`. */
export function canSessionTransition(action: SessionAction, status: SessionStatus): boolean {
  return (sessionTransitions[action].from as readonly SessionStatus[]).includes(status);
}
