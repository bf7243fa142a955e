import { prepared, type Db } from '../../db/database.js';
import { problem } from '../../http/problem.js';
import { summaryColumns, type RoadmapRow, type StepRow } from './shapes.js';

/** Finds a roadmap by id (`rdm_…`) or by slug; the path parameter accepts both. */
export function findRoadmapRow(db: Db, ref: string): RoadmapRow | undefined {
  const column = ref.startsWith('rdm_') ? 'id' : 'slug';
  return prepared(db, `SELECT ${summaryColumns} FROM roadmaps r WHERE r.${column} = ?`).get(ref) as RoadmapRow | undefined;
}

/** Like `findRoadmapRow`, but a missing roadmap is the 404 the API answers. */
export function requireRoadmapRow(db: Db, ref: string): RoadmapRow {
  const row = findRoadmapRow(db, ref);
  if (!row) throw problem.notFound(`No roadmap ${ref} exists.`);
  return row;
}

/** A roadmap's steps, in order. */
export function stepRowsOf(db: Db, roadmapId: string): StepRow[] {
  return prepared(
    db,
    `SELECT id, position, title, summary, resources, estimated_hours, optional
     FROM roadmap_steps WHERE roadmap_id = ? ORDER BY position`,
  ).all(roadmapId) as StepRow[];
}
