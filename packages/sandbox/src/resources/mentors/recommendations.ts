import type { components } from '@menteo/api';
import type { HandlerContext, Reply } from '../../http/handler.js';
import { bestRoadmap } from '../roadmaps/recommend.js';
import { rankMentors } from './match-scoring.js';
import type { MentorNeed } from './row.js';

type NeedPlacement = components['schemas']['NeedPlacement'];
type RecommendationNeed = components['schemas']['RecommendationNeed'];

/** How close the two axes may be for the need to be both (inclusive). */
export const bothWithin = 0.15;

/**
 * The need a placement shows: the larger axis, or both when they are within 0.15. Compared in
 * millionths, so that 0.6 against 0.45 (0.15000000000000002 in floating point) is both, as
 * the contract says.
 *
 * @example
 * ```ts
 * needOf({ leadership: 0.8, mentorship: 0.3 }); // 'leadership'
 * needOf({ leadership: 0.6, mentorship: 0.45 }); // 'both'
 * ```
 */
export function needOf(placement: NeedPlacement): RecommendationNeed {
  const gap = Math.round((placement.leadership - placement.mentorship) * 1_000_000);
  if (Math.abs(gap) <= Math.round(bothWithin * 1_000_000)) return 'both';
  return gap > 0 ? 'leadership' : 'mentorship';
}

const threadTitles: Record<RecommendationNeed, string> = {
  leadership: 'My leadership journey',
  mentorship: 'My growth journey',
  both: 'My leadership and growth journey',
};

/**
 * `POST /v1/recommendations`: the diagnostic's growth plan. Mentors come from the same ranking
 * as `createMatch` (match-scoring.ts), for one need or both; the roadmap from the curated
 * catalogue (roadmaps/recommend.ts); the thread is only suggested. Nothing is written.
 */
export function createRecommendation(ctx: HandlerContext<'createRecommendation'>): Reply<'createRecommendation'> {
  const { body } = ctx;
  const need = needOf(body.placement);
  const needs: MentorNeed[] = need === 'both' ? ['leadership', 'mentorship'] : [need];
  const mentors = rankMentors(ctx.db, ctx.principal.orgId, ctx.now, {
    needs,
    goals: body.goals,
    skills: body.skills,
    language: body.language,
    timezone: body.timezone,
    limit: body.limit,
  });
  const roadmap = bestRoadmap(ctx.db, ctx.principal.orgId, needs, body.skills ?? []);
  return { status: 200, body: { need, mentors, roadmap, thread: { title: threadTitles[need], firstPost: body.goals } } };
}
