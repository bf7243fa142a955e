import { prepared, type Db } from '../../db/database.js';
import { problem } from '../../http/problem.js';
import type { RoadmapProgress, RoadmapStepState } from './shapes.js';
import { liveStep } from './visibility.js';

interface ProgressRow {
  step_id: string;
  state: RoadmapStepState;
  note: string | null;
  updated_at: string;
}

/**
 * A person's progress on a roadmap. Steps they never touched read as `todo`, so
 * reading progress never writes anything. Steps an organization's admin removed since are
 * not counted; the person's history on them is listed as `removedSteps`.
 */
export function progressOf(db: Db, roadmapId: string, userId: string): RoadmapProgress {
  const stepIds = (
    prepared(db, `SELECT s.id FROM roadmap_steps s WHERE s.roadmap_id = ? AND ${liveStep} ORDER BY s.position`).all(roadmapId) as { id: string }[]
  ).map((row) => row.id);
  const rows = prepared(db, 'SELECT step_id, state, note, updated_at FROM roadmap_progress WHERE user_id = ? AND roadmap_id = ?').all(
    userId,
    roadmapId,
  ) as ProgressRow[];
  const byStep = new Map(rows.map((row) => [row.step_id, row]));
  const removed = removedStepsOf(db, roadmapId, byStep);

  const steps = stepIds.map((stepId) => {
    const row = byStep.get(stepId);
    return { stepId, state: row?.state ?? 'todo', note: row?.note ?? null, updatedAt: row?.updated_at ?? null };
  });
  const doneCount = steps.filter((step) => step.state === 'done').length;
  const skippedCount = steps.filter((step) => step.state === 'skipped').length;
  const finished = (state: RoadmapStepState): boolean => state === 'done' || state === 'skipped';
  // ISO-8601 UTC strings of one format sort chronologically as text.
  const updatedAt = steps.reduce<string | null>(
    (latest, step) => (step.updatedAt !== null && (latest === null || step.updatedAt > latest) ? step.updatedAt : latest),
    null,
  );
  return {
    roadmapId,
    userId,
    steps,
    doneCount,
    skippedCount,
    // Integer arithmetic first, so halves (e.g. 1 of 8 steps) round the same way everywhere.
    percent: steps.length === 0 ? 0 : Math.round(((doneCount + skippedCount) * 100) / steps.length),
    currentStepId: steps.find((step) => !finished(step.state))?.stepId ?? null,
    updatedAt,
    ...(removed.length > 0 ? { removedSteps: removed } : {}),
  };
}

/** The person's rows on steps since removed, in the order the steps had. */
function removedStepsOf(db: Db, roadmapId: string, byStep: Map<string, ProgressRow>): NonNullable<RoadmapProgress['removedSteps']> {
  if (byStep.size === 0) return [];
  const steps = prepared(
    db,
    `SELECT s.id, s.title FROM roadmap_steps s JOIN removed_roadmap_steps x ON x.step_id = s.id
     WHERE s.roadmap_id = ? ORDER BY s.position`,
  ).all(roadmapId) as { id: string; title: string }[];
  return steps.flatMap((step) => {
    const row = byStep.get(step.id);
    return row ? [{ stepId: step.id, title: step.title, state: row.state, note: row.note, updatedAt: row.updated_at, removed: true as const }] : [];
  });
}

/** The change a PUT asks for: a state, and a note to set (string), clear (null) or keep (absent). */
export interface StepProgressChange {
  state: RoadmapStepState;
  note?: string | null;
}

/**
 * Applies a person's change to one step of a roadmap. Returns whether anything changed:
 * repeating the same state and note is a no-op that keeps `updatedAt` (PUT is idempotent).
 */
export function setStepProgress(db: Db, roadmapId: string, stepId: string, userId: string, change: StepProgressChange, now: Date): boolean {
  // A removed step's history is kept, not written to.
  const step = prepared(db, `SELECT s.id FROM roadmap_steps s WHERE s.id = ? AND s.roadmap_id = ? AND ${liveStep}`).get(stepId, roadmapId);
  if (!step) throw problem.notFound(`No step ${stepId} in roadmap ${roadmapId}.`);
  const current = prepared(db, 'SELECT state, note FROM roadmap_progress WHERE user_id = ? AND step_id = ?').get(userId, stepId) as
    | { state: RoadmapStepState; note: string | null }
    | undefined;
  const before = current ?? { state: 'todo', note: null };
  const note = change.note === undefined ? before.note : change.note;
  if (before.state === change.state && before.note === note) return false;
  prepared(
    db,
    `INSERT INTO roadmap_progress (user_id, step_id, roadmap_id, state, note, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (user_id, step_id) DO UPDATE SET state = excluded.state, note = excluded.note, updated_at = excluded.updated_at`,
  ).run(userId, stepId, roadmapId, change.state, note, now.toISOString());
  return true;
}
