import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-core.js';
import type { BodyOf, ResultOf } from '../core/types.js';
import { Resource } from './resource.js';

/**
 * Matching: a short questionnaire → mentors ranked for the need, with reasons.
 *
 * @example
 * ```ts
 * import { MenteoCore, Matches } from '@menteo/sdk';
 * const matches = new Matches(new MenteoCore({ publishableKey: 'pk_test_demo' }));
 * const { data } = await matches.create({ need: 'mentorship', goals: 'Become a staff engineer' });
 * ```
 */
export class Matches extends Resource {
  /**
   * Ranks mentors for a leadership need (reach a team goal: direction, decisions) or a
   * mentorship need (who to become). Works with a publishable key.
   *
   * @example
   * ```ts
   * const { data } = await client.matches.create({ need: 'leadership', goals: 'Ship the migration on time with a new team', skills: ['people-management'] });
   * data[0]?.reasons.map((r) => r.text);
   * ```
   */
  create(body: BodyOf<'createMatch'>, options?: RequestOptions): APIPromise<ResultOf<'createMatch'>> {
    return this.core.request({ ...options, method: 'POST', path: '/v1/matches', body });
  }
}
