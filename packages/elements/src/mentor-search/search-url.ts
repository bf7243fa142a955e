import { attributeOf, facetNames, sorts, splitList, type Sort } from './search-filters.js';
import { refinementAttribute, refinementNames, refinementValue } from './search-refinements.js';
import type { SearchState } from './search-state.js';

// `sync-url`: the search as query parameters named like the element's attributes
// (`?q=rust&skills=go,sql&free-only=true&min-rating=4.5&sort=sessions`), other parameters kept.

/**
 * The search a URL describes. `base` gives what the URL leaves out: the presets on first render,
 * or nothing set when going back and forth through the history (an absent parameter is a cleared filter).
 *
 * @example `searchFromUrl(new URL('https://x.test/?q=rust&free-only=true'), state).refinements.freeOnly // true`
 */
export function searchFromUrl(url: URL, base: SearchState): SearchState {
  const get = (name: string) => url.searchParams.get(name);
  const state: SearchState = { ...base, filters: { ...base.filters } };
  state.query = get('q') ?? base.query;
  for (const facet of facetNames) {
    const value = get(attributeOf[facet]);
    if (value !== null) state.filters[facet] = splitList(value);
  }
  for (const name of refinementNames) {
    const value = get(refinementAttribute[name]);
    if (value !== null) state.refinements = { ...state.refinements, [name]: refinementValue(name, value) };
  }
  const sort = get('sort');
  if (sort !== null) state.sort = (sorts as readonly string[]).includes(sort) ? (sort as Sort) : undefined;
  return state;
}

/**
 * The URL with a search written into it: each set filter as its parameter, the others removed.
 *
 * @example `searchInUrl(new URL(location.href), state).search // '?keep=1&q=rust&free-only=true'`
 */
export function searchInUrl(url: URL, state: SearchState): URL {
  const next = new URL(url);
  const put = (name: string, value: string | false | undefined) => {
    if (value) next.searchParams.set(name, value);
    else next.searchParams.delete(name);
  };
  put('q', state.query.trim());
  for (const facet of facetNames) put(attributeOf[facet], state.filters[facet].join(','));
  for (const name of refinementNames) {
    const value = state.refinements[name];
    put(refinementAttribute[name], value === true ? 'true' : value !== false && value !== undefined && String(value));
  }
  put('sort', state.sort);
  return next;
}
