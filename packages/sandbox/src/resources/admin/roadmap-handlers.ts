import type { HandlerMap } from '../../http/handler.js';
import { publishOrgRoadmap } from './roadmap-publish.js';
import { createOrgRoadmap, listOrgRoadmaps, presentOrgRoadmap, requireOrgRoadmapRow, unpublishOrgRoadmap, updateOrgRoadmap } from './roadmaps.js';

type OrgRoadmapOperationId = 'listOrgRoadmaps' | 'createOrgRoadmap' | 'retrieveOrgRoadmap' | 'updateOrgRoadmap' | 'publishOrgRoadmap' | 'unpublishOrgRoadmap';

/**
 * The organization's own roadmaps (#14), for its admin (secret key): drafts, edits and published
 * versions. Every query is scoped to the key's organization.
 */
export const orgRoadmapHandlers: HandlerMap<OrgRoadmapOperationId> = {
  listOrgRoadmaps(ctx) {
    return { status: 200, body: listOrgRoadmaps(ctx.db, ctx.principal.orgId, ctx.query) };
  },

  createOrgRoadmap(ctx) {
    const row = createOrgRoadmap(ctx.db, ctx.principal.orgId, ctx.body, ctx.now);
    return { status: 201, body: presentOrgRoadmap(ctx.db, row) };
  },

  retrieveOrgRoadmap(ctx) {
    return { status: 200, body: presentOrgRoadmap(ctx.db, requireOrgRoadmapRow(ctx.db, ctx.principal.orgId, ctx.params.roadmapId)) };
  },

  updateOrgRoadmap(ctx) {
    const row = requireOrgRoadmapRow(ctx.db, ctx.principal.orgId, ctx.params.roadmapId);
    return { status: 200, body: presentOrgRoadmap(ctx.db, updateOrgRoadmap(ctx.db, row, ctx.body, ctx.now)) };
  },

  publishOrgRoadmap(ctx) {
    const row = requireOrgRoadmapRow(ctx.db, ctx.principal.orgId, ctx.params.roadmapId);
    return { status: 200, body: presentOrgRoadmap(ctx.db, publishOrgRoadmap(ctx.db, row, ctx.now)) };
  },

  unpublishOrgRoadmap(ctx) {
    const row = requireOrgRoadmapRow(ctx.db, ctx.principal.orgId, ctx.params.roadmapId);
    return { status: 200, body: presentOrgRoadmap(ctx.db, unpublishOrgRoadmap(ctx.db, row, ctx.now)) };
  },
};
