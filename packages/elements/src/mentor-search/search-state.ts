import type { MentorSearchParams } from '@menteo/sdk';
import { facetNames, noFilters, type Filters, type Sort } from './search-filters.js';
import { noRefinements, refinementParams, type Refinements } from './search-refinements.js';

// The search as the person set it, and the API parameters it stands for.

/** The query, the filters and the sort: what `sync-url` keeps and "Clear all" empties (all but the sort). */
export interface SearchState {
  query: string;
  filters: Filters;
  refinements: Refinements;
  sort: Sort | undefined;
}

/**
 * A search with nothing set.
 *
 * @example `emptySearch().filters.skills // []`
 */
export const emptySearch = (): SearchState => ({ query: '', filters: noFilters(), refinements: noRefinements(), sort: undefined });

/**
 * The sort in effect: the chosen one, except "Best match" without a query; else the API's default.
 *
 * @example `effectiveSort({ ...emptySearch(), sort: 'relevance' }) // 'rating'`
 */
export function effectiveSort(state: SearchState): Sort {
  const q = state.query.trim();
  return state.sort && (q || state.sort !== 'relevance') ? state.sort : q ? 'relevance' : 'rating';
}

/**
 * The API parameters of a search, values sorted so that one search is one request; the time-zone
 * window is read in `timeZone` at `now`.
 *
 * @example `searchParams({ ...emptySearch(), query: ' rust ' }, 'UTC', new Date()) // { q: 'rust' }`
 */
export function searchParams(state: SearchState, timeZone: string, now: Date): MentorSearchParams {
  const params: Record<string, unknown> = {};
  const q = state.query.trim();
  if (q) params.q = q;
  for (const facet of facetNames) if (state.filters[facet].length) params[facet] = [...state.filters[facet]].sort();
  Object.assign(params, refinementParams(state.refinements, timeZone, now));
  if (state.sort && (q || state.sort !== 'relevance')) params.sort = state.sort;
  return params as MentorSearchParams;
}
