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

declare global {
  interface HTMLElementEventMap {
    'menteo-goal-deleted': MenteoGoalDeletedEvent;
  }
}
