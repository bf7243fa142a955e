import type { RoomAction } from '@menteo/sdk/stores';

/** What `menteo-room-action` carries: which room moved, by which action, and where it is now. */
export interface MenteoRoomActionDetail {
  roomId: string;
  action: RoomAction;
  /** The room's status the API answered with (`active`, `paused`, `declined`, …). */
  status: string;
}

/**
 * Fired by `<menteo-room-widget>` after the API accepted a room transition (accept, decline,
 * withdraw, pause, resume, complete, close); never for one that was refused and rolled back.
 *
 * @example
 * ```ts
 * widget.addEventListener('menteo-room-action', (event) => analytics.track('room', event.detail.action));
 * ```
 */
export type MenteoRoomActionEvent = CustomEvent<MenteoRoomActionDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-room-action': MenteoRoomActionEvent;
  }
}
