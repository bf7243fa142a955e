import { prepared, type Db } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import { summaryColumns, summaryOf, type MentorNeed, type RoadmapLevel, type RoadmapRow, type RoadmapSummary } from './shapes.js';
import { visibleTo } from './visibility.js';

/** The filters of `GET /v1/roadmaps`, as validated by the contract. */
export interface RoadmapFilters {
  q?: string;
  topic?: string;
  level?: RoadmapLevel;
  /** Keep roadmaps that serve this need. */
  need?: MentorNeed;
  /** Keep roadmaps that serve any of these skills. */
  skills?: readonly string[];
  limit: number;
  cursor?: string;
}

const list = 'roadmaps';

/**
 * The words of `q`, lower-cased and de-duplicated. Each must appear in the roadmap's
 * search text; matching words rather than the whole phrase lets "manager engineering"
 * find "Senior engineer to engineering manager".
 */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return [
    ...new Set(
      q
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => word.length > 0),
    ),
  ];
}

/** One page of the roadmap summaries `orgId`'s credentials may read, ordered by title then id (a keyset on both). */
export function searchRoadmaps(db: Db, orgId: string, filters: RoadmapFilters): { data: RoadmapSummary[]; nextCursor: string | null } {
  // The reader's organization's published roadmaps are listed with the curated ones.
  const where: string[] = [visibleTo];
  const args: (string | number)[] = [orgId];
  const terms = searchTerms(filters.q);
  if (terms.length > 0) {
    // One clause for any number of words, so the SQL text (a compiled statement each) does not grow with q.
    where.push('NOT EXISTS (SELECT 1 FROM json_each(?) w WHERE instr(r.search_text, w.value) = 0)');
    args.push(JSON.stringify(terms));
  }
  if (filters.topic !== undefined) {
    where.push('EXISTS (SELECT 1 FROM json_each(r.topics) t WHERE t.value = ?)');
    args.push(filters.topic);
  }
  if (filters.level !== undefined) {
    where.push('r.level = ?');
    args.push(filters.level);
  }
  if (filters.need !== undefined) {
    where.push('EXISTS (SELECT 1 FROM json_each(r.serves_needs) n WHERE n.value = ?)');
    args.push(filters.need);
  }
  if (filters.skills !== undefined && filters.skills.length > 0) {
    // Any of the skills, through one clause whatever their number (one compiled statement).
    where.push('EXISTS (SELECT 1 FROM json_each(r.serves_skills) k WHERE k.value IN (SELECT value FROM json_each(?)))');
    args.push(JSON.stringify(filters.skills));
  }
  if (filters.cursor !== undefined) {
    const [title, id] = decodeCursor(list, filters.cursor, 2);
    where.push('(r.title, r.id) > (?, ?)');
    args.push(String(title), String(id));
  }
  const sql = `SELECT ${summaryColumns} FROM roadmaps r
    WHERE ${where.join(' AND ')}
    ORDER BY r.title, r.id LIMIT ?`;
  const rows = prepared(db, sql).all(...args, filters.limit + 1) as RoadmapRow[];
  const page = pageOf(rows, filters.limit, list, (row) => [row.title, row.id]);
  return { data: page.items.map(summaryOf), nextCursor: page.nextCursor };
}
