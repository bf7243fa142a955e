import type { components } from '@menteo/api';
import { prepared } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import type { HandlerMap } from '../../http/handler.js';
import { Problem, problem } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { isBookableSlot } from '../mentors/availability.js';
import { participantRoom, participants, touchRoom, violatesUnique, type Caller, type RoomContext } from './access.js';
import { presentSession } from './present.js';
import type { RoomRow, SessionRow } from './rows.js';
import { canSessionTransition, sessionRefusals, sessionTransitions, type RoomRole, type SessionAction } from './state-machine.js';

type Session = components['schemas']['Session'];

/** Every session is one hour: the mentors' slots are hours. */
export const sessionMinutes = 60;
/** Sessions booked ahead per room (pending or accepted, not yet ended): a mentee cannot hoard a calendar. */
export const maxUpcomingSessions = 4;

/** The room, if the caller takes part in it and it is active (sessions happen in running rooms only). */
function activeRoom(ctx: RoomContext, roomId: string, doing: string): { room: RoomRow; role: RoomRole; caller: Caller } {
  const found = participantRoom(ctx, roomId);
  if (found.room.status !== 'active') {
    throw problem.conflict(`Sessions can be ${doing} only in an active room; this room is ${found.room.status}.`, 'invalid_transition');
  }
  return found;
}

function findSession(ctx: RoomContext, room: RoomRow, sessionId: string): SessionRow {
  const session = prepared(ctx.db, 'SELECT * FROM sessions WHERE id = ? AND room_id = ?').get(sessionId, room.id) as SessionRow | undefined;
  if (!session) throw problem.notFound(`Room ${room.id} has no session ${sessionId}.`);
  return session;
}

function slotUnavailable(startsAt: string, why: string): Problem {
  return new Problem(409, 'slot_unavailable', `The mentor has no open slot at ${startsAt}: ${why}.`);
}

/**
 * Checks that `startsAt` is an open slot of the room's mentor, and returns it in
 * the canonical form the unique index compares (`toISOString()`).
 */
function openSlot(ctx: RoomContext, room: RoomRow, requested: string): { startsAt: string; endsAt: string } {
  const start = new Date(requested);
  const startsAt = start.toISOString();
  if (start.getTime() <= ctx.now.getTime()) throw slotUnavailable(startsAt, 'it is in the past');
  if (!isBookableSlot(ctx.db, room.mentor_id, startsAt, ctx.now)) throw slotUnavailable(startsAt, 'it is taken or outside their availability');
  return { startsAt, endsAt: new Date(start.getTime() + sessionMinutes * 60_000).toISOString() };
}

/** Runs a write that claims a slot; the unique index settles a race the availability check could not see. */
function claimSlot(startsAt: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    if (violatesUnique(error, 'sessions.mentor_id')) throw slotUnavailable(startsAt, 'it was just taken');
    throw error;
  }
}

/** Saves, moves the room's `updatedAt`, tells both participants; returns the session as the API shows it. */
function sessionChanged(ctx: RoomContext, room: RoomRow, sessionId: string): Session {
  touchRoom(ctx.db, room.id, ctx.now);
  const session = presentSession(prepared(ctx.db, 'SELECT * FROM sessions WHERE id = ?').get(sessionId) as SessionRow);
  ctx.emit('session.updated', session, participants(room));
  return session;
}

/**
 * Checks a session action against `sessionTransitions` (status → 409, then side → 403,
 * then time: completing or reporting a no-show needs the session to have started,
 * moving it needs it not to have).
 */
function guardSessionAction(ctx: RoomContext, roomId: string, sessionId: string, action: SessionAction) {
  const found = activeRoom(ctx, roomId, 'changed');
  const session = findSession(ctx, found.room, sessionId);
  const move = sessionTransitions[action];
  if (!canSessionTransition(action, session.status)) {
    throw new Problem(409, 'invalid_transition', `A session in status ${session.status} cannot ${sessionRefusals[action]}.`);
  }
  if (!(move.by as readonly string[]).includes(found.role)) throw problem.forbidden(`Only the ${move.by.join(' or ')} of the room can do this.`);
  const started = Date.parse(session.starts_at) <= ctx.now.getTime();
  if (move.started === true && !started) throw problem.conflict(`Session ${session.id} has not started yet (it starts at ${session.starts_at}).`);
  // Only a move (reschedule) asks for a session not yet started: a started one is booked anew.
  if (move.started === false && started) throw problem.conflict(`Session ${session.id} has already started; book a new one instead.`);
  return { ...found, session };
}

/** A room's sessions: list, book, edit, and the session's own lifecycle. */
export const sessionHandlers = {
  listRoomSessions: (ctx) => {
    const { room } = participantRoom(ctx, ctx.params.roomId);
    const { status, from, to, limit = 20, cursor } = ctx.query;
    const fromIso = from === undefined ? null : new Date(from).toISOString();
    const toIso = to === undefined ? null : new Date(to).toISOString();
    if (fromIso && toIso && fromIso >= toIso) throw problem.invalidParameter('to', 'must be after from');
    const list = `room-sessions:${room.id}`;
    const after = cursor ? decodeCursor(list, cursor, 2) : [null, null];
    const rows = prepared(
      ctx.db,
      `SELECT * FROM sessions
       WHERE room_id = :room
         AND (:statuses IS NULL OR status IN (SELECT value FROM json_each(:statuses)))
         AND (:from IS NULL OR starts_at >= :from)
         AND (:to IS NULL OR starts_at < :to)
         AND (:afterAt IS NULL OR (starts_at, id) > (:afterAt, :afterId))
       ORDER BY starts_at, id
       LIMIT :take`,
    ).all({
      room: room.id,
      statuses: status ? JSON.stringify(status) : null,
      from: fromIso,
      to: toIso,
      afterAt: after[0] ?? null,
      afterId: after[1] ?? null,
      take: limit + 1,
    }) as SessionRow[];
    const page = pageOf(rows, limit, list, (r) => [r.starts_at, r.id]);
    return { status: 200, body: { data: page.items.map(presentSession), nextCursor: page.nextCursor } };
  },

  bookRoomSession: (ctx) => {
    const { room, role, caller } = activeRoom(ctx, ctx.params.roomId, 'booked');
    const upcoming = prepared(ctx.db, `SELECT COUNT(*) AS n FROM sessions WHERE room_id = ? AND status IN ('pending', 'accepted') AND ends_at > ?`).get(
      room.id,
      ctx.now.toISOString(),
    ) as { n: number };
    if (upcoming.n >= maxUpcomingSessions) {
      throw problem.conflict(`A room can have at most ${maxUpcomingSessions} upcoming sessions; hold or cancel one first.`);
    }
    const slot = openSlot(ctx, room, ctx.body.startsAt);
    const id = newId('ses');
    const at = ctx.now.toISOString();
    // The mentor's word confirms a time; the mentee's proposal waits for it.
    const status = role === 'mentor' ? 'accepted' : 'pending';
    claimSlot(slot.startsAt, () =>
      prepared(
        ctx.db,
        `INSERT INTO sessions (id, room_id, mentor_id, starts_at, ends_at, duration_minutes, status, agenda, meeting_url, hat, booked_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        room.id,
        room.mentor_id,
        slot.startsAt,
        slot.endsAt,
        sessionMinutes,
        status,
        ctx.body.agenda ?? null,
        ctx.body.meetingUrl ?? null,
        ctx.body.hat ?? null,
        caller.userId,
        at,
        at,
      ),
    );
    return { status: 201, body: sessionChanged(ctx, room, id) };
  },

  updateRoomSession: (ctx) => {
    const { room } = activeRoom(ctx, ctx.params.roomId, 'edited');
    const session = findSession(ctx, room, ctx.params.sessionId);
    const { agenda, notes, meetingUrl, hat } = ctx.body;
    const keep = <T>(given: T | undefined, current: T) => (given === undefined ? current : given);
    prepared(ctx.db, 'UPDATE sessions SET agenda = ?, notes = ?, meeting_url = ?, hat = ?, updated_at = ? WHERE id = ?').run(
      keep(agenda, session.agenda),
      keep(notes, session.notes),
      keep(meetingUrl, session.meeting_url),
      keep(hat, session.hat),
      ctx.now.toISOString(),
      session.id,
    );
    return { status: 200, body: sessionChanged(ctx, room, session.id) };
  },

  acceptRoomSession: (ctx) => {
    const { room, session } = guardSessionAction(ctx, ctx.params.roomId, ctx.params.sessionId, 'accept');
    prepared(ctx.db, 'UPDATE sessions SET status = ?, updated_at = ? WHERE id = ?').run(sessionTransitions.accept.to, ctx.now.toISOString(), session.id);
    return { status: 200, body: sessionChanged(ctx, room, session.id) };
  },

  rescheduleRoomSession: (ctx) => {
    const { room, role, session } = guardSessionAction(ctx, ctx.params.roomId, ctx.params.sessionId, 'reschedule');
    const slot = openSlot(ctx, room, ctx.body.startsAt);
    const status = sessionTransitions.reschedule.to[role];
    claimSlot(slot.startsAt, () =>
      prepared(ctx.db, 'UPDATE sessions SET starts_at = ?, ends_at = ?, status = ?, updated_at = ? WHERE id = ?').run(
        slot.startsAt,
        slot.endsAt,
        status,
        ctx.now.toISOString(),
        session.id,
      ),
    );
    return { status: 200, body: sessionChanged(ctx, room, session.id) };
  },

  cancelRoomSession: (ctx) => {
    const { room, session } = guardSessionAction(ctx, ctx.params.roomId, ctx.params.sessionId, 'cancel');
    prepared(ctx.db, 'UPDATE sessions SET status = ?, cancel_reason = ?, updated_at = ? WHERE id = ?').run(
      sessionTransitions.cancel.to,
      ctx.body?.reason ?? null,
      ctx.now.toISOString(),
      session.id,
    );
    return { status: 200, body: sessionChanged(ctx, room, session.id) };
  },

  completeRoomSession: (ctx) => {
    const { room, session } = guardSessionAction(ctx, ctx.params.roomId, ctx.params.sessionId, 'complete');
    prepared(ctx.db, 'UPDATE sessions SET status = ?, notes = ?, updated_at = ? WHERE id = ?').run(
      sessionTransitions.complete.to,
      ctx.body?.notes ?? session.notes,
      ctx.now.toISOString(),
      session.id,
    );
    // A session held counts on the mentor's profile ("sessions completed").
    prepared(ctx.db, 'UPDATE mentors SET sessions_completed = sessions_completed + 1 WHERE id = ?').run(room.mentor_id);
    return { status: 200, body: sessionChanged(ctx, room, session.id) };
  },

  answerRoomSessionHelpFit: (ctx) => {
    const { room, role } = participantRoom(ctx, ctx.params.roomId);
    const session = findSession(ctx, room, ctx.params.sessionId);
    if (session.status !== 'completed') throw problem.conflict(`Help fit is asked after a completed session; this session is ${session.status}.`);
    const column = role === 'mentor' ? 'help_fit_mentor' : 'help_fit_mentee';
    if (session[column] !== null) throw problem.conflict(`You answered for session ${session.id} already; the answer is given once.`);
    prepared(ctx.db, `UPDATE sessions SET ${column} = ?, updated_at = ? WHERE id = ?`).run(ctx.body.answer, ctx.now.toISOString(), session.id);
    return { status: 200, body: sessionChanged(ctx, room, session.id) };
  },

  markRoomSessionNoShow: (ctx) => {
    const { room, session } = guardSessionAction(ctx, ctx.params.roomId, ctx.params.sessionId, 'noShow');
    prepared(ctx.db, 'UPDATE sessions SET status = ?, updated_at = ? WHERE id = ?').run(sessionTransitions.noShow.to, ctx.now.toISOString(), session.id);
    return { status: 200, body: sessionChanged(ctx, room, session.id) };
  },
} satisfies Partial<
  HandlerMap<
    | 'listRoomSessions'
    | 'bookRoomSession'
    | 'updateRoomSession'
    | 'answerRoomSessionHelpFit'
    | 'acceptRoomSession'
    | 'rescheduleRoomSession'
    | 'cancelRoomSession'
    | 'completeRoomSession'
    | 'markRoomSessionNoShow'
  >
>;
