import type { components } from '@menteo/api';
import { prepared } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import type { HandlerContext, Reply } from '../../http/handler.js';
import { Problem, problem } from '../../http/problem.js';
import { refreshStaleAvailability } from './availability.js';
import { disjunctiveFacets } from './disjunctive.js';
import { filterWhere, mentorFilters, readsInSortOrder, type FilterParams, type Shape } from './filters.js';
import { searchPhrases } from './fts.js';
import { findVisibleMentors } from './queries.js';
import { bayesianRatingSql, visibleMeanRating } from './rating.js';
import { visibleBm25 } from './relevance.js';
import { mentorColumns, toMentors, type MentorRow } from './row.js';

type Sort = components['schemas']['MentorSort'];

/**
 * Mentor search. One WHERE clause, chosen from a few fixed texts (filters.ts) and bound with
 * the filters' values, is used three ways: the page (keyset over the sort key and id,
 * LIMIT n+1), the total (a COUNT, or the length of the rid list when facets are asked for),
 * and the rid list the facet counter reads (plus, per selected facet asked for, the rid list
 * without that facet's own selection: counts are disjunctive, disjunctive.ts). So the
 * statements a database compiles are bounded by the sorts, the shapes and whether a cursor is given, not by what clients send.
 * Relevance is bm25 with the statistics of the mentors the caller's organization can see
 * (relevance.ts), not FTS5's whole-index `bm25()`: ranks and cursors must not move when
 * another organization's internal pool changes.
 */

interface SortSpec {
  /** The sort key expression. */
  key: string;
  /** A second key, in the same direction, before the id (the rating's review count). */
  tie?: string;
  direction: 'ASC' | 'DESC';
  keyType: 'number' | 'string';
}

// Relevance (bm25: negative, lower is better, then id) is ranked by `relevancePage`.
const sorts: Record<Exclude<Sort, 'relevance'>, SortSpec> = {
  // A Bayesian average over the visible pool (rating.ts): no index serves it, every shape sorts.
  rating: { key: bayesianRatingSql, tie: 'm.review_count', direction: 'DESC', keyType: 'number' },
  sessions: { key: 'm.sessions_completed', direction: 'DESC', keyType: 'number' },
  response: { key: 'm.response_sort', direction: 'ASC', keyType: 'number' },
  availability: { key: 'm.availability_sort', direction: 'ASC', keyType: 'string' },
};

/**
 * The page query of a sort: one of 4 sorts × (2 shapes read in sort order × with or without
 * a cursor + 3 shapes read through an indexed filter) texts. The cursor always binds
 * (`@cursorKey`, `@cursorId`, and `@cursorTie` for a sort with a tie key; NULL on a first page).
 */
function pageSql(sort: SortSpec, shape: Shape, after: boolean): string {
  const keys = sort.tie ? [sort.key, sort.tie, 'm.id'] : [sort.key, 'm.id'];
  const bounds = sort.tie ? '@cursorKey, @cursorTie, @cursorId' : '@cursorKey, @cursorId';
  const keyset = `(${keys.join(', ')}) ${sort.direction === 'ASC' ? '>' : '<'} (${bounds})`;
  const cursor = !readsInSortOrder(shape) ? `\n  AND (@cursorId IS NULL OR ${keyset})` : after ? `\n  AND ${keyset}` : '';
  const tie = sort.tie ? `, ${sort.tie} AS sort_tie` : '';
  return `SELECT ${mentorColumns}, ${sort.key} AS sort_key${tie} FROM mentors m
WHERE ${filterWhere(shape)}${cursor}
ORDER BY ${keys.map((key) => `${key} ${sort.direction}`).join(', ')} LIMIT @limit`;
}

/** Where a page starts: the last row of the previous page, and for `rating` the prior its walk started with. */
interface After {
  key: number | string;
  /** The rating's review count. */
  tie: number | null;
  id: string;
  /** The rating's prior mean (rating.ts), so every page of a walk ranks alike. */
  priorMean: number | null;
}

/** Reads a cursor of `list`: `[key, id]`, or `[score, reviewCount, id, priorMean]` for `rating`. */
function afterOf(list: string, sortName: Sort, cursor: string): After {
  const rated = sortName === 'rating';
  const values = decodeCursor(list, cursor, rated ? 4 : 2);
  const [key, tie, id, priorMean] = rated ? values : [values[0], null, values[1], null];
  const keyType = sortName === 'relevance' ? 'number' : sorts[sortName].keyType;
  const ratedParts = !rated || (typeof tie === 'number' && typeof priorMean === 'number');
  if ((typeof key !== 'string' && typeof key !== 'number') || typeof key !== keyType || typeof id !== 'string' || !ratedParts) {
    throw new Problem(400, 'invalid_cursor', 'The cursor is not one this API issued for this list.', [
      { in: 'query', pointer: '/cursor', detail: 'unknown or tampered cursor' },
    ]);
  }
  return { key, tie: tie as number | null, id, priorMean: priorMean as number | null };
}

const batchCompatible = new Set(['ids', 'limit']);

function batch(ctx: HandlerContext<'listMentors'>, ids: readonly string[]): Reply<'listMentors'> {
  const extra = Object.entries(ctx.query).filter(([name, value]) => value !== undefined && !batchCompatible.has(name));
  if (extra.length > 0) {
    const names = extra.map(([name]) => name).join(', ');
    throw problem.invalidParameter('ids', `combines with no other parameter (got ${names})`);
  }
  const data = findVisibleMentors(ctx.db, ids, ctx.principal.orgId);
  return { status: 200, body: { data, nextCursor: null, totalCount: data.length, facets: {} } };
}

type PageRow = MentorRow & { sort_key: string | number; sort_tie?: number };

interface RelevanceRequest {
  params: FilterParams;
  shape: Shape;
  limit: number;
  list: string;
  after: After | undefined;
  wanted: readonly components['schemas']['MentorFacetName'][];
}

/**
 * The relevance order: the filtered set's rids come from SQL (visibility and filters
 * included), their bm25 from relevance.ts, and the keyset page — `(score, id)` after the
 * cursor — is cut here, so only the page's rows are loaded in full.
 */
function relevancePage(ctx: HandlerContext<'listMentors'>, request: RelevanceRequest): Reply<'listMentors'> {
  const { db } = ctx;
  const set = prepared(db, `SELECT m.rid, m.id FROM mentors m WHERE ${filterWhere(request.shape)}`)
    .raw(true)
    .all(request.params) as [number, string][];
  const scores = visibleBm25(db, ctx.principal.orgId, searchPhrases(ctx.query.q ?? ''));
  const after = request.after;
  const ranked = set
    .map(([rid, id]) => ({ rid, id, score: scores.get(rid) ?? 0 }))
    .filter((r) => !after || r.score > (after.key as number) || (r.score === after.key && r.id > after.id))
    .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, request.limit + 1);
  const page = pageOf(ranked, request.limit, request.list, (r) => [r.score, r.id]);
  const rows = prepared(db, `SELECT ${mentorColumns} FROM mentors m WHERE m.rid IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(page.items.map((r) => r.rid)),
  ) as MentorRow[];
  const byRid = new Map(rows.map((row) => [row.rid, row]));
  const facets = disjunctiveFacets(
    db,
    ctx.query,
    ctx.principal.orgId,
    ctx.now,
    set.map(([rid]) => rid),
    request.wanted,
  );
  return {
    status: 200,
    body: {
      data: toMentors(
        db,
        page.items.map((r) => byRid.get(r.rid)!),
      ),
      nextCursor: page.nextCursor,
      totalCount: set.length,
      facets,
    },
  };
}

/** `GET /v1/mentors`: full-text and faceted search, or a batch fetch by `ids`. */
export function listMentors(ctx: HandlerContext<'listMentors'>): Reply<'listMentors'> {
  const { query, db, now } = ctx;
  if (query.ids !== undefined) return batch(ctx, query.ids);
  if (query.utcOffsetMin !== undefined && query.utcOffsetMax !== undefined && query.utcOffsetMin > query.utcOffsetMax) {
    throw problem.invalidParameter('utcOffsetMax', 'must be >= utcOffsetMin');
  }
  if (query.sort === 'relevance' && (query.q === undefined || query.q.trim() === '')) {
    throw problem.invalidParameter('sort', 'relevance needs q');
  }
  const { params, shape } = mentorFilters(query, ctx.principal.orgId, now, db);
  let sortName: Sort = query.sort ?? (params.fts ? 'relevance' : 'rating');
  // A `q` with no searchable words (only punctuation) matches everyone and ranks no one.
  if (sortName === 'relevance' && !params.fts) sortName = 'rating';
  const limit = query.limit ?? 20;
  const list = `mentors:${sortName}`;
  const after = query.cursor === undefined ? undefined : afterOf(list, sortName, query.cursor);

  // After every check that can refuse the request: a refused request writes nothing.
  refreshStaleAvailability(db, now);

  // The total and the facets ignore the cursor: they describe the whole filtered set.
  const wanted = query.facets ?? [];
  if (sortName === 'relevance') return relevancePage(ctx, { params, shape, limit, list, after, wanted });

  const sort = sorts[sortName];
  const pageParams: Record<string, string | number | null> = { ...params, limit: limit + 1, cursorKey: after?.key ?? null, cursorId: after?.id ?? null };
  let keyOf = (row: PageRow) => [row.sort_key, row.id];
  if (sortName === 'rating') {
    const priorMean = after?.priorMean ?? visibleMeanRating(db, ctx.principal.orgId);
    pageParams.priorMean = priorMean;
    pageParams.cursorTie = after?.tie ?? null;
    keyOf = (row) => [row.sort_key, row.sort_tie ?? 0, row.id, priorMean];
  }
  const rows = prepared(db, pageSql(sort, shape, after !== undefined)).all(pageParams) as PageRow[];
  const page = pageOf(rows, limit, list, keyOf);

  let totalCount: number;
  let facets: components['schemas']['MentorFacets'] = {};
  if (wanted.length > 0) {
    const rids = prepared(db, `SELECT m.rid FROM mentors m WHERE ${filterWhere(shape)}`)
      .pluck()
      .all(params) as number[];
    totalCount = rids.length;
    facets = disjunctiveFacets(db, query, ctx.principal.orgId, now, rids, wanted);
  } else {
    totalCount = prepared(db, `SELECT count(*) FROM mentors m WHERE ${filterWhere(shape)}`)
      .pluck()
      .get(params) as number;
  }
  return {
    status: 200,
    body: { data: toMentors(db, page.items), nextCursor: page.nextCursor, totalCount, facets },
  };
}
