import type { HandlerContext, Reply } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { findVisibleMentor } from './queries.js';

/** `GET /v1/mentors/{mentorId}`: the profile, with `nextAvailableAt` recomputed for this instant. */
export function retrieveMentor(ctx: HandlerContext<'retrieveMentor'>): Reply<'retrieveMentor'> {
  const mentor = findVisibleMentor(ctx.db, ctx.params.mentorId, ctx.principal.orgId, ctx.now);
  if (!mentor) throw problem.notFound(`No mentor ${ctx.params.mentorId} is visible to this credential.`);
  return { status: 200, body: mentor };
}
