import { Batcher } from '../core/batcher.js';
import type { APIPromise } from '../core/api-promise.js';
import type { MenteoCore, RequestOptions } from '../core/client-core.js';
import { APIError } from '../core/errors.js';
import { list, type PagePromise } from '../core/pagination.js';
import type { ItemOf, QueryOf, ResultOf, Schema } from '../core/types.js';
import { Resource, seg } from './resource.js';

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
export function searchMentors(core: MenteoCore, params: MentorSearchParams = {}, options?: RequestOptions): PagePromise<ItemOf<'listMentors'>, MentorList> {
  return list(core, '/v1/mentors', params, options);
}

const batchers = new WeakMap<MenteoCore, Batcher<Mentor>>();
/** The contract's `MentorId` pattern (packages/api): the API refuses a whole batch for one id that does not match it. */
const mentorIdPattern = /^men_[a-zA-Z0-9]{6,40}$/;

/** One batcher per transport: every `retrieve` of a page's cards lands in one request. */
function batcherOf(core: MenteoCore): Batcher<Mentor> {
  let batcher = batchers.get(core);
  if (!batcher) {
    batcher = new Batcher<Mentor>(async (ids) => {
      const { data, requestId, response } = await core
        .request<MentorList>({ method: 'GET', path: '/v1/mentors', query: { ids, limit: ids.length } })
        .withResponse();
      const found = new Map<string, Mentor | Error>(data.data.map((m) => [m.id, m]));
      for (const id of ids) {
        if (!found.has(id)) {
          // Each caller of a batch gets its own NotFound, carrying the batch's request id.
          found.set(
            id,
            new APIError(
              404,
              {
                type: 'https://docs.menteo.dev/problems/not_found',
                title: 'Not found',
                status: 404,
                code: 'not_found',
                detail: `No mentor ${id} is visible to this credential.`,
                requestId: requestId ?? '',
              },
              response.headers,
            ),
          );
        }
      }
      return found;
    }, 100);
    batchers.set(core, batcher);
  }
  return batcher;
}

/**
 * One mentor with only the transport (what {@link Mentors.retrieve} does): calls made in the
 * same tick on one `MenteoCore` are coalesced into one `GET /v1/mentors?ids=…`. A string that is
 * not a mentor id is asked alone, so it fails only its own caller.
 *
 * @example
 * ```ts
 * import { MenteoCore, retrieveMentor } from '@menteo/sdk';
 * const mentor = await retrieveMentor(new MenteoCore({ publishableKey: 'pk_test_demo' }), 'men_demomentor');
 * ```
 */
export async function retrieveMentor(core: MenteoCore, mentorId: string, options?: RequestOptions): Promise<Mentor> {
  // A call that brings its own signal or headers cannot share a batch; an id that is not a
  // mentor id (a typo in a card's attribute) goes alone too, for the answer a single retrieve gets.
  return options?.signal || options?.headers || !mentorIdPattern.test(mentorId)
    ? core.request<Mentor>({ ...options, method: 'GET', path: `/v1/mentors/${seg(mentorId)}` })
    : batcherOf(core).get(mentorId);
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
