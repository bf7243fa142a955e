import { prepared } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import type { HandlerContext, HandlerMap, OperationId } from '../../http/handler.js';
import { Problem, problem } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { isBookableSlot } from '../mentors/availability.js';
import { findVisibleMentor, mentorUserId } from '../mentors/queries.js';
import { requireCaller, violatesUnique, type Caller } from '../rooms/access.js';
import { presentIntroCall, type IntroCallRow } from './present.js';

function slotUnavailable(startsAt: string, why: string): Problem {
  return new Problem(409, 'slot_unavailable', `The mentor has no open slot at ${startsAt}: ${why}.`);
}

/** The intro call if the caller is one of its two people; `404` otherwise (its existence is not revealed). */
function ownIntroCall(ctx: HandlerContext<OperationId>, introCallId: string): { row: IntroCallRow; caller: Caller } {
  const caller = requireCaller(ctx.principal);
  const row = prepared(ctx.db, 'SELECT * FROM intro_calls WHERE id = ? AND (mentee_id = ? OR mentor_user_id = ?)').get(
    introCallId,
    caller.userId,
    caller.userId,
  ) as IntroCallRow | undefined;
  if (!row) throw problem.notFound(`No intro call ${introCallId} is visible to this credential.`);
  return { row, caller };
}

function reread(ctx: HandlerContext<OperationId>, id: string): IntroCallRow {
  return prepared(ctx.db, 'SELECT * FROM intro_calls WHERE id = ?').get(id) as IntroCallRow;
}

/** `POST /v1/mentors/{mentorId}/intro-calls`, `GET /v1/intro-calls`, `GET` and `PATCH /v1/intro-calls/{id}`, `POST …/cancel`. */
export const introCallHandlers = {
  bookIntroCall: (ctx) => {
    const caller = requireCaller(ctx.principal);
    const { mentorId } = ctx.params;
    // Another organization's internal mentor is not there at all, as for rooms.
    const mentor = findVisibleMentor(ctx.db, mentorId, caller.orgId);
    const mentorUser = mentorUserId(ctx.db, mentorId);
    if (!mentor || !mentorUser) throw problem.notFound(`No mentor ${mentorId} is visible to this credential.`);
    if (mentorUser === caller.userId) {
      const detail = 'is your own mentor profile; an intro call needs two people';
      throw new Problem(422, 'validation_failed', `Invalid path parameter mentorId: ${detail}`, [{ in: 'path', pointer: '/mentorId', detail }]);
    }
    const offering = mentor.offerings.find((o) => o.kind === 'intro_call');
    if (!offering) throw problem.conflict(`Mentor ${mentorId} offers no intro call.`);
    const at = ctx.now.toISOString();
    const open = prepared(ctx.db, `SELECT id FROM intro_calls WHERE mentor_id = ? AND mentee_id = ? AND status = 'booked' AND ends_at > ?`).get(
      mentorId,
      caller.userId,
      at,
    ) as { id: string } | undefined;
    if (open) throw problem.conflict(`You already have an intro call (${open.id}) booked with this mentor.`);

    const start = new Date(ctx.body.startsAt);
    const startsAt = start.toISOString();
    if (start.getTime() <= ctx.now.getTime()) throw slotUnavailable(startsAt, 'it is in the past');
    // Sessions and intro calls share the mentor's hours: this sees both, inside the write transaction.
    if (!isBookableSlot(ctx.db, mentorId, startsAt, ctx.now)) throw slotUnavailable(startsAt, 'it is taken or outside their availability');
    const id = newId('itc');
    try {
      prepared(
        ctx.db,
        `INSERT INTO intro_calls (id, mentor_id, mentor_user_id, mentee_id, starts_at, ends_at, duration_minutes, status, message, meeting_url, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?, ?, ?)`,
      ).run(
        id,
        mentorId,
        mentorUser,
        caller.userId,
        startsAt,
        new Date(start.getTime() + offering.durationMinutes * 60_000).toISOString(),
        offering.durationMinutes,
        ctx.body.message ?? null,
        ctx.body.meetingUrl ?? null,
        at,
        at,
      );
    } catch (error) {
      if (violatesUnique(error, 'intro_calls.mentor_id')) throw slotUnavailable(startsAt, 'it was just taken');
      throw error;
    }
    const call = presentIntroCall(ctx.db, reread(ctx, id), caller.userId);
    ctx.emit('intro_call.booked', call, { userIds: [caller.userId, mentorUser] });
    return { status: 201, body: call };
  },

  listIntroCalls: (ctx) => {
    const caller = requireCaller(ctx.principal);
    const { status, limit = 20, cursor } = ctx.query;
    const list = 'intro-calls';
    const after = cursor ? decodeCursor(list, cursor, 2) : [null, null];
    const rows = prepared(
      ctx.db,
      `SELECT * FROM intro_calls
       WHERE (mentee_id = :me OR mentor_user_id = :me)
         AND (:status IS NULL OR status = :status)
         AND (:afterAt IS NULL OR (starts_at, id) > (:afterAt, :afterId))
       ORDER BY starts_at, id
       LIMIT :take`,
    ).all({ me: caller.userId, status: status ?? null, afterAt: after[0] ?? null, afterId: after[1] ?? null, take: limit + 1 }) as IntroCallRow[];
    const page = pageOf(rows, limit, list, (r) => [r.starts_at, r.id]);
    return { status: 200, body: { data: page.items.map((r) => presentIntroCall(ctx.db, r, caller.userId)), nextCursor: page.nextCursor } };
  },

  retrieveIntroCall: (ctx) => {
    const { row, caller } = ownIntroCall(ctx, ctx.params.introCallId);
    return { status: 200, body: presentIntroCall(ctx.db, row, caller.userId) };
  },

  updateIntroCall: (ctx) => {
    const { row, caller } = ownIntroCall(ctx, ctx.params.introCallId);
    if (row.status !== 'booked') throw new Problem(409, 'invalid_transition', `An intro call in status ${row.status} can no longer be changed.`);
    // A link is for joining: once the call is over there is nothing left to join.
    if (Date.parse(row.ends_at) <= ctx.now.getTime()) {
      throw new Problem(409, 'invalid_transition', `Intro call ${row.id} ended at ${row.ends_at}; it can no longer be changed.`);
    }
    prepared(ctx.db, 'UPDATE intro_calls SET meeting_url = ?, updated_at = ? WHERE id = ?').run(ctx.body.meetingUrl, ctx.now.toISOString(), row.id);
    // Both people hear of it, with the changer's view (as intro_call.cancelled carries the canceller's).
    const call = presentIntroCall(ctx.db, reread(ctx, row.id), caller.userId);
    ctx.emit('intro_call.updated', call, { userIds: [row.mentee_id, row.mentor_user_id] });
    return { status: 200, body: call };
  },

  cancelIntroCall: (ctx) => {
    const { row, caller } = ownIntroCall(ctx, ctx.params.introCallId);
    if (row.status !== 'booked') throw new Problem(409, 'invalid_transition', `An intro call in status ${row.status} cannot be cancelled.`);
    if (Date.parse(row.starts_at) <= ctx.now.getTime()) {
      throw new Problem(409, 'invalid_transition', `Intro call ${row.id} has already started (at ${row.starts_at}); it can no longer be cancelled.`);
    }
    prepared(ctx.db, `UPDATE intro_calls SET status = 'cancelled', cancel_reason = ?, updated_at = ? WHERE id = ?`).run(
      ctx.body?.reason ?? null,
      ctx.now.toISOString(),
      row.id,
    );
    // Both people hear of it, with the canceller's view (as room.updated carries the actor's).
    const call = presentIntroCall(ctx.db, reread(ctx, row.id), caller.userId);
    ctx.emit('intro_call.cancelled', call, { userIds: [row.mentee_id, row.mentor_user_id] });
    return { status: 200, body: call };
  },
} satisfies Partial<HandlerMap<'bookIntroCall' | 'listIntroCalls' | 'retrieveIntroCall' | 'updateIntroCall' | 'cancelIntroCall'>>;
