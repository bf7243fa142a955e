import type { Room } from '@menteo/sdk';

/**
 * The icon beside each room status's name, the same in the room list and the room widget: a
 * status is never told by colour alone, and a reader who learns ◔ for "requested" in the list
 * finds it again in the room.
 *
 * @example html`<span aria-hidden="true">${roomStatusIcons[room.status]}</span> ${statusName}`
 */
export const roomStatusIcons: Readonly<Record<Room['status'], string>> = {
  requested: '◔',
  active: '●',
  paused: '❚❚',
  declined: '✕',
  withdrawn: '✕',
  expired: '⌛',
  completed: '✓',
  closed_early: '■',
};
