import type { HandlerMap } from '../../http/handler.js';
import { Problem } from '../../http/problem.js';
import { bulkUpsertMembers } from './bulk.js';
import { applyMemberPatch, findMember, listMembers, memberProblems, memberState, requireMember, sameMember, saveMember } from './members.js';
import {
  applyMentorPatch,
  checkMentorState,
  findOrgMentorOfMember,
  listOrgMentors,
  mentorState,
  newMentorState,
  requireOrgMentor,
  sameMentor,
  saveOrgMentor,
} from './mentors.js';
import { orgRoadmapHandlers } from './roadmap-handlers.js';
import { webhookEndpointHandlers } from './webhook-handlers.js';

type AdminOperationId =
  | 'listMembers'
  | 'createMember'
  | 'retrieveMember'
  | 'updateMember'
  | 'bulkUpsertMembers'
  | 'listOrgMentors'
  | 'createOrgMentor'
  | 'retrieveOrgMentor'
  | 'updateOrgMentor';

// The organization's members and internal mentors.
const peopleHandlers: HandlerMap<AdminOperationId> = {
  listMembers(ctx) {
    return { status: 200, body: listMembers(ctx.db, ctx.principal.orgId, ctx.query) };
  },

  createMember(ctx) {
    const orgId = ctx.principal.orgId;
    const state = applyMemberPatch(undefined, ctx.body);
    const refused = memberProblems(ctx.db, orgId, undefined, state);
    if (refused) throw refused;
    const id = saveMember(ctx.db, orgId, undefined, state, ctx.now);
    return { status: 201, body: requireMember(ctx.db, orgId, id) };
  },

  retrieveMember(ctx) {
    return { status: 200, body: requireMember(ctx.db, ctx.principal.orgId, ctx.params.userId) };
  },

  updateMember(ctx) {
    const orgId = ctx.principal.orgId;
    const current = requireMember(ctx.db, orgId, ctx.params.userId);
    const next = applyMemberPatch(memberState(current), ctx.body);
    // Sending what is already there changes nothing, not even updatedAt.
    if (sameMember(next, memberState(current))) return { status: 200, body: current };
    const refused = memberProblems(ctx.db, orgId, current.id, next);
    if (refused) throw refused;
    saveMember(ctx.db, orgId, current.id, next, ctx.now);
    return { status: 200, body: requireMember(ctx.db, orgId, current.id) };
  },

  bulkUpsertMembers,

  listOrgMentors(ctx) {
    return { status: 200, body: listOrgMentors(ctx.db, ctx.principal.orgId, ctx.query) };
  },

  createOrgMentor(ctx) {
    const orgId = ctx.principal.orgId;
    const { userId, ...fields } = ctx.body;
    const member = findMember(ctx.db, orgId, userId);
    if (!member) {
      throw new Problem(422, 'validation_failed', `Invalid field /userId: ${userId} is not a member of your organization.`, [
        { in: 'body', pointer: '/userId', detail: 'is not a member of your organization' },
      ]);
    }
    if (!member.active) throw new Problem(409, 'conflict', `Member ${userId} is deactivated; reactivate them first.`);
    const existing = findOrgMentorOfMember(ctx.db, orgId, userId) ?? (member.mentorId ? { id: member.mentorId } : undefined);
    if (existing) throw new Problem(409, 'conflict', `Member ${userId} already has a mentor profile, ${existing.id}: update it instead.`);
    const state = checkMentorState(applyMentorPatch(newMentorState(fields.headline, fields.timeZone, member.title), fields));
    const id = saveOrgMentor(ctx.db, orgId, { id: member.id, displayName: member.displayName }, undefined, state, ctx.now);
    return { status: 201, body: requireOrgMentor(ctx.db, orgId, id) };
  },

  retrieveOrgMentor(ctx) {
    return { status: 200, body: requireOrgMentor(ctx.db, ctx.principal.orgId, ctx.params.mentorId) };
  },

  updateOrgMentor(ctx) {
    const orgId = ctx.principal.orgId;
    const current = requireOrgMentor(ctx.db, orgId, ctx.params.mentorId);
    const next = checkMentorState(applyMentorPatch(mentorState(current), ctx.body));
    if (sameMentor(next, mentorState(current))) return { status: 200, body: current };
    saveOrgMentor(ctx.db, orgId, { id: current.userId, displayName: current.name }, current.id, next, ctx.now);
    return { status: 200, body: requireOrgMentor(ctx.db, orgId, current.id) };
  },
};

/**
 * The organization's admin operations (#14): its members, internal mentors, roadmaps and webhook endpoints. The contract
 * lets only a secret key in; every query is scoped to the key's organization, so another
 * organization's people, mentors, roadmaps and endpoints are simply not found.
 */
export const adminHandlers = { ...peopleHandlers, ...orgRoadmapHandlers, ...webhookEndpointHandlers };
