import { defineStrings } from '../locales/strings.js';
import { sharedEn } from '../locales/shared.strings.js';

/** The English strings of <menteo-mentor-search>: the source, whose keys and parameters every locale repeats. */
export const en = {
  ...sharedEn,
  search_label: 'Search mentors',
  search_placeholder: 'Skill, role or company',
  search_filters: 'Filters',
  search_filtersToggle: (p: { count: number }) => (p.count ? `Filters (${p.count})` : 'Filters'),
  search_facet_skills: 'Skills',
  search_facet_industries: 'Industries',
  search_facet_languages: 'Languages',
  search_facet_seniority: 'Seniority',
  search_facet_helpsWith: 'Helps with',
  search_facetOption: (p: { label: string; count: number; formatted: string }) => `${p.label}, ${p.formatted} ${p.count === 1 ? 'mentor' : 'mentors'}`,
  search_showAll: (p: { count: number }) => `Show all ${p.count}`,
  search_showFewer: 'Show fewer',
  search_sort: 'Sort by',
  search_sort_relevance: 'Best match',
  search_sort_rating: 'Highest rated',
  search_sort_sessions: 'Most sessions',
  search_sort_response: 'Fastest response',
  search_sort_availability: 'Soonest available',
  search_count: (p: { count: number; formatted: string }) => `${p.formatted} ${p.count === 1 ? 'mentor' : 'mentors'}`,
  search_results: 'Mentors',
  search_loading: 'Loading mentors…',
  search_loadError: 'We couldn’t load mentors.',
  search_empty: 'No mentors match your search.',
  search_emptyHint: 'Try other words or fewer filters.',
  search_clearFilters: 'Clear filters',
  search_loadMore: 'Load more mentors',
  search_loadingMore: 'Loading more mentors…',
  search_seniority_mid: 'Mid-level',
  search_seniority_senior: 'Senior',
  search_seniority_staff: 'Staff',
  search_seniority_principal: 'Principal',
  search_seniority_director: 'Director',
  search_seniority_vp: 'VP',
  search_seniority_c_level: 'C-level',
};

/** The strings of <menteo-mentor-search>: English, and complete Spanish loaded when an element is in Spanish. */
export const strings = defineStrings(en, { es: () => import('./mentor-search.strings.es.js') });
