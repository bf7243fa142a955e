import type { MentorSearchParams } from '@menteo/sdk';

// The search's filters and sorts: which exist, how they are named in attributes and URLs.

/** The facets the search counts and filters on, in the order they are shown. */
export const facetNames = ['skills', 'industries', 'languages', 'seniority', 'helpsWith'] as const;
export type FacetName = (typeof facetNames)[number];
export type Filters = Record<FacetName, string[]>;
export type Sort = NonNullable<MentorSearchParams['sort']>;
export const sorts: readonly Sort[] = ['relevance', 'rating', 'sessions', 'response', 'availability'];
export const seniorities = ['mid', 'senior', 'staff', 'principal', 'director', 'vp', 'c_level'] as const;

/** The attribute (and `sync-url` query parameter) of each facet. */
export const attributeOf: Record<FacetName, string> = {
  skills: 'skills',
  industries: 'industries',
  languages: 'languages',
  seniority: 'seniority',
  helpsWith: 'helps-with',
};

/** Facet values shown before "Show all". */
export const collapsedCount = 8;
/** How long typing must pause before the query is searched. */
export const debounceMs = 250;

/** No filter set. */
export const noFilters = (): Filters => ({ skills: [], industries: [], languages: [], seniority: [], helpsWith: [] });
/** A comma-separated attribute or URL value as a list, trimmed, without blanks or repeats. */
export const splitList = (value: string | null | undefined): string[] => [
  ...new Set(
    (value ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];
