import type { Goal } from '@menteo/sdk/stores';

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

declare global {
  interface HTMLElementEventMap {
    'menteo-goal-changed': MenteoGoalChangedEvent;
  }
}
