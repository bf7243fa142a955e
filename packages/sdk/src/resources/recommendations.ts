import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-core.js';
import type { BodyOf, Schema } from '../core/types.js';
import { Resource } from './resource.js';

/**
 * A growth plan: the `need` a placement shows, ranked mentors, the recommended roadmap (or
 * `null`) and a suggested thread.
 *
 * @example
 * ```ts
 * const plan: Recommendation = await client.recommendations.create({ placement: { leadership: 0.2, mentorship: 0.9 }, goals: 'Find my next role' });
 * if (plan.need === 'both') console.log('the leader hat and the mentor hat');
 * ```
 */
export type Recommendation = Schema<'Recommendation'>;

/**
 * Recommendations: the need diagnostic's growth plan, the three pillars at once — mentors,
 * a roadmap and a growth thread to start.
 *
 * @example
 * ```ts
 * import { MenteoCore, Recommendations } from '@menteo/sdk';
 * const recommendations = new Recommendations(new MenteoCore({ publishableKey: 'pk_test_demo' }));
 * const plan = await recommendations.create({ placement: { leadership: 0.8, mentorship: 0.3 }, goals: 'Set direction for my new team' });
 * ```
 */
export class Recommendations extends Resource {
  /**
   * Turns a placement on the two need axes (`leadership`, `mentorship`, each 0–1) into a
   * growth plan: the `need` (the larger axis, or `both` within 0.15), mentors ranked as
   * `matches.create` ranks them, the best-fitting roadmap with its reasons (or `null`), and a
   * suggested thread (`title`, `firstPost`) to pass to `threads.create`. Writes nothing, so a
   * publishable key may call it; retries reuse one `Idempotency-Key`.
   *
   * @example
   * ```ts
   * const plan = await client.recommendations.create({
   *   placement: { leadership: 0.8, mentorship: 0.3 },
   *   goals: 'My team missed its last two deadlines; I want to set direction and decide faster.',
   *   skills: ['delegation'],
   * });
   * plan.mentors[0]?.reasons.map((r) => r.code);
   * plan.roadmap?.roadmap.title;
   * await signedIn.threads.create({ title: plan.thread.title, firstPost: { body: plan.thread.firstPost } });
   * ```
   */
  create(body: BodyOf<'createRecommendation'>, options?: RequestOptions): APIPromise<Recommendation> {
    return this.core.request({ ...options, method: 'POST', path: '/v1/recommendations', body });
  }
}
