import { prepared, type Db } from '../../db/database.js';
import { searchTextOf } from '../roadmaps/search-text.js';
import { publishProblems, requireOrgRoadmapRow, type OrgRoadmapRow, type RoadmapContent } from './roadmaps.js';

// Positions are UNIQUE per roadmap: steps move out of the way before they take their new places.
const aside = 1_000_000;

/**
 * Publishes the working copy. An unchanged copy only (re)publishes the version it is; a changed
 * one becomes the next version, written where readers read roadmaps (`roadmaps`,
 * `roadmap_steps`). Steps are upserted by id, so people's progress (keyed by step id) carries
 * over; a step the version no longer has keeps its row and is marked removed, after the live
 * steps, so the history on it stays.
 *
 * @example
 * ```ts
 * const row = publishOrgRoadmap(db, requireOrgRoadmapRow(db, 'org_acme', 'rdm_Ob3Kq8Lm2Xw7Nz4T'), now);
 * row.version; // 2 after one edit of version 1
 * ```
 */
export function publishOrgRoadmap(db: Db, row: OrgRoadmapRow, now: Date): OrgRoadmapRow {
  const at = now.toISOString();
  const changed = row.published !== row.draft;
  if (!changed) {
    if (row.status !== 'published') {
      prepared(db, "UPDATE org_roadmaps SET status = 'published', updated_at = ?, published_at = ? WHERE id = ?").run(at, at, row.id);
    }
    return requireOrgRoadmapRow(db, row.org_id, row.id);
  }
  const content = JSON.parse(row.draft) as RoadmapContent;
  const refused = publishProblems(content);
  if (refused) throw refused;
  const version = row.version + 1;
  writeRoadmap(db, row, content, at);
  writeSteps(db, row.id, content, version, at);
  prepared(db, 'INSERT INTO org_roadmap_versions (roadmap_id, version, content, published_at) VALUES (?, ?, ?, ?)').run(row.id, version, row.draft, at);
  prepared(db, "UPDATE org_roadmaps SET status = 'published', version = ?, published = draft, updated_at = ?, published_at = ? WHERE id = ?").run(
    version,
    at,
    at,
    row.id,
  );
  return requireOrgRoadmapRow(db, row.org_id, row.id);
}

function writeRoadmap(db: Db, row: OrgRoadmapRow, content: RoadmapContent, at: string): void {
  prepared(
    db,
    `INSERT INTO roadmaps (id, slug, title, summary, author_name, author_title, author_avatar_url, topics, level, serves_needs, serves_skills, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, summary = excluded.summary, author_name = excluded.author_name,
       author_title = excluded.author_title, topics = excluded.topics, level = excluded.level, serves_needs = excluded.serves_needs,
       serves_skills = excluded.serves_skills, search_text = excluded.search_text, updated_at = excluded.updated_at`,
  ).run(
    row.id,
    row.slug,
    content.title,
    content.summary,
    content.author.name,
    content.author.title,
    JSON.stringify(content.topics),
    content.level,
    JSON.stringify(content.serves.needs),
    JSON.stringify(content.serves.skills),
    searchTextOf(content),
    row.created_at,
    at,
  );
}

function writeSteps(db: Db, roadmapId: string, content: RoadmapContent, version: number, at: string): void {
  const before = prepared(db, 'SELECT id FROM roadmap_steps WHERE roadmap_id = ? ORDER BY position').pluck().all(roadmapId) as string[];
  prepared(db, 'UPDATE roadmap_steps SET position = position + ? WHERE roadmap_id = ?').run(aside, roadmapId);
  const upsert = prepared(
    db,
    `INSERT INTO roadmap_steps (id, roadmap_id, position, title, summary, resources, estimated_hours, optional) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET position = excluded.position, title = excluded.title, summary = excluded.summary,
       resources = excluded.resources, estimated_hours = excluded.estimated_hours, optional = excluded.optional`,
  );
  const restore = prepared(db, 'DELETE FROM removed_roadmap_steps WHERE step_id = ?');
  for (const [index, step] of content.steps.entries()) {
    upsert.run(step.id, roadmapId, index + 1, step.title, step.summary, JSON.stringify(step.resources), step.estimatedHours, step.optional ? 1 : 0);
    restore.run(step.id);
  }
  const live = new Set(content.steps.map((s) => s.id));
  const place = prepared(db, 'UPDATE roadmap_steps SET position = ? WHERE id = ?');
  const remove = prepared(db, 'INSERT OR IGNORE INTO removed_roadmap_steps (step_id, roadmap_id, removed_in_version, removed_at) VALUES (?, ?, ?, ?)');
  let position = content.steps.length;
  for (const id of before) {
    if (live.has(id)) continue;
    position++;
    place.run(position, id);
    remove.run(id, roadmapId, version, at);
  }
}
