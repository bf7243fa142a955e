import { prepared, type Db } from '../../db/database.js';
import { problem } from '../../http/problem.js';
import { summaryColumns, type RoadmapRow, type StepRow } from './shapes.js';
import { liveStep, visibleTo } from './visibility.js';

/**
 * Finds a roadmap by id (`rdm_…`) or by slug; the path parameter accepts both. Only a roadmap
 * `orgId`'s credentials may read: another organization's own roadmaps, and unpublished ones,
 * are not found.
 */
export function findRoadmapRow(db: Db, ref: string, orgId: string): RoadmapRow | undefined {
  const column = ref.startsWith('rdm_') ? 'id' : 'slug';
  return prepared(db, `SELECT ${summaryColumns} FROM roadmaps r WHERE r.${column} = ? AND ${visibleTo}`).get(ref, orgId) as RoadmapRow | undefined;
}

/** Like `findRoadmapRow`, but a missing roadmap is the 404 the API answers. */
export function requireRoadmapRow(db: Db, ref: string, orgId: string): RoadmapRow {
  const row = findRoadmapRow(db, ref, orgId);
  if (!row) throw problem.notFound(`No roadmap ${ref} exists.`);
  return row;
}

/** A roadmap's steps readers see, in order (removed steps left out). */
export function stepRowsOf(db: Db, roadmapId: string): StepRow[] {
  return prepared(
    db,
    `SELECT s.id, s.position, s.title, s.summary, s.resources, s.estimated_hours, s.optional
     FROM roadmap_steps s WHERE s.roadmap_id = ? AND ${liveStep} ORDER BY s.position`,
  ).all(roadmapId) as StepRow[];
}
