// One mentor by id, batched: what a page of mentor cards needs of the mentors resource. Apart from
// mentors.ts so that bundlers (and the CDN build's shared chunks) can leave the search, its
// pagination and the Mentors class out of a card's code: rollup places code by module.
import { Batcher } from '../core/batcher.js';
import type { MenteoCore, RequestOptions } from '../core/client-core.js';
import { APIError } from '../core/errors.js';
import type { Mentor, MentorList } from './mentors.js';
import { seg } from './resource.js';

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
