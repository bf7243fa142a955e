import type { HandlerContext, Reply } from '../../http/handler.js';
import { rankMentors } from './match-scoring.js';

export { matchWeights, styleForNeed } from './match-scoring.js';

/**
 * `POST /v1/matches`: ranks the visible mentors for a need; deterministic for a given request
 * and clock. The ranking itself is match-scoring.ts, shared with `createRecommendation`.
 */
export function createMatch(ctx: HandlerContext<'createMatch'>): Reply<'createMatch'> {
  const { body } = ctx;
  const data = rankMentors(ctx.db, ctx.principal.orgId, ctx.now, {
    needs: [body.need],
    goals: body.goals,
    skills: body.skills,
    language: body.language,
    timezone: body.timezone,
    limit: body.limit,
  });
  return { status: 200, body: { data } };
}
