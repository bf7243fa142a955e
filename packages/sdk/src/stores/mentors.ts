import type { BodyOf, ItemOf, ResultOf } from '../core/types.js';
import { Matches } from '../resources/matches.js';
import { searchMentors, type Mentor, type MentorList, type MentorSearchParams } from '../resources/mentors.js';
import { family } from './cache.js';
import { keyOf } from './key-of.js';
import { domain } from './context.js';
import { personal } from './personal.js';
import { mentorProfileStores } from './mentor-profile.js';
import { pagedSource } from './paged-source.js';
import { querySource, queryStore, type PagedState, type PagedStore, type QueryState, type QueryStore } from './query.js';

/**
 * A mentor search's state: the mentors of every page loaded, the total and the facets.
 *
 * @example
 * ```ts
 * stores.mentorSearch({ q: 'rust', facets: ['skills'] }).subscribe(({ items, totalCount, facets }) => render(items, totalCount, facets));
 * ```
 */
export interface MentorSearchState extends PagedState<ItemOf<'listMentors'>> {
  /** How many mentors match across all pages (not just those loaded); `undefined` until the first page arrives. */
  totalCount?: MentorList['totalCount'];
  /** The counts asked for with `facets` (each a map from value to number of matching mentors); `undefined` until the first page arrives or when none were asked. */
  facets?: MentorList['facets'];
}

/**
 * The mentor stores.
 *
 * @example
 * ```ts
 * const { mentor, mentorSearch, matches } = mentorStores(context);
 * ```
 */
export interface MentorStores {
  /**
   * One mentor. Cards asking in the same tick share one batched request.
   *
   * @example
   * ```ts
   * stores.mentor('men_demomentor').subscribe(({ data }) => data && renderCard(data));
   * ```
   */
  mentor(mentorId: string): QueryStore<QueryState<Mentor>>;
  /**
   * A search, paginated with `loadMore()`. Equal parameters share a store; subscribing to a
   * new query cancels the request of an abandoned one.
   *
   * @example
   * ```ts
   * const $search = stores.mentorSearch({ q: 'engineering manager', helpsWith: ['leadership'] });
   * await $search.loadMore();
   * ```
   */
  mentorSearch(params?: MentorSearchParams): PagedStore<MentorSearchState>;
  /**
   * Mentors ranked for a need, with reasons.
   *
   * @example
   * ```ts
   * stores.matches({ need: 'leadership', goals: 'Ship the migration on time with a new team' }).subscribe(({ data }) => render(data?.data));
   * ```
   */
  matches(request: BodyOf<'createMatch'>): QueryStore<QueryState<ResultOf<'createMatch'>>>;
}

// A card's store has its own module: a page of cards bundles it without the search's (see mentor-profile.ts).
export { mentorProfileStores };

/**
 * The mentor search stores, alone.
 *
 * @example
 * ```ts
 * const { mentorSearch } = mentorSearchStores(createStoreContext(core));
 * ```
 */
export const mentorSearchStores = /* @__PURE__ */ domain((context): Pick<MentorStores, 'mentorSearch'> => {
  const { core, timing } = context;
  const searches = family(
    context,
    (params: MentorSearchParams) => ['mentorSearch', keyOf(params)],
    (params) =>
      pagedSource(
        (cursor, signal) => searchMentors(core, { ...params, ...(cursor ? { cursor } : {}) } as MentorSearchParams, { signal }),
        (state, extra): MentorSearchState => ({ ...state, totalCount: extra?.totalCount, facets: extra?.facets }),
        timing,
      ),
    { cancelIdle: true },
  );
  return { mentorSearch: (params = {}) => searches(params).store };
});

/**
 * The stores of mentors ranked for a need, alone.
 *
 * @example
 * ```ts
 * const { matches } = matchStores(createStoreContext(core));
 * ```
 */
export const matchStores = /* @__PURE__ */ personal((context): Pick<MentorStores, 'matches'> => {
  const matcher = new Matches(context.core);
  const ranked = family(
    context,
    (request: BodyOf<'createMatch'>) => ['matches', keyOf(request)],
    (request) => {
      const source = querySource((signal) => matcher.create(request, { signal }), context.timing);
      return { source, store: queryStore(source) };
    },
    { cancelIdle: true },
  );
  return { matches: (request) => ranked(request).store };
});

/**
 * Every mentor store of a context: profiles, search and matches (pages that need only one
 * of them take `mentorProfileStores`, `mentorSearchStores` or `matchStores` and bundle less).
 *
 * @example
 * ```ts
 * const { mentor } = mentorStores(createStoreContext(core));
 * ```
 */
export const mentorStores = /* @__PURE__ */ domain(
  (context): MentorStores => ({ ...mentorProfileStores(context), ...mentorSearchStores(context), ...matchStores(context) }),
);
