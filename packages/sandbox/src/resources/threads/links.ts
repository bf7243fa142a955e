import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { problem } from '../../http/problem.js';
import { findRoadmapRow } from '../roadmaps/queries.js';
import { liveStep } from '../roadmaps/visibility.js';

/**
 * Checks a post's link against the other resources' tables: a roadmap step must be a live step
 * (not removed by a published edit) of a roadmap the author may read (`orgId`: their
 * credential's organization) and has progress on; a room goal must belong to that room, and the
 * author must take part in the room (its mentee, or the person behind its mentor). A roadmap
 * or room the author may not see gets the same answer as a missing one, so links reveal no one's
 * rooms and no organization's roadmaps.
 */
export function checkPostLink(db: Db, link: components['schemas']['PostLink'], authorId: string, orgId: string): void {
  if (link.kind === 'roadmap_step') {
    if (!findRoadmapRow(db, link.roadmapId, orgId)) {
      throw problem.invalidField('/link/roadmapId', `no roadmap ${link.roadmapId}`);
    }
    const step = prepared(db, `SELECT ${liveStep} AS live FROM roadmap_steps s WHERE s.id = ? AND s.roadmap_id = ?`).get(link.stepId, link.roadmapId) as
      | { live: number }
      | undefined;
    if (!step) throw problem.invalidField('/link/stepId', `${link.stepId} is not a step of roadmap ${link.roadmapId}`);
    // Its row stays (people's progress on it is kept), but readers no longer see it on the roadmap.
    if (!step.live) throw problem.invalidField('/link/stepId', `${link.stepId} was removed from roadmap ${link.roadmapId}`);
    // On the roadmap: some progress of the author's on one of its steps, so a post never
    // claims a step of a path its author never took up.
    if (!prepared(db, 'SELECT 1 FROM roadmap_progress WHERE user_id = ? AND roadmap_id = ? LIMIT 1').get(authorId, link.roadmapId)) {
      throw problem.invalidField('/link/roadmapId', `you are not on roadmap ${link.roadmapId}: record progress on one of its steps first`);
    }
    return;
  }
  const inRoom = prepared(
    db,
    `SELECT 1 FROM rooms r
     WHERE r.id = @room AND (r.mentee_id = @user OR EXISTS (SELECT 1 FROM mentors m WHERE m.id = r.mentor_id AND m.user_id = @user))`,
  ).get({ room: link.roomId, user: authorId });
  if (!inRoom) throw problem.invalidField('/link/roomId', `${link.roomId} is not a room you take part in`);
  if (!prepared(db, 'SELECT 1 FROM goals WHERE id = ? AND room_id = ?').get(link.goalId, link.roomId)) {
    throw problem.invalidField('/link/goalId', `${link.goalId} is not a goal of room ${link.roomId}`);
  }
}
