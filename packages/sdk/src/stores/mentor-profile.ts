// The store of single mentors: all a page of mentor cards needs of the mentor stores. Apart from
// mentors.ts so that a card's bundle (and the CDN build's shared chunks, placed by module) leaves
// the search and match stores, their pagination and the Mentors resource out.
import { retrieveMentor } from '../resources/mentor-batch.js';
import { family } from './cache.js';
import { domain } from './context.js';
import type { MentorStores } from './mentors.js';
import { querySource, queryStore } from './query.js';

/**
 * The store of single mentors, alone: what a page of mentor cards needs (and bundles).
 *
 * @example
 * ```ts
 * const { mentor } = mentorProfileStores(createStoreContext(core));
 * ```
 */
export const mentorProfileStores = /* @__PURE__ */ domain((context): Pick<MentorStores, 'mentor'> => {
  const one = family(
    context,
    (mentorId: string) => ['mentor', mentorId],
    (mentorId) => {
      // No signal: a signal would take the call out of the batch; an unwanted answer is just dropped.
      const source = querySource(() => retrieveMentor(context.core, mentorId), context.timing);
      return { source, store: queryStore(source) };
    },
  );
  return { mentor: (mentorId) => one(mentorId).store };
});
