import type { components } from '@menteo/api';
import { prepared } from '../../db/database.js';
import type { HandlerMap } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { findRoom, participantRoom, participants, type RoomContext } from './access.js';
import { presentRoom, presentSession } from './present.js';
import { openCapacity } from './rooms.js';
import type { SessionRow } from './rows.js';
import { canTransition, roomRefusals, roomTransitions, type RoomAction } from './state-machine.js';

const weekMs = 7 * 86_400_000;

/**
 * Applies one action of the room lifecycle. The status is checked before the
 * participant: an impossible move is `409` whoever asks, a possible one asked by
 * the wrong side is `403`.
 */
export function transitionRoom(ctx: RoomContext, roomId: string, action: RoomAction, reason: string | undefined): components['schemas']['Room'] {
  const { room, role, caller } = participantRoom(ctx, roomId);
  const move = roomTransitions[action];
  if (!canTransition(action, room.status)) throw problem.invalidTransition(room.status, roomRefusals[action]);
  if (!(move.by as readonly string[]).includes(role)) {
    throw problem.forbidden(`Only the ${move.by.join(' or ')} of room ${room.id} can ${action} it.`);
  }
  if (move.reasonRequired && !reason) throw problem.invalidField('/reason', 'is required');
  if (action === 'accept' && openCapacity(ctx.db, room.mentor_id).open <= 0) {
    throw problem.conflict('You have no open capacity: complete, close or pause another room before accepting this one.');
  }

  const now = ctx.now.toISOString();
  let { started_at, ends_at, paused_at, closed_at } = room;
  switch (action) {
    case 'accept':
      started_at = now;
      ends_at = new Date(ctx.now.getTime() + room.term_weeks * weekMs).toISOString();
      break;
    case 'pause':
      paused_at = now;
      break;
    case 'resume':
      // The term is time spent mentoring: a pause pushes the end back by its length.
      if (ends_at && paused_at) ends_at = new Date(Date.parse(ends_at) + (ctx.now.getTime() - Date.parse(paused_at))).toISOString();
      paused_at = null;
      break;
    default:
      closed_at = now;
  }
  prepared(
    ctx.db,
    `UPDATE rooms SET status = ?, status_reason = ?, started_at = ?, ends_at = ?, paused_at = ?, closed_at = ?, updated_at = ?
     WHERE id = ?`,
  ).run(move.to, reason ?? null, started_at, ends_at, paused_at, closed_at, now, room.id);

  // A room that stops running frees the mentor's calendar: its sessions yet to start are off.
  if (move.to !== 'active' && room.status === 'active') {
    const upcoming = prepared(
      ctx.db,
      `SELECT id FROM sessions WHERE room_id = ? AND status IN ('pending', 'accepted') AND starts_at > ? ORDER BY starts_at, id`,
    ).all(room.id, now) as { id: string }[];
    for (const { id } of upcoming) {
      prepared(ctx.db, `UPDATE sessions SET status = 'cancelled', cancel_reason = ?, updated_at = ? WHERE id = ?`).run(
        `The room was ${move.to === 'paused' ? 'paused' : move.to === 'completed' ? 'completed' : 'closed early'}.`,
        now,
        id,
      );
      const session = prepared(ctx.db, 'SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow;
      ctx.emit('session.updated', presentSession(session), participants(room));
    }
  }

  const view = presentRoom(ctx.db, findRoom(ctx.db, room.id)!, caller.userId, ctx.now);
  ctx.emit('room.updated', view, participants(room));
  return view;
}

/** The seven lifecycle actions, one operation each. */
export const transitionHandlers = {
  acceptRoom: (ctx) => ({ status: 200, body: transitionRoom(ctx, ctx.params.roomId, 'accept', ctx.body?.reason) }),
  declineRoom: (ctx) => ({ status: 200, body: transitionRoom(ctx, ctx.params.roomId, 'decline', ctx.body?.reason) }),
  withdrawRoom: (ctx) => ({ status: 200, body: transitionRoom(ctx, ctx.params.roomId, 'withdraw', ctx.body?.reason) }),
  pauseRoom: (ctx) => ({ status: 200, body: transitionRoom(ctx, ctx.params.roomId, 'pause', ctx.body?.reason) }),
  resumeRoom: (ctx) => ({ status: 200, body: transitionRoom(ctx, ctx.params.roomId, 'resume', ctx.body?.reason) }),
  completeRoom: (ctx) => ({ status: 200, body: transitionRoom(ctx, ctx.params.roomId, 'complete', ctx.body?.reason) }),
  closeRoom: (ctx) => ({ status: 200, body: transitionRoom(ctx, ctx.params.roomId, 'close', ctx.body.reason) }),
} satisfies Partial<HandlerMap<'acceptRoom' | 'declineRoom' | 'withdrawRoom' | 'pauseRoom' | 'resumeRoom' | 'completeRoom' | 'closeRoom'>>;
