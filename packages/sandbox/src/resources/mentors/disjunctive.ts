import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import type { QueryParams } from '../../http/handler.js';
import { countFacets, facetNames } from './facets.js';
import { filterWhere, mentorFilters } from './filters.js';

type FacetName = components['schemas']['MentorFacetName'];
type Facets = components['schemas']['MentorFacets'];
type Query = QueryParams<'listMentors'>;

/** The facets a search's query narrows: a facet's selection is the query parameter of the same name. */
function selected(query: Query, name: FacetName): boolean {
  return (query[name]?.length ?? 0) > 0;
}

/**
 * Disjunctive facet counts, as InstantSearch's OR `refinementList` shows them. The values of
 * one facet combine with OR, so the count beside an unchecked value must say how many mentors
 * checking it alone would find, not how many of the current results also have it (those
 * are AND counts: with `helpsWith=leadership`, "mentorship 24" while checking it ADDS mentors).
 * So each facet with a selection is counted over the set that every OTHER filter keeps; a
 * facet without one is counted over the search's own set (`rids`). The sets without one
 * facet's selection come from the same fixed SQL texts as any search (filters.ts): one more
 * rid list per selected facet asked for, and no new statement text.
 *
 * @example
 * ```ts
 * // helpsWith=leadership&facets=helpsWith: helpsWith is counted as if nothing were checked in it.
 * const facets = disjunctiveFacets(db, { helpsWith: ['leadership'] }, 'org_demo', now, rids, ['helpsWith']);
 * facets.helpsWith?.mentorship; // mentors `helpsWith=mentorship` alone finds (with the other filters)
 * ```
 */
export function disjunctiveFacets(db: Db, query: Query, orgId: string, now: Date, rids: readonly number[], wanted: readonly FacetName[]): Facets {
  const facets: Facets = {};
  if (wanted.length === 0) return facets;
  const unselected = wanted.filter((name) => !selected(query, name));
  const counted: Facets = countFacets(db, rids, unselected);
  for (const name of wanted) {
    if (!selected(query, name)) continue;
    const { params, shape } = mentorFilters({ ...query, [name]: undefined }, orgId, now, db);
    const others = prepared(db, `SELECT m.rid FROM mentors m WHERE ${filterWhere(shape)}`)
      .pluck()
      .all(params) as number[];
    counted[name] = countFacets(db, others, [name])[name];
  }
  // In the contract's facet order, whichever way each was counted.
  for (const name of facetNames) {
    const counts = counted[name];
    if (counts !== undefined) facets[name] = counts;
  }
  return facets;
}
