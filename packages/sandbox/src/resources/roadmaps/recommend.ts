import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { summaryColumns, summaryOf, type MentorNeed, type RoadmapRow } from './shapes.js';
import { visibleTo } from './visibility.js';

type RoadmapRecommendation = components['schemas']['RoadmapRecommendation'];
type RoadmapReason = components['schemas']['RoadmapReason'];

/**
 * The roadmap that best fits a need (or both) and the skills a person asked for: among the
 * roadmaps serving one of the needs, the one sharing the most skills, ties broken by id;
 * `null` when none serves the needs. The candidates are the curated catalogue and `orgId`'s own
 * published roadmaps (what that organization's people may read).
 *
 * @example
 * ```ts
 * bestRoadmap(db, 'org_demo', ['leadership'], ['delegation', 'decision-making']);
 * // { roadmap: { slug: 'your-first-90-days-as-a-tech-lead', … },
 * //   reasons: [{ code: 'serves_need', params: { need: 'leadership' } }, { code: 'shared_skill', params: { skill: 'delegation' } }, …] }
 * ```
 */
export function bestRoadmap(db: Db, orgId: string, needs: readonly MentorNeed[], skills: readonly string[]): RoadmapRecommendation | null {
  // A dozen curated rows (and the organization's own): read those serving the needs and rank them here.
  const rows = prepared(
    db,
    `SELECT ${summaryColumns} FROM roadmaps r
     WHERE EXISTS (SELECT 1 FROM json_each(r.serves_needs) n WHERE n.value IN (SELECT value FROM json_each(?))) AND ${visibleTo}
     ORDER BY r.id`,
  ).all(JSON.stringify(needs), orgId) as RoadmapRow[];
  let best: { row: RoadmapRow; shared: string[] } | null = null;
  for (const row of rows) {
    const served = new Set(JSON.parse(row.serves_skills) as string[]);
    const shared = skills.filter((skill) => served.has(skill));
    // Rows come in id order, so only a strictly better one replaces the first best.
    if (best === null || shared.length > best.shared.length) best = { row, shared };
  }
  if (best === null) return null;
  const roadmap = summaryOf(best.row);
  const reasons: RoadmapReason[] = [];
  for (const need of needs) {
    if (roadmap.serves.needs.includes(need)) reasons.push({ code: 'serves_need', params: { need } });
  }
  for (const skill of best.shared) reasons.push({ code: 'shared_skill', params: { skill } });
  return { roadmap, reasons };
}
