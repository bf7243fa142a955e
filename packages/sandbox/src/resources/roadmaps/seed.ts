import { prepared } from '../../db/database.js';
import { newId } from '../../ids.js';
import type { SeedContext } from '../../seed-context.js';
import { searchTextOf } from './search-text.js';
import { curatedRoadmaps } from './seed-data/index.js';
import { seededProgress } from './seed-data/progress.js';

const day = 24 * 60 * 60 * 1000;

/**
 * Inserts the curated roadmaps (ids and dates from the seed's rng and clock, slugs as
 * written) and the demo people's progress on them.
 */
export function seedRoadmaps(ctx: SeedContext): void {
  const insertRoadmap = prepared(
    ctx.db,
    `INSERT INTO roadmaps (id, slug, title, summary, author_name, author_title, author_avatar_url, topics, level, serves_needs, serves_skills, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertStep = prepared(
    ctx.db,
    `INSERT INTO roadmap_steps (id, roadmap_id, position, title, summary, resources, estimated_hours, optional)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const stepIds = new Map<string, string[]>();
  for (const roadmap of curatedRoadmaps) {
    const id = newId('rdm', ctx.rng);
    // Curated over the past year and a half, revised since; a minute-aligned clock reads naturally in docs.
    const ageDays = ctx.rng.int(120, 540);
    const createdAt = new Date(minute(ctx.now.getTime() - ageDays * day - ctx.rng.int(0, 1439) * 60_000));
    const updatedAt = new Date(minute(createdAt.getTime() + ctx.rng.int(7, ageDays - 30) * day + ctx.rng.int(0, 1439) * 60_000));
    insertRoadmap.run(
      id,
      roadmap.slug,
      roadmap.title,
      roadmap.summary,
      roadmap.author.name,
      roadmap.author.title,
      roadmap.author.avatarUrl,
      JSON.stringify(roadmap.topics),
      roadmap.level,
      JSON.stringify(roadmap.serves.needs),
      JSON.stringify(roadmap.serves.skills),
      searchTextOf(roadmap),
      createdAt.toISOString(),
      updatedAt.toISOString(),
    );
    const ids = roadmap.steps.map((step, index) => {
      const stepId = newId('stp', ctx.rng);
      insertStep.run(stepId, id, index + 1, step.title, step.summary, JSON.stringify(step.resources), step.estimatedHours, step.optional ? 1 : 0);
      return stepId;
    });
    stepIds.set(roadmap.slug, ids);
  }

  const insertProgress = prepared(
    ctx.db,
    `INSERT INTO roadmap_progress (user_id, step_id, roadmap_id, state, note, updated_at)
     VALUES (?, ?, (SELECT roadmap_id FROM roadmap_steps WHERE id = ?), ?, ?, ?)`,
  );
  for (const progress of seededProgress) {
    const ids = stepIds.get(progress.slug);
    if (!ids) throw new Error(`seeded progress names an unknown roadmap ${progress.slug}`);
    for (const step of progress.steps) {
      const stepId = ids[step.position - 1];
      if (!stepId) throw new Error(`seeded progress names step ${step.position} of ${progress.slug}, which has ${ids.length}`);
      const at = new Date(minute(ctx.now.getTime() - step.daysAgo * day - ctx.rng.int(30, 600) * 60_000));
      insertProgress.run(progress.userId, stepId, stepId, step.state, step.note ?? null, at.toISOString());
    }
  }
}

function minute(ms: number): number {
  return Math.floor(ms / 60_000) * 60_000;
}
