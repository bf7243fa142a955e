import type { components } from '@menteo/api';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { Db } from '../../db/database.js';
import { loadContract } from '../../http/contract.js';
import type { Handler } from '../../http/handler.js';
import { Problem, type FieldError } from '../../http/problem.js';
import { ContractValidator, toFieldErrors } from '../../http/validation.js';
import { applyMemberPatch, findMemberByExternalId, memberProblems, memberState, sameMember, saveMember } from './members.js';
import {
  applyMentorPatch,
  checkMentorState,
  findOrgMentorOfMember,
  mentorState,
  newMentorState,
  sameMentor,
  saveOrgMentor,
  type OrgMentorState,
} from './mentors.js';

type BulkMemberRow = components['schemas']['BulkMemberRow'];
type BulkRowResult = components['schemas']['BulkRowResult'];

/** Rows per call: a sync of a large company is a few calls, and one call stays well under a second. */
export const maxBulkRows = 1000;

let rowSchema: ValidateFunction | undefined;

/**
 * The row schema, compiled once. The request's own schema lets any object through as a row, so
 * that a bad row is that row's failure, reported with its pointer, and not the whole request's.
 */
function validateRow(row: unknown): FieldError[] {
  rowSchema ??= new ContractValidator(loadContract()).schemaAt('#/components/schemas/BulkMemberRow');
  return rowSchema(row) ? [] : toFieldErrors(rowSchema.errors ?? [], 'body');
}

/** Thrown out of a row's savepoint to undo it in a dry run, carrying what the row would do. */
class DryRun extends Error {
  constructor(readonly result: BulkRowResult) {
    super('dry run');
  }
}

function under(base: string, errors: FieldError[]): FieldError[] {
  return errors.map((e) => ({ ...e, pointer: e.pointer === '/' ? base : `${base}${e.pointer}` }));
}

function failed(index: number, externalUserId: string | null, errors: FieldError[]): BulkRowResult {
  return { index, externalUserId, status: 'failed', memberId: null, mentorId: null, errors };
}

/**
 * `POST /v1/org/members/bulk`: each row in its own savepoint, so a bad row leaves no trace and
 * never stops the others; a dry run rolls every row back after computing its result.
 */
export const bulkUpsertMembers: Handler<'bulkUpsertMembers'> = (ctx) => {
  const { members: rows, dryRun = false } = ctx.body;
  if (rows.length > maxBulkRows) {
    throw new Problem(413, 'payload_too_large', `At most ${maxBulkRows} members per call; this one has ${rows.length}: send them in several calls.`, [
      { in: 'body', pointer: '/members', detail: `must NOT have more than ${maxBulkRows} items` },
    ]);
  }
  const firstRowOf = new Map<string, number>();
  const results = rows.map((raw, index): BulkRowResult => {
    const base = `/members/${index}`;
    const errors = validateRow(raw);
    const row = raw as BulkMemberRow;
    const externalUserId = errors.some((e) => e.pointer === '/externalUserId') ? null : row.externalUserId;
    if (errors.length > 0) return failed(index, externalUserId, under(base, errors));
    const first = firstRowOf.get(row.externalUserId);
    if (first !== undefined) {
      return failed(index, row.externalUserId, [{ in: 'body', pointer: `${base}/externalUserId`, detail: `repeats row ${first}` }]);
    }
    firstRowOf.set(row.externalUserId, index);
    try {
      return ctx.db.transaction(() => {
        const { result, createdMentor } = upsertRow(ctx.db, ctx.principal.orgId, row, index, ctx.now);
        // A dry run names only what exists: ids made in this row are rolled back with it.
        if (dryRun) {
          throw new DryRun({ ...result, memberId: result.status === 'created' ? null : result.memberId, mentorId: createdMentor ? null : result.mentorId });
        }
        return result;
      })();
    } catch (error) {
      if (error instanceof DryRun) return error.result;
      if (error instanceof Problem && error.status < 500) {
        return failed(index, row.externalUserId, error.errors?.length ? error.errors : [{ in: 'body', pointer: base, detail: error.detail }]);
      }
      throw error;
    }
  });
  const count = (status: BulkRowResult['status']) => results.filter((r) => r.status === status).length;
  return {
    status: 200,
    body: { dryRun, summary: { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), failed: count('failed') }, results },
  };
};

/** Applies one row; a Problem thrown here names fields under `/members/<index>`. */
function upsertRow(db: Db, orgId: string, row: BulkMemberRow, index: number, now: Date): { result: BulkRowResult; createdMentor: boolean } {
  const base = `/members/${index}`;
  const { mentor: mentorPatch, ...memberPatch } = row;
  const current = findMemberByExternalId(db, orgId, row.externalUserId);
  if (!current && memberPatch.displayName === undefined) {
    throw new Problem(422, 'validation_failed', 'A new member needs a displayName.', [
      { in: 'body', pointer: `${base}/displayName`, detail: 'is required to create a member' },
    ]);
  }
  const next = current
    ? applyMemberPatch(memberState(current), memberPatch)
    : applyMemberPatch(undefined, { ...memberPatch, displayName: memberPatch.displayName ?? '' });
  const refused = memberProblems(db, orgId, current?.id, next, base);
  if (refused) throw refused;
  let changed = false;
  let memberId = current?.id;
  if (!current || !sameMember(next, memberState(current))) {
    memberId = saveMember(db, orgId, current?.id, next, now);
    changed = true;
  }
  const id = memberId as string;
  let mentor = findOrgMentorOfMember(db, orgId, id);
  let mentorCreated = false;
  if (mentorPatch) {
    let desired: OrgMentorState;
    if (mentor) {
      const state = mentorState(mentor);
      desired = checkMentorState(applyMentorPatch(state, mentorPatch), `${base}/mentor`);
      if (!sameMentor(desired, state)) {
        saveOrgMentor(db, orgId, { id, displayName: next.displayName }, mentor.id, desired, now);
        changed = true;
      }
    } else {
      const missing = (['headline', 'timeZone'] as const).filter((field) => mentorPatch[field] === undefined);
      if (missing.length > 0) {
        throw new Problem(
          422,
          'validation_failed',
          `A new mentor profile needs ${missing.join(' and ')}.`,
          missing.map((field) => ({ in: 'body', pointer: `${base}/mentor/${field}`, detail: 'is required to create a mentor profile' })),
        );
      }
      desired = applyMentorPatch(newMentorState(mentorPatch.headline ?? '', mentorPatch.timeZone ?? '', next.title), mentorPatch);
      saveOrgMentor(db, orgId, { id, displayName: next.displayName }, undefined, checkMentorState(desired, `${base}/mentor`), now);
      mentorCreated = true;
      changed = true;
    }
    mentor = findOrgMentorOfMember(db, orgId, id);
  }
  return {
    result: {
      index,
      externalUserId: row.externalUserId,
      status: !current ? 'created' : changed ? 'updated' : 'unchanged',
      memberId: id,
      mentorId: mentor?.id ?? null,
    },
    createdMentor: mentorCreated,
  };
}
