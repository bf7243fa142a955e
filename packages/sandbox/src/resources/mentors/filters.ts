import type { Db } from '../../db/database.js';
import type { QueryParams } from '../../http/handler.js';
import { mentorTimeZones } from './facets.js';
import { searchQuery } from './fts.js';
import { needBits, priceBits, visibleToOrg } from './row.js';
import { utcOffsetMinutes } from './time-zones.js';

/**
 * The mentor search filters as a few fixed SQL texts. Every compiled statement holds
 * about 20 KB of SQLite memory until its JS object is collected, so the text of a search
 * must not follow what a client sends: each filter is written once, as a clause that is
 * true when its parameter is NULL (`(@style IS NULL OR m.mentoring_style = @style)`), and
 * list filters bind one JSON array (`IN (SELECT value FROM json_each(@skills))`), so neither
 * the values, nor how many there are, nor which of those filters are present change the text.
 *
 * Such a clause cannot lead SQLite to an index, though: a search for one rare skill would
 * then read every mentor. So one of the filters an index serves — skills, industries, the
 * full-text match, preferred in that order as the planner did when it saw them all — is
 * written plainly, and the set is read through it. Which one is the search's {@link Shape}:
 * five of them, times the sort and the cursor's presence, is all a database ever compiles
 * for search.
 */

type Query = QueryParams<'listMentors'>;

/**
 * The indexed filter a search's set is read through, written plainly in its SQL: `skills`,
 * `industries` (`mentor_tags`) or `text` (FTS5), the first present in that order; `none`
 * when only other filters narrow the set (a scan, or a walk down the sort index);
 * `unfiltered` when nothing does (visibility only).
 */
export type Shape = 'skills' | 'industries' | 'text' | 'none' | 'unfiltered';

/** Every parameter of every filter text; an absent filter is NULL. */
export interface FilterParams {
  [name: string]: string | number | null;
  org: string;
  fts: string | null;
}

/** The parameters of a search, and which of its texts it uses. */
export interface Filters {
  params: FilterParams;
  shape: Shape;
}

const optional = (param: string, clause: string) => `(@${param} IS NULL OR ${clause})`;
const tagMatch = (kind: string, param: string) =>
  `m.rid IN (SELECT mentor_rid FROM mentor_tags WHERE kind = '${kind}' AND value IN (SELECT value FROM json_each(@${param})))`;
const textMatch = 'm.rid IN (SELECT rowid FROM mentors_fts WHERE mentors_fts MATCH @fts)';
const skillsMatch = tagMatch('skill', 'skills');
const industriesMatch = tagMatch('industry', 'industries');

/**
 * The indexed filters of each shape: its own written plainly, the later ones optional (they
 * may be present too), the earlier ones left out (present, they would be the shape).
 */
const indexedClauses: Record<Shape, readonly string[]> = {
  skills: [skillsMatch, optional('industries', industriesMatch), optional('fts', textMatch)],
  industries: [industriesMatch, optional('fts', textMatch)],
  text: [textMatch],
  none: [],
  unfiltered: [],
};

/**
 * `languages=en` keeps mentors speaking `en` or a regional `en-…`; `pt-BR` keeps only `pt-BR`.
 * The test is on the row's own JSON text (`"en"`, `"en-`: the quotes delimit whole tags),
 * which costs next to nothing per row. The tag table would need every English speaker —
 * most mentors — gathered first, and a `json_each` per row costs more than the test itself,
 * so the first {@link languageSlots} patterns have parameters of their own (NULL when
 * unused, skipped before `lower` runs) and only longer lists go through `json_each`.
 */
const languageSlots = 6;
const languageTest = (param: string) => `(@${param} IS NOT NULL AND instr(lower(m.languages), @${param}) > 0)`;
const languageParams = Array.from({ length: languageSlots }, (_, i) => `language${i}`);
const languageClause = optional(
  'languages',
  [
    ...languageParams.map(languageTest),
    '(@languagesMore IS NOT NULL AND EXISTS (SELECT 1 FROM json_each(@languagesMore) p WHERE instr(lower(m.languages), p.value) > 0))',
  ].join(' OR '),
);

/** The patterns a language list looks for in a row's JSON text, one per slot and the rest as JSON. */
function languageParamsOf(tags: readonly string[] | undefined): Record<string, string | null> {
  const params: Record<string, string | null> = { languages: null, languagesMore: null };
  for (const name of languageParams) params[name] = null;
  if (!tags?.length) return params;
  const patterns = [...new Set(tags.map((tag) => tag.toLowerCase()))].flatMap((tag) => (tag.includes('-') ? [`"${tag}"`] : [`"${tag}"`, `"${tag}-`]));
  params.languages = JSON.stringify(patterns);
  for (const [i, pattern] of patterns.slice(0, languageSlots).entries()) params[languageParams[i]!] = pattern;
  if (patterns.length > languageSlots) params.languagesMore = JSON.stringify(patterns.slice(languageSlots));
  return params;
}

/** The filters no index serves, by parameter name, the cheap ones first. */
const rowFilterClauses = {
  accepting: 'm.accepting_requests = @accepting',
  style: 'm.mentoring_style = @style',
  helps: '(m.helps_mask & @helps) <> 0',
  prices: '(m.price_mask & @prices) <> 0',
  minRating: 'm.rating_avg >= @minRating',
  availableBy: '(m.next_available_at > @now AND m.next_available_at <= @availableBy)',
  seniority: 'm.seniority IN (SELECT value FROM json_each(@seniority))',
  zones: 'm.timezone IN (SELECT value FROM json_each(@zones))',
} as const;

/**
 * Those filters, behind one gate (`@rowFilters`, NULL when none is present): SQLite tests
 * every clause on every row it reads, and a search with text or skills alone — the most
 * common — then pays one test per row instead of eight.
 */
const rowFilters = optional(
  'rowFilters',
  Object.entries(rowFilterClauses)
    .map(([param, clause]) => optional(param, clause))
    .join('\n    AND '),
);

/**
 * Whether a page of this shape is read in the sort index's order, so that its keyset
 * (`(key, id) > cursor`) must be a range SQLite can seek to. Shapes with an indexed filter
 * read their (narrower) set first and sort it, and take the keyset as one more optional clause.
 *
 * @example
 * ```ts
 * readsInSortOrder('none'); // true: a page walks mentors_by_rating from the cursor on
 * readsInSortOrder('text'); // false: a page sorts the full-text matches
 * ```
 */
export function readsInSortOrder(shape: Shape): boolean {
  return shape === 'none' || shape === 'unfiltered';
}

const texts = new Map<Shape, string>();

/**
 * The WHERE clause (over `mentors m`) of a search of this shape: visibility, its indexed
 * filters, then every other filter as an optional clause. One of five texts, whatever the
 * filters' values.
 *
 * @example
 * ```ts
 * const { params, shape } = mentorFilters(query, orgId, now, db);
 * const total = prepared(db, `SELECT count(*) FROM mentors m WHERE ${filterWhere(shape)}`).pluck().get(params);
 * ```
 */
export function filterWhere(shape: Shape): string {
  let text = texts.get(shape);
  if (text === undefined) {
    text = shape === 'unfiltered' ? visibleToOrg : [visibleToOrg, ...indexedClauses[shape], languageClause, rowFilters].join('\n  AND ');
    texts.set(shape, text);
  }
  return text;
}

/**
 * The parameters of a search's filters (NULL for the absent ones) and the shape of its
 * SQL. `now` fixes the UTC offsets and the availability horizon.
 *
 * @example
 * ```ts
 * const { params, shape } = mentorFilters({ q: 'rust', languages: ['pt'] }, 'org_demo', now, db);
 * shape; // 'text'
 * params.language0; // '"pt"' (and language1 '"pt-', so pt-BR speakers match too)
 * ```
 */
export function mentorFilters(query: Query, orgId: string, now: Date, db: Db): Filters {
  const json = (values: readonly string[] | undefined) => (values?.length ? JSON.stringify(values) : null);
  let zones: string | null = null;
  if (query.utcOffsetMin !== undefined || query.utcOffsetMax !== undefined) {
    const min = query.utcOffsetMin ?? -720;
    const max = query.utcOffsetMax ?? 840;
    // An empty list is a filter that keeps no one, not an absent filter.
    zones = JSON.stringify(
      mentorTimeZones(db).filter((tz) => {
        const offset = utcOffsetMinutes(tz, now.getTime());
        return offset >= min && offset <= max;
      }),
    );
  }
  const params: FilterParams = {
    org: orgId,
    fts: query.q === undefined ? null : searchQuery(query.q),
    skills: json(query.skills),
    industries: json(query.industries),
    seniority: json(query.seniority),
    ...languageParamsOf(query.languages),
    helps: query.helpsWith?.length ? query.helpsWith.reduce((mask, need) => mask | needBits[need], 0) : null,
    style: query.mentoringStyle ?? null,
    zones,
    now: now.toISOString(),
    availableBy: query.availableWithinDays === undefined ? null : new Date(now.getTime() + query.availableWithinDays * 86_400_000).toISOString(),
    minRating: query.minRating ?? null,
    prices: query.priceModel?.length ? query.priceModel.reduce((mask, model) => mask | priceBits[model], 0) : null,
    accepting: query.acceptingRequests === undefined ? null : query.acceptingRequests ? 1 : 0,
  };
  params.rowFilters = Object.keys(rowFilterClauses).some((name) => params[name] !== null) ? 1 : null;
  return { params, shape: shapeOf(params) };
}

function shapeOf(params: FilterParams): Shape {
  if (params.skills !== null) return 'skills';
  if (params.industries !== null) return 'industries';
  if (params.fts !== null) return 'text';
  const filtered = Object.entries(params).some(([name, value]) => value !== null && name !== 'org' && name !== 'now');
  return filtered ? 'none' : 'unfiltered';
}
