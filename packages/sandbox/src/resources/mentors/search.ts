import type { components } from '@menteo/api';
import { prepared } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import type { HandlerContext, QueryParams, Reply } from '../../http/handler.js';
import { Problem, problem } from '../../http/problem.js';
import { refreshStaleAvailability } from './availability.js';
import { countFacets, mentorTimeZones } from './facets.js';
import { searchPhrases, searchQuery } from './fts.js';
import { findVisibleMentors } from './queries.js';
import { visibleBm25 } from './relevance.js';
import { mentorColumns, needBits, priceBits, toMentors, visibleToOrg, type MentorRow } from './row.js';
import { utcOffsetMinutes } from './time-zones.js';

type Query = QueryParams<'listMentors'>;
type Sort = components['schemas']['MentorSort'];

/**
 * Mentor search. One WHERE clause is built from the filters and used three ways: the
 * page (keyset over the sort key and id, LIMIT n+1), the total (a COUNT, or the length
 * of the rid list when facets are asked for), and the rid list the facet counter reads.
 * Array filters bind as JSON arrays (`IN (SELECT value FROM json_each(?))`) so the SQL
 * text, and so the cached prepared statement, does not depend on how many values are sent.
 * Relevance is bm25 with the statistics of the mentors the caller's organization can see
 * (relevance.ts), not FTS5's whole-index `bm25()`: ranks and cursors must not move when
 * another organization's internal pool changes.
 */

interface SortSpec {
  /** The sort key expression. */
  key: string;
  direction: 'ASC' | 'DESC';
  keyType: 'number' | 'string';
}

// Relevance (bm25: negative, lower is better, then id) is ranked by `relevancePage`.
const sorts: Record<Exclude<Sort, 'relevance'>, SortSpec> = {
  rating: { key: 'm.rating_sort', direction: 'DESC', keyType: 'number' },
  sessions: { key: 'm.sessions_completed', direction: 'DESC', keyType: 'number' },
  response: { key: 'm.response_sort', direction: 'ASC', keyType: 'number' },
  availability: { key: 'm.availability_sort', direction: 'ASC', keyType: 'string' },
};

const textMatch = 'm.rid IN (SELECT rowid FROM mentors_fts WHERE mentors_fts MATCH @fts)';

const batchCompatible = new Set(['ids', 'limit']);

interface Filters {
  where: string[];
  params: Record<string, string | number>;
  fts: string | null;
}

function buildFilters(query: Query, orgId: string, now: Date, db: HandlerContext<'listMentors'>['db']): Filters {
  const where = [visibleToOrg];
  const params: Record<string, string | number> = { org: orgId };
  const json = (name: string, values: readonly string[]) => {
    params[name] = JSON.stringify(values);
    return `(SELECT value FROM json_each(@${name}))`;
  };
  if (query.skills?.length) {
    where.push(`m.rid IN (SELECT mentor_rid FROM mentor_tags WHERE kind = 'skill' AND value IN ${json('skills', query.skills)})`);
  }
  if (query.industries?.length) {
    where.push(`m.rid IN (SELECT mentor_rid FROM mentor_tags WHERE kind = 'industry' AND value IN ${json('industries', query.industries)})`);
  }
  if (query.languages?.length) {
    // Most mentors speak English, so `languages=en` would materialize thousands of tag rows;
    // a substring test on the JSON array text (`"en"`, or `"en-` for its regional tags) is
    // cheaper per row. The quotes delimit whole tags.
    const terms = [...new Set(query.languages.map((tag) => tag.toLowerCase()))].map((tag, i) => {
      params[`lang${i}`] = `"${tag}"`;
      if (tag.includes('-')) return `instr(lower(m.languages), @lang${i}) > 0`;
      params[`langBase${i}`] = `"${tag}-`;
      return `instr(lower(m.languages), @lang${i}) > 0 OR instr(lower(m.languages), @langBase${i}) > 0`;
    });
    where.push(`(${terms.join(' OR ')})`);
  }
  if (query.seniority?.length) where.push(`m.seniority IN ${json('seniority', query.seniority)}`);
  if (query.helpsWith?.length) {
    params.helps = query.helpsWith.reduce((mask, need) => mask | needBits[need], 0);
    where.push('(m.helps_mask & @helps) <> 0');
  }
  if (query.mentoringStyle) {
    params.style = query.mentoringStyle;
    where.push('m.mentoring_style = @style');
  }
  if (query.utcOffsetMin !== undefined || query.utcOffsetMax !== undefined) {
    const min = query.utcOffsetMin ?? -720;
    const max = query.utcOffsetMax ?? 840;
    const zones = mentorTimeZones(db).filter((tz) => {
      const offset = utcOffsetMinutes(tz, now.getTime());
      return offset >= min && offset <= max;
    });
    where.push(`m.timezone IN ${json('zones', zones)}`);
  }
  if (query.availableWithinDays !== undefined) {
    params.availableBy = new Date(now.getTime() + query.availableWithinDays * 86_400_000).toISOString();
    params.now = now.toISOString();
    where.push('m.next_available_at > @now AND m.next_available_at <= @availableBy');
  }
  if (query.minRating !== undefined) {
    params.minRating = query.minRating;
    where.push('m.rating_avg >= @minRating');
  }
  if (query.priceModel?.length) {
    params.prices = query.priceModel.reduce((mask, model) => mask | priceBits[model], 0);
    where.push('(m.price_mask & @prices) <> 0');
  }
  if (query.acceptingRequests !== undefined) {
    params.accepting = query.acceptingRequests ? 1 : 0;
    where.push('m.accepting_requests = @accepting');
  }
  const fts = query.q === undefined ? null : searchQuery(query.q);
  if (fts) params.fts = fts;
  return { where, params, fts };
}

function batch(ctx: HandlerContext<'listMentors'>, ids: readonly string[]): Reply<'listMentors'> {
  const extra = Object.entries(ctx.query).filter(([name, value]) => value !== undefined && !batchCompatible.has(name));
  if (extra.length > 0) {
    const names = extra.map(([name]) => name).join(', ');
    throw problem.invalidParameter('ids', `combines with no other parameter (got ${names})`);
  }
  const data = findVisibleMentors(ctx.db, ids, ctx.principal.orgId);
  return { status: 200, body: { data, nextCursor: null, totalCount: data.length, facets: {} } };
}

interface RelevanceRequest {
  setWhere: string[];
  params: Record<string, string | number>;
  limit: number;
  list: string;
  after: { key: number | string; id: string } | undefined;
  wanted: readonly components['schemas']['MentorFacetName'][];
}

/**
 * The relevance order: the filtered set's rids come from SQL (visibility and filters
 * included), their bm25 from relevance.ts, and the keyset page — `(score, id)` after the
 * cursor — is cut here, so only the page's rows are loaded in full.
 */
function relevancePage(ctx: HandlerContext<'listMentors'>, request: RelevanceRequest): Reply<'listMentors'> {
  const { db } = ctx;
  const set = prepared(db, `SELECT m.rid, m.id FROM mentors m WHERE ${request.setWhere.join(' AND ')}`).raw(true).all(request.params) as [number, string][];
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
  const facets = request.wanted.length > 0 ? countFacets(db, set.map(([rid]) => rid), request.wanted) : {};
  return {
    status: 200,
    body: {
      data: toMentors(db, page.items.map((r) => byRid.get(r.rid)!)),
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
  const filters = buildFilters(query, ctx.principal.orgId, now, db);
  let sortName: Sort = query.sort ?? (filters.fts ? 'relevance' : 'rating');
  // A `q` with no searchable words (only punctuation) matches everyone and ranks no one.
  if (sortName === 'relevance' && !filters.fts) sortName = 'rating';
  const limit = query.limit ?? 20;
  const list = `mentors:${sortName}`;
  let after: { key: number | string; id: string } | undefined;
  if (query.cursor !== undefined) {
    const [key, id] = decodeCursor(list, query.cursor, 2);
    const keyType = sortName === 'relevance' ? 'number' : sorts[sortName].keyType;
    if ((typeof key !== 'string' && typeof key !== 'number') || typeof key !== keyType || typeof id !== 'string') {
      throw new Problem(400, 'invalid_cursor', 'The cursor is not one this API issued for this list.', [
        { in: 'query', pointer: '/cursor', detail: 'unknown or tampered cursor' },
      ]);
    }
    after = { key, id };
  }

  // After every check that can refuse the request: a refused request writes nothing.
  refreshStaleAvailability(db, now);

  // The total and the facets ignore the cursor: they describe the whole filtered set.
  const setWhere = [...filters.where];
  if (filters.fts) setWhere.push(textMatch);
  const wanted = query.facets ?? [];
  if (sortName === 'relevance') return relevancePage(ctx, { setWhere, params: filters.params, limit, list, after, wanted });

  const sort = sorts[sortName];
  const params: Record<string, string | number> = { ...filters.params, limit: limit + 1 };
  const where = [...setWhere];
  if (after) {
    params.cursorKey = after.key;
    params.cursorId = after.id;
    where.push(`(${sort.key}, m.id) ${sort.direction === 'ASC' ? '>' : '<'} (@cursorKey, @cursorId)`);
  }
  const pageSql = `SELECT ${mentorColumns}, ${sort.key} AS sort_key FROM mentors m WHERE ${where.join(' AND ')} ORDER BY ${sort.key} ${sort.direction}, m.id ${sort.direction} LIMIT @limit`;
  const rows = prepared(db, pageSql).all(params) as (MentorRow & { sort_key: string | number })[];
  const page = pageOf(rows, limit, list, (row) => [row.sort_key, row.id]);

  let totalCount: number;
  let facets: components['schemas']['MentorFacets'] = {};
  if (wanted.length > 0) {
    const rids = prepared(db, `SELECT m.rid FROM mentors m WHERE ${setWhere.join(' AND ')}`).pluck().all(filters.params) as number[];
    totalCount = rids.length;
    facets = countFacets(db, rids, wanted);
  } else {
    totalCount = prepared(db, `SELECT count(*) FROM mentors m WHERE ${setWhere.join(' AND ')}`).pluck().get(filters.params) as number;
  }
  return {
    status: 200,
    body: { data: toMentors(db, page.items), nextCursor: page.nextCursor, totalCount, facets },
  };
}
