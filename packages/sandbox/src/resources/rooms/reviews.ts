import { prepared } from '../../db/database.js';
import type { HandlerMap } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { insertReview } from '../mentors/store.js';
import { findRoom, participantRoom, participants, type RoomContext } from './access.js';
import { presentRoom, presentRoomReview } from './present.js';
import type { RoomReviewRow, RoomRow } from './rows.js';
import { reviewableStatuses } from './state-machine.js';

type Outcome = { goalId: string; outcome: 'achieved' | 'partly_achieved' | 'not_achieved' };

/**
 * The outcomes in the goals' order, one for every goal that was not dropped: a goal of another
 * room, a dropped one, a repeat or a missing one is `422` on the field that says so.
 */
function checkedOutcomes(ctx: RoomContext, room: RoomRow, outcomes: readonly Outcome[]): Outcome[] {
  const goals = prepared(ctx.db, 'SELECT id, status FROM goals WHERE room_id = ? ORDER BY created_at, rowid').all(room.id) as { id: string; status: string }[];
  const open = goals.filter((g) => g.status !== 'dropped').map((g) => g.id);
  const given = new Map<string, Outcome>();
  for (const [i, outcome] of outcomes.entries()) {
    if (!goals.some((g) => g.id === outcome.goalId)) throw problem.invalidField(`/goalOutcomes/${i}/goalId`, `is not a goal of room ${room.id}`);
    if (!open.includes(outcome.goalId)) throw problem.invalidField(`/goalOutcomes/${i}/goalId`, 'is a dropped goal: it has no outcome');
    if (given.has(outcome.goalId)) throw problem.invalidField(`/goalOutcomes/${i}/goalId`, 'has an outcome already');
    given.set(outcome.goalId, { goalId: outcome.goalId, outcome: outcome.outcome });
  }
  const missing = open.filter((id) => !given.has(id));
  if (missing.length) throw problem.invalidField('/goalOutcomes', `needs an outcome for every goal that was not dropped; missing ${missing.join(', ')}`);
  return open.map((id) => given.get(id)!);
}

/** The mentee's review is published on the mentor's profile: their count and average move with it. */
function publishOnProfile(ctx: RoomContext, room: RoomRow, id: string, authorId: string, rating: number, body: string, at: string): void {
  insertReview(ctx.db, { id, mentorId: room.mentor_id, authorId, rating, body, createdAt: at });
  // Recounted from the reviews themselves (not nudged from the rounded average), one decimal as the contract says.
  prepared(
    ctx.db,
    `UPDATE mentors SET (review_count, rating_avg) = (SELECT COUNT(*), round(AVG(rating), 1) FROM mentor_reviews WHERE mentor_id = :id)
     WHERE id = :id`,
  ).run({ id: room.mentor_id });
}

/** Reviews of rooms that ended: one per participant. */
export const reviewHandlers = {
  listRoomReviews: (ctx) => {
    const { room } = participantRoom(ctx, ctx.params.roomId);
    const rows = prepared(ctx.db, 'SELECT * FROM room_reviews WHERE room_id = ? ORDER BY created_at, id').all(room.id) as RoomReviewRow[];
    return { status: 200, body: { data: rows.map((row) => presentRoomReview(ctx.db, row)) } };
  },

  reviewRoom: (ctx) => {
    const { room, role, caller } = participantRoom(ctx, ctx.params.roomId);
    if (!reviewableStatuses.includes(room.status)) {
      throw problem.conflict(`A room can be reviewed once it is completed or closed early; this room is ${room.status}.`);
    }
    const written = prepared(ctx.db, 'SELECT id FROM room_reviews WHERE room_id = ? AND author_role = ?').get(room.id, role) as { id: string } | undefined;
    if (written) throw problem.conflict(`You reviewed room ${room.id} already (${written.id}); a review is written once.`);
    const { rating, body, goalOutcomes, selfEfficacy } = ctx.body;
    if (role === 'mentee' && selfEfficacy === undefined) throw problem.invalidField('/selfEfficacy', 'is required of the mentee');
    if (role !== 'mentee' && selfEfficacy !== undefined) throw problem.invalidField('/selfEfficacy', 'is the mentee’s answer; leave it out as the mentor');
    const outcomes = checkedOutcomes(ctx, room, goalOutcomes);

    const id = newId('rev');
    const at = ctx.now.toISOString();
    prepared(
      ctx.db,
      `INSERT INTO room_reviews (id, room_id, author_id, author_role, rating, body, goal_outcomes, self_efficacy, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, room.id, caller.userId, role, rating, body, JSON.stringify(outcomes), selfEfficacy ?? null, at);
    if (role === 'mentee') publishOnProfile(ctx, room, id, caller.userId, rating, body, at);

    const review = presentRoomReview(ctx.db, prepared(ctx.db, 'SELECT * FROM room_reviews WHERE id = ?').get(id) as RoomReviewRow);
    ctx.emit('room.reviewed', review, participants(room));
    // `reviewedBy` and `selfEfficacy.atEnd` changed: the room's own subscribers hear of it too.
    ctx.emit('room.updated', presentRoom(ctx.db, findRoom(ctx.db, room.id)!, caller.userId, ctx.now), participants(room));
    return { status: 201, body: review };
  },
} satisfies Partial<HandlerMap<'listRoomReviews' | 'reviewRoom'>>;
