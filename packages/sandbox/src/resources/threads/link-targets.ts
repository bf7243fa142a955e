import type { components } from '@menteo/api';
import { prepared } from '../../db/database.js';
import type { Handler } from '../../http/handler.js';
import { liveStep, liveStepAs, visibleTo } from '../roadmaps/visibility.js';
import { requireViewer } from './access.js';

type RoadmapTarget = components['schemas']['RoadmapLinkTarget'];
type RoomTarget = components['schemas']['RoomLinkTarget'];

/**
 * What the caller's posts may link to, by the same rules `checkPostLink` applies on create and
 * update: roadmaps they have progress on (and may still read), with their live steps numbered
 * as a linked post shows them, and the goals of the rooms they take part in. Only the caller's:
 * nobody else's rooms or roadmaps are read.
 */
export const listMyPostLinkTargets: Handler<'listMyPostLinkTargets'> = (ctx) => {
  const viewer = requireViewer(ctx.principal);
  const steps = prepared(
    ctx.db,
    `SELECT r.id AS roadmap_id, r.title AS roadmap_title, s.id AS step_id, s.title AS step_title,
       (SELECT count(*) FROM roadmap_steps o WHERE o.roadmap_id = s.roadmap_id AND o.position <= s.position AND ${liveStepAs('o')}) AS step_index
     FROM roadmaps r JOIN roadmap_steps s ON s.roadmap_id = r.id
     WHERE r.id IN (SELECT roadmap_id FROM roadmap_progress WHERE user_id = ?) AND ${visibleTo} AND ${liveStep}
     ORDER BY r.title, r.id, s.position`,
  ).all(viewer.userId, viewer.orgId) as { roadmap_id: string; roadmap_title: string; step_id: string; step_title: string; step_index: number }[];
  const roadmaps = new Map<string, RoadmapTarget>();
  for (const s of steps) {
    const roadmap = roadmaps.get(s.roadmap_id) ?? { roadmapId: s.roadmap_id, title: s.roadmap_title, steps: [] };
    roadmaps.set(s.roadmap_id, roadmap);
    roadmap.steps.push({ stepId: s.step_id, index: s.step_index, title: s.step_title });
  }
  // Rooms that have goals: one without any offers nothing to pick.
  const goals = prepared(
    ctx.db,
    `SELECT r.id AS room_id, r.goal AS room_title, g.id AS goal_id, g.title AS goal_title
     FROM rooms r JOIN goals g ON g.room_id = r.id
     WHERE r.mentee_id = @user OR r.mentor_user_id = @user
     ORDER BY r.created_at DESC, r.id DESC, g.created_at, g.id`,
  ).all({ user: viewer.userId }) as { room_id: string; room_title: string; goal_id: string; goal_title: string }[];
  const rooms = new Map<string, RoomTarget>();
  for (const g of goals) {
    const room = rooms.get(g.room_id) ?? { roomId: g.room_id, title: g.room_title, goals: [] };
    rooms.set(g.room_id, room);
    room.goals.push({ goalId: g.goal_id, title: g.goal_title });
  }
  return { status: 200, body: { roadmaps: [...roadmaps.values()], rooms: [...rooms.values()] } };
};
