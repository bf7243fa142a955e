import { prepared, type Db } from '../../db/database.js';
import { problem } from '../../http/problem.js';
import type { RoadmapProgress, RoadmapStepState } from './shapes.js';

interface ProgressRow {
  step_id: string;
  state: RoadmapStepState;
  note: string | null;
  updated_at: string;
}

/**
 * A person's progress on a roadmap. Steps they never touched read as `todo`, so
 * reading progress never writes anything.
 */
export function progressOf(db: Db, roadmapId: string, userId: string): RoadmapProgress {
  const stepIds = (prepared(db, 'SELECT id FROM roadmap_steps WHERE roadmap_id = ? ORDER BY position').all(roadmapId) as { id: string }[]).map((row) => row.id);
  const rows = prepared(db, 'SELECT step_id, state, note, updated_at FROM roadmap_progress WHERE user_id = ? AND roadmap_id = ?').all(
    userId,
    roadmapId,
  ) as ProgressRow[];
  const byStep = new Map(rows.map((row) => [row.step_id, row]));

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
  };
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
  const step = prepared(db, 'SELECT id FROM roadmap_steps WHERE id = ? AND roadmap_id = ?').get(stepId, roadmapId);
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
