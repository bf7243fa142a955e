import { prepared } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import type { HandlerMap } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { findRoom, participantRoom, participants, touchRoom, type RoomContext } from './access.js';
import { presentGoal, presentRoom } from './present.js';
import type { GoalRow, RoomRow } from './rows.js';
import { goalWritableStatuses } from './state-machine.js';

/** Goals per room: enough for a year of mentoring, few enough to stay a plan. */
export const maxGoalsPerRoom = 25;

/** The room, if the caller takes part in it and its goals may change now (`409` otherwise). */
function writableRoom(ctx: RoomContext, roomId: string): { room: RoomRow; userId: string } {
  const { room, caller } = participantRoom(ctx, roomId);
  if (!goalWritableStatuses.includes(room.status)) {
    throw problem.conflict(`Goals can change only while a room is active or paused; this room is ${room.status}.`);
  }
  return { room, userId: caller.userId };
}

function findGoal(ctx: RoomContext, room: RoomRow, goalId: string): GoalRow {
  const goal = prepared(ctx.db, 'SELECT rowid, * FROM goals WHERE id = ? AND room_id = ?').get(goalId, room.id) as GoalRow | undefined;
  if (!goal) throw problem.notFound(`Room ${room.id} has no goal ${goalId}.`);
  return goal;
}

/** A change to the goals changes the room's `goalsSummary`: both participants hear of it. */
function goalsChanged(ctx: RoomContext, room: RoomRow, userId: string): void {
  touchRoom(ctx.db, room.id, ctx.now);
  ctx.emit('room.updated', presentRoom(ctx.db, findRoom(ctx.db, room.id)!, userId, ctx.now), participants(room));
}

/** A room's goals: list, add, change, remove. */
export const goalHandlers = {
  listRoomGoals: (ctx) => {
    const { room } = participantRoom(ctx, ctx.params.roomId);
    const { limit = 20, cursor } = ctx.query;
    const list = `room-goals:${room.id}`;
    const after = cursor ? decodeCursor(list, cursor, 2) : [null, null];
    const rows = prepared(
      ctx.db,
      `SELECT rowid, * FROM goals
       WHERE room_id = :room AND (:afterAt IS NULL OR (created_at, rowid) > (:afterAt, :afterRow))
       ORDER BY created_at, rowid
       LIMIT :take`,
    ).all({ room: room.id, afterAt: after[0] ?? null, afterRow: after[1] ?? null, take: limit + 1 }) as GoalRow[];
    const page = pageOf(rows, limit, list, (g) => [g.created_at, g.rowid]);
    return { status: 200, body: { data: page.items.map(presentGoal), nextCursor: page.nextCursor } };
  },

  createRoomGoal: (ctx) => {
    const { room, userId } = writableRoom(ctx, ctx.params.roomId);
    const { n } = prepared(ctx.db, 'SELECT COUNT(*) AS n FROM goals WHERE room_id = ?').get(room.id) as { n: number };
    if (n >= maxGoalsPerRoom) throw problem.conflict(`A room holds at most ${maxGoalsPerRoom} goals; drop or delete one first.`);
    const id = newId('goal');
    const at = ctx.now.toISOString();
    const { title, successCriteria, targetDate, progress } = ctx.body;
    prepared(
      ctx.db,
      `INSERT INTO goals (id, room_id, title, success_criteria, target_date, progress, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
    ).run(id, room.id, title, successCriteria ?? null, targetDate ?? null, progress ?? 0, at, at);
    goalsChanged(ctx, room, userId);
    return { status: 201, body: presentGoal(findGoal(ctx, room, id)) };
  },

  updateRoomGoal: (ctx) => {
    const { room, userId } = writableRoom(ctx, ctx.params.roomId);
    const goal = findGoal(ctx, room, ctx.params.goalId);
    const body = ctx.body;
    const status = body.status ?? goal.status;
    // Achieved means done: progress follows the status unless the body says otherwise.
    const progress = body.progress ?? (body.status === 'achieved' ? 100 : goal.progress);
    if (status === 'achieved' && progress !== 100) {
      throw problem.invalidField('/progress', 'must be 100 for an achieved goal (set status to open to lower it)');
    }
    prepared(ctx.db, `UPDATE goals SET title = ?, success_criteria = ?, target_date = ?, progress = ?, status = ?, updated_at = ? WHERE id = ?`).run(
      body.title ?? goal.title,
      body.successCriteria === undefined ? goal.success_criteria : body.successCriteria,
      body.targetDate === undefined ? goal.target_date : body.targetDate,
      progress,
      status,
      ctx.now.toISOString(),
      goal.id,
    );
    goalsChanged(ctx, room, userId);
    return { status: 200, body: presentGoal(findGoal(ctx, room, goal.id)) };
  },

  deleteRoomGoal: (ctx) => {
    const { room, userId } = writableRoom(ctx, ctx.params.roomId);
    const goal = findGoal(ctx, room, ctx.params.goalId);
    prepared(ctx.db, 'DELETE FROM goals WHERE id = ?').run(goal.id);
    goalsChanged(ctx, room, userId);
    return { status: 204, body: undefined };
  },
} satisfies Partial<HandlerMap<'listRoomGoals' | 'createRoomGoal' | 'updateRoomGoal' | 'deleteRoomGoal'>>;
