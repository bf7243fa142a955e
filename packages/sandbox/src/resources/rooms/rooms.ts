import { prepared, type Db } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import type { HandlerMap } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { findVisibleMentor, mentorUserId } from '../mentors/queries.js';
import { expireDueRooms, findRoom, participantRoom, participants, requireCaller } from './access.js';
import { insertMessage } from './messages.js';
import { presentRoom } from './present.js';
import type { RoomRow } from './rows.js';

/** Seats the mentor still has: capacity minus rooms that hold a seat (active or paused). */
export function openCapacity(db: Db, mentorId: string): { accepting: boolean; open: number } {
  const row = prepared(
    db,
    `SELECT accepting_requests AS accepting,
            capacity_max - (SELECT COUNT(*) FROM rooms WHERE mentor_id = mentors.id AND status IN ('active', 'paused')) AS open
     FROM mentors WHERE id = ?`,
  ).get(mentorId) as { accepting: number; open: number } | undefined;
  return { accepting: row?.accepting === 1, open: row?.open ?? 0 };
}

/** `POST /v1/rooms`, `GET /v1/rooms`, `GET /v1/rooms/{roomId}`. */
export const roomHandlers = {
  createRoom: (ctx) => {
    const caller = requireCaller(ctx.principal);
    const { mentorId, goal, cadence, termWeeks, agreement, message, selfEfficacy } = ctx.body;
    if (!findVisibleMentor(ctx.db, mentorId, caller.orgId)) throw problem.notFound(`No mentor ${mentorId} is visible to this credential.`);
    const mentorUser = mentorUserId(ctx.db, mentorId);
    if (!mentorUser) throw problem.notFound(`No mentor ${mentorId} is visible to this credential.`);
    if (mentorUser === caller.userId) throw problem.invalidField('/mentorId', 'is your own mentor profile; a room needs two people');

    expireDueRooms(ctx, caller);
    // Two codes, because a page says two different things: "see your request" and "ask someone else".
    // The pair's own room first: a mentor whose last seat is this mentee's room is not "full" to them.
    const existing = prepared(ctx.db, `SELECT id, status FROM rooms WHERE mentor_id = ? AND mentee_id = ? AND status IN ('requested', 'active', 'paused')`).get(
      mentorId,
      caller.userId,
    ) as { id: string; status: string } | undefined;
    if (existing) throw problem.conflict(`You already have a ${existing.status} room (${existing.id}) with this mentor.`, 'already_requested');
    const seats = openCapacity(ctx.db, mentorId);
    if (!seats.accepting) throw problem.conflict(`Mentor ${mentorId} is not accepting new mentees right now.`, 'mentor_unavailable');
    if (seats.open <= 0) throw problem.conflict(`Mentor ${mentorId} has no open capacity right now.`, 'mentor_unavailable');

    const id = newId('room');
    const at = ctx.now.toISOString();
    prepared(
      ctx.db,
      `INSERT INTO rooms (id, mentor_id, mentor_user_id, mentee_id, goal, cadence, term_weeks, agreement, status, created_at, updated_at, self_efficacy_start,
         agreement_mentee_signed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'requested', ?, ?, ?, ?)`,
      // The agreement a mentee proposes with the request is signed by them; the mentor accepts it (acceptRoomAgreement).
    ).run(id, mentorId, mentorUser, caller.userId, goal, cadence, termWeeks, agreement ?? null, at, at, selfEfficacy ?? null, agreement ? at : null);
    const room = findRoom(ctx.db, id)!;
    const first = message === undefined ? undefined : insertMessage(ctx.db, room, caller.userId, message, ctx.now);
    const view = presentRoom(ctx.db, room, caller.userId, ctx.now);
    // The room first, then its first message: a subscriber learns of the room before anything in it.
    ctx.emit('room.updated', view, participants(room));
    // The mentor's inbox counts new requests by this one, so it carries the room as the mentor sees it.
    ctx.emit('room.requested', presentRoom(ctx.db, room, mentorUser, ctx.now), { userIds: [mentorUser] });
    if (first) ctx.emit('room.message.created', first, participants(room));
    return { status: 201, body: view };
  },

  listRooms: (ctx) => {
    const caller = requireCaller(ctx.principal);
    expireDueRooms(ctx, caller);
    const { status, role, limit = 20, cursor } = ctx.query;
    const after = cursor ? decodeCursor('rooms', cursor, 2) : [null, null];
    const rows = prepared(
      ctx.db,
      `SELECT * FROM rooms
       WHERE ((mentee_id = :me AND :role IS NOT 'mentor') OR (mentor_user_id = :me AND :role IS NOT 'mentee'))
         AND (:statuses IS NULL OR status IN (SELECT value FROM json_each(:statuses)))
         AND (:afterAt IS NULL OR (updated_at, id) < (:afterAt, :afterId))
       ORDER BY updated_at DESC, id DESC
       LIMIT :take`,
    ).all({
      me: caller.userId,
      role: role ?? null,
      statuses: status ? JSON.stringify(status) : null,
      afterAt: after[0] ?? null,
      afterId: after[1] ?? null,
      take: limit + 1,
    }) as RoomRow[];
    const page = pageOf(rows, limit, 'rooms', (r) => [r.updated_at, r.id]);
    return {
      status: 200,
      body: { data: page.items.map((r) => presentRoom(ctx.db, r, caller.userId, ctx.now)), nextCursor: page.nextCursor },
    };
  },

  retrieveRoom: (ctx) => {
    const { room, caller } = participantRoom(ctx, ctx.params.roomId);
    return { status: 200, body: presentRoom(ctx.db, room, caller.userId, ctx.now) };
  },
} satisfies Partial<HandlerMap<'createRoom' | 'listRooms' | 'retrieveRoom'>>;
