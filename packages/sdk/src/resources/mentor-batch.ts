// One mentor by id, batched: what a page of mentor cards needs of the mentors resource. Apart from
// mentors.ts so that bundlers (and the CDN build's shared chunks) can leave the search, its
// pagination and the Mentors class out of a card's code: rollup places code by module.
import { Batcher } from '../core/batcher.js';
import type { BaseCore, RequestOptions } from '../core/base-core.js';
import type { Mentor, MentorList } from './mentors.js';
import { seg } from './resource.js';

const batchers = new WeakMap<BaseCore, Batcher<Mentor>>();
/** The contract's `MentorId` pattern (packages/api): the API refuses a whole batch for one id that does not match it. */
const mentorIdPattern = /^men_[a-zA-Z0-9]{6,40}$/;

/** One batcher per transport: every `retrieve` of a page's cards lands in one request. */
function batcherOf(core: BaseCore): Batcher<Mentor> {
  let batcher = batchers.get(core);
  if (!batcher) {
    batcher = new Batcher<Mentor>(async (ids) => {
      const { data } = await core.request<MentorList>({ method: 'GET', path: '/v1/mentors', query: { ids, limit: ids.length } });
      return new Map(data.map((mentor) => [mentor.id, mentor]));
    }, 100);
    batchers.set(core, batcher);
  }
  return batcher;
}

/**
 * One mentor with only the transport (what {@link Mentors.retrieve} does): calls made in the
 * same tick on one `BaseCore` are coalesced into one `GET /v1/mentors?ids=…`. A string that is
 * not a mentor id is asked alone, so it fails only its own caller; so is an id the batch did
 * not return, so that its caller gets the API's own answer (a 404 problem with its request id).
 *
 * @example
 * ```ts
 * import { MenteoCore, retrieveMentor } from '@menteo/sdk';
 * const mentor = await retrieveMentor(new MenteoCore({ publishableKey: 'pk_test_demo' }), 'men_demomentor');
 * ```
 */
export async function retrieveMentor(core: BaseCore, mentorId: string, options?: RequestOptions): Promise<Mentor> {
  const alone = () => core.request<Mentor>({ ...options, method: 'GET', path: `/v1/mentors/${seg(mentorId)}` });
  // A call that brings its own signal or headers cannot share a batch; an id that is not a
  // mentor id (a typo in a card's attribute) goes alone too, for the answer a single retrieve gets.
  if (options?.signal || options?.headers || !mentorIdPattern.test(mentorId)) return alone();
  return (await batcherOf(core).get(mentorId)) ?? alone();
}
