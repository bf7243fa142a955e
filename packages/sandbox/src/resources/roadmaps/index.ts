import type { Handler, HandlerContext, Handlers, OperationId } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { progressOf, setStepProgress } from './progress.js';
import { requireRoadmapRow, stepRowsOf } from './queries.js';
import { searchRoadmaps } from './search.js';
import { stepOf, summaryOf } from './shapes.js';

/** The signed-in person; the app already refused other credentials for `[user]` operations. */
function userIdOf<K extends OperationId>(ctx: HandlerContext<K>): string {
  if (ctx.principal.kind !== 'user') throw problem.forbidden('This operation needs a user token.');
  return ctx.principal.userId;
}

const listRoadmaps: Handler<'listRoadmaps'> = (ctx) => ({
  status: 200,
  body: searchRoadmaps(ctx.db, ctx.principal.orgId, {
    q: ctx.query.q,
    topic: ctx.query.topic,
    level: ctx.query.level,
    need: ctx.query.need,
    skills: ctx.query.skills,
    limit: ctx.query.limit ?? 20,
    cursor: ctx.query.cursor,
  }),
});

const retrieveRoadmap: Handler<'retrieveRoadmap'> = (ctx) => {
  const row = requireRoadmapRow(ctx.db, ctx.params.roadmapId, ctx.principal.orgId);
  return { status: 200, body: { ...summaryOf(row), steps: stepRowsOf(ctx.db, row.id).map(stepOf) } };
};

const retrieveRoadmapProgress: Handler<'retrieveRoadmapProgress'> = (ctx) => {
  const userId = userIdOf(ctx);
  const row = requireRoadmapRow(ctx.db, ctx.params.roadmapId, ctx.principal.orgId);
  return { status: 200, body: progressOf(ctx.db, row.id, userId) };
};

const updateRoadmapProgress: Handler<'updateRoadmapProgress'> = (ctx) => {
  const userId = userIdOf(ctx);
  const row = requireRoadmapRow(ctx.db, ctx.params.roadmapId, ctx.principal.orgId);
  const changed = setStepProgress(ctx.db, row.id, ctx.params.stepId, userId, ctx.body, ctx.now);
  const progress = progressOf(ctx.db, row.id, userId);
  // Only real changes are news: a repeated PUT must not wake every open tab.
  if (changed) ctx.emit('roadmap.progress.updated', progress, { userIds: [userId] });
  return { status: 200, body: progress };
};

/** Handlers of the roadmaps operations. */
export const roadmapsHandlers = {
  listRoadmaps,
  retrieveRoadmap,
  retrieveRoadmapProgress,
  updateRoadmapProgress,
} satisfies Partial<Handlers>;
