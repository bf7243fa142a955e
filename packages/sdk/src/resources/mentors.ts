import type { APIPromise } from '../core/api-promise.js';
import type { BaseCore, RequestOptions } from '../core/base-core.js';
import { list, type PagePromise } from '../core/pagination.js';
import type { ItemOf, QueryOf, ResultOf, Schema } from '../core/types.js';
import { retrieveMentor } from './mentor-batch.js';
import { Resource, seg } from './resource.js';

// retrieveMentor lives in its own module so that a page of cards bundles the batch without the
// search, its pagination and this class (see mentor-batch.ts).
export { retrieveMentor };

/**
 * A mentor's public profile: name, headline, skills, languages, time zone, offerings,
 * capacity, rating stats and the next bookable slot. `visibility: 'internal'` marks a
 * mentor of your organization's private pool, seen only by its people.
 *
 * @example
 * ```ts
 * const mentor: Mentor = await client.mentors.retrieve('men_demomentor');
 * const label = mentor.acceptingRequests ? `${mentor.name}, ${mentor.headline}` : `${mentor.name} (full)`;
 * ```
 */
export type Mentor = Schema<'Mentor'>;
/**
 * What {@link Mentors.search} filters and sorts by: full text (`q`), skills, industries,
 * seniority, languages, needs (`helpsWith`), UTC offset range, availability, rating, price
 * model; plus `sort`, `limit` (page size) and the `facets` to count. Every field is optional;
 * list fields match any of their values. (`cursor` is the SDK's business, `ids` is
 * {@link Mentors.retrieveMany}.)
 *
 * @example
 * ```ts
 * const params: MentorSearchParams = { q: 'engineering manager', languages: ['pt'], availableWithinDays: 14, facets: ['skills'] };
 * const page = await client.mentors.search(params);
 * ```
 */
export type MentorSearchParams = Omit<QueryOf<'listMentors'>, 'ids' | 'cursor'>;
/**
 * A page of a mentor search: the mentors (`data`), `nextCursor`, the `totalCount` of matches
 * across all pages and the requested `facets` (each a map from value to count).
 *
 * @example
 * ```ts
 * const page = await client.mentors.search({ q: 'rust', facets: ['skills'] });
 * console.log(`${page.totalCount} mentors`, page.facets?.skills);
 * ```
 */
export type MentorList = ResultOf<'listMentors'>;

/**
 * Searches mentors with only the transport: the smallest bundle for a page that only
 * searches (it leaves the rest of {@link Mentors} — batching, reviews, slots — out).
 *
 * @example
 * ```ts
 * import { MenteoCore, searchMentors } from '@menteo/sdk';
 * const page = await searchMentors(new MenteoCore({ publishableKey: 'pk_test_demo' }), { q: 'rust' });
 * ```
 */
export function searchMentors(core: BaseCore, params: MentorSearchParams = {}, options?: RequestOptions): PagePromise<ItemOf<'listMentors'>, MentorList> {
  return list(core, '/v1/mentors', params, options);
}

/**
 * Mentors: search the network (and your organization's internal pool), fetch profiles,
 * reviews and bookable slots.
 *
 * @example
 * ```ts
 * const { data } = await client.mentors.search({ q: 'engineering manager' });
 * const mentor = await client.mentors.retrieve('men_demomentor');
 * ```
 */
export class Mentors extends Resource {
  /**
   * Searches mentors: full text, filters, sort and facets. Await it for the first page
   * (with `totalCount` and the requested `facets`), or iterate every match with `for await`.
   *
   * @example
   * ```ts
   * const page = await client.mentors.search({ q: 'engineering manager', helpsWith: ['leadership'], facets: ['skills'] });
   * for await (const mentor of client.mentors.search({ languages: ['pt-BR'] })) console.log(mentor.name);
   * ```
   */
  search(params: MentorSearchParams = {}, options?: RequestOptions): PagePromise<ItemOf<'listMentors'>, MentorList> {
    return searchMentors(this.core, params, options);
  }

  /**
   * One mentor. Calls made in the same tick are coalesced into one batched request
   * (`GET /v1/mentors?ids=…`), so fifty cards on a page cost one round trip.
   *
   * @example
   * ```ts
   * const mentor = await client.mentors.retrieve('men_demomentor');
   * ```
   */
  retrieve(mentorId: string, options?: RequestOptions): Promise<Mentor> {
    return retrieveMentor(this.core, mentorId, options);
  }

  /**
   * Several mentors by id (up to 100 per request; more are split), in the order asked.
   * Ids that are not visible are left out.
   *
   * @example
   * ```ts
   * const mentors = await client.mentors.retrieveMany(['men_a1b2c3d4', 'men_e5f6g7h8']);
   * ```
   */
  async retrieveMany(mentorIds: string[], options?: RequestOptions): Promise<Mentor[]> {
    const chunks: string[][] = [];
    for (let i = 0; i < mentorIds.length; i += 100) chunks.push(mentorIds.slice(i, i + 100));
    const pages = await Promise.all(
      chunks.map((ids) => this.core.request<MentorList>({ ...options, method: 'GET', path: '/v1/mentors', query: { ids, limit: ids.length } })),
    );
    return pages.flatMap((page) => page.data);
  }

  /**
   * A mentor's reviews, newest first.
   *
   * @example
   * ```ts
   * for await (const review of client.mentors.reviews('men_demomentor')) console.log(review.rating);
   * ```
   */
  reviews(mentorId: string, params: Omit<QueryOf<'listMentorReviews'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<ItemOf<'listMentorReviews'>> {
    return list(this.core, `/v1/mentors/${seg(mentorId)}/reviews`, params, options);
  }

  /**
   * Bookable slots (UTC instants) between `start` and `end`, labelled in `timeZone`.
   *
   * @example
   * ```ts
   * const { data } = await client.mentors.slots('men_demomentor', { start: new Date().toISOString(), end: inAWeek, timeZone: 'Europe/Berlin' });
   * ```
   */
  slots(mentorId: string, params: QueryOf<'listMentorSlots'>, options?: RequestOptions): APIPromise<ResultOf<'listMentorSlots'>> {
    return this.core.request({ ...options, method: 'GET', path: `/v1/mentors/${seg(mentorId)}/slots`, query: params });
  }
}
