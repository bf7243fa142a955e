import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import { Problem, problem } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { insertUser } from '../../users.js';
import { relistMentorsOf } from './listing.js';

export type Member = components['schemas']['Member'];
type MemberEmail = components['schemas']['MemberEmail'];

/** What a member is, without ids and timestamps: what a write compares to decide "unchanged". */
export interface MemberState {
  externalUserId: string;
  userName: string | null;
  displayName: string;
  emails: { value: string; primary: boolean }[];
  title: string | null;
  department: string | null;
  active: boolean;
}

/** The fields a write may send (create, PATCH or a bulk row); `null` clears an optional one. */
export interface MemberPatch {
  externalUserId?: string;
  userName?: string | null;
  displayName?: string;
  emails?: MemberEmail[];
  title?: string | null;
  department?: string | null;
  active?: boolean;
}

interface MemberRow {
  id: string;
  external_id: string | null;
  email: string | null;
  name: string;
  created_at: string;
  user_name: string | null;
  emails: string | null;
  title: string | null;
  department: string | null;
  active: number;
  updated_at: string;
  mentor_id: string | null;
}

// People minted a token but never written by an admin have no org_members row: they read as
// active, with the email the token call gave.
const memberSelect = `SELECT u.id, u.external_id, u.email, u.name, u.created_at, om.user_name, om.emails, om.title, om.department,
    COALESCE(om.active, 1) AS active, COALESCE(om.updated_at, u.created_at) AS updated_at,
    (SELECT m.id FROM mentors m WHERE m.user_id = u.id) AS mentor_id
  FROM users u LEFT JOIN org_members om ON om.user_id = u.id`;

function stateOf(row: MemberRow): MemberState {
  const emails = row.emails ? (JSON.parse(row.emails) as MemberState['emails']) : [];
  return {
    externalUserId: row.external_id ?? row.id,
    userName: row.user_name,
    displayName: row.name,
    emails: emails.length === 0 && row.email ? [{ value: row.email, primary: true }] : emails,
    title: row.title,
    department: row.department,
    active: row.active === 1,
  };
}

/** The state of a member as read. */
export function memberState(member: Member): MemberState {
  const { externalUserId, userName, displayName, emails, title, department, active } = member;
  return { externalUserId, userName, displayName, emails: emails.map((e) => ({ value: e.value, primary: e.primary ?? false })), title, department, active };
}

function present(row: MemberRow): Member {
  return { id: row.id, ...stateOf(row), mentorId: row.mentor_id, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** A member of `orgId` by id, or `undefined` (another organization's people included). */
export function findMember(db: Db, orgId: string, userId: string): Member | undefined {
  const row = prepared(db, `${memberSelect} WHERE u.id = ? AND u.org_id = ?`).get(userId, orgId) as MemberRow | undefined;
  return row && present(row);
}

/** A member of `orgId` by the organization's own id for them. */
export function findMemberByExternalId(db: Db, orgId: string, externalUserId: string): Member | undefined {
  const row = prepared(db, `${memberSelect} WHERE u.org_id = ? AND u.external_id = ?`).get(orgId, externalUserId) as MemberRow | undefined;
  return row && present(row);
}

/** The member or a 404 that names the id (another organization's people are not found either). */
export function requireMember(db: Db, orgId: string, userId: string): Member {
  const member = findMember(db, orgId, userId);
  if (!member) throw new Problem(404, 'not_found', `No member ${userId} in your organization.`);
  return member;
}

/** A page of the organization's members, by id. */
export function listMembers(
  db: Db,
  orgId: string,
  query: { limit?: number; cursor?: string; active?: boolean; externalUserId?: string },
): { data: Member[]; nextCursor: string | null } {
  const list = 'org-members';
  const limit = query.limit ?? 20;
  const [after] = query.cursor ? decodeCursor(list, query.cursor, 1) : [null];
  const rows = prepared(
    db,
    `${memberSelect}
     WHERE u.org_id = :org
       AND (:after IS NULL OR u.id > :after)
       AND (:active IS NULL OR COALESCE(om.active, 1) = :active)
       AND (:external IS NULL OR u.external_id = :external)
     ORDER BY u.id LIMIT :take`,
  ).all({
    org: orgId,
    after: after ?? null,
    active: query.active === undefined ? null : Number(query.active),
    external: query.externalUserId ?? null,
    take: limit + 1,
  }) as MemberRow[];
  const page = pageOf(rows, limit, list, (r) => [r.id]);
  return { data: page.items.map(present), nextCursor: page.nextCursor };
}

/** The member `current` becomes with `patch` applied (a new member when `current` is undefined). */
export function applyMemberPatch(current: MemberState | undefined, patch: MemberPatch & { externalUserId: string; displayName: string }): MemberState;
export function applyMemberPatch(current: MemberState, patch: MemberPatch): MemberState;
export function applyMemberPatch(current: MemberState | undefined, patch: MemberPatch): MemberState {
  const base: MemberState = current ?? {
    externalUserId: patch.externalUserId ?? '',
    userName: null,
    displayName: patch.displayName ?? '',
    emails: [],
    title: null,
    department: null,
    active: true,
  };
  const next = { ...base };
  if (patch.externalUserId !== undefined) next.externalUserId = patch.externalUserId;
  if (patch.userName !== undefined) next.userName = patch.userName;
  if (patch.displayName !== undefined) next.displayName = patch.displayName;
  if (patch.emails !== undefined) next.emails = patch.emails.map((e) => ({ value: e.value, primary: e.primary ?? false }));
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.department !== undefined) next.department = patch.department;
  if (patch.active !== undefined) next.active = patch.active;
  return next;
}

/** Whether two member states are the same (a write between them would change nothing). */
export function sameMember(a: MemberState, b: MemberState): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(s: MemberState): unknown[] {
  return [s.externalUserId, s.userName, s.displayName, s.emails.map((e) => [e.value, e.primary]), s.title, s.department, s.active];
}

/**
 * Checks what the schema cannot: at most one primary email, and an `externalUserId` no other
 * member holds. Pointers are relative to `base` (`''` for a request body, `/members/3` for a row).
 */
export function memberProblems(db: Db, orgId: string, userId: string | undefined, state: MemberState, base = ''): Problem | undefined {
  const primaries = state.emails.flatMap((e, i) => (e.primary ? [i] : []));
  if (primaries.length > 1) {
    const pointer = `${base}/emails/${primaries[1]}/primary`;
    return new Problem(422, 'validation_failed', `Invalid field ${pointer}: only one email can be primary.`, [
      { in: 'body', pointer, detail: 'only one email can be primary' },
    ]);
  }
  const holder = prepared(db, 'SELECT id FROM users WHERE org_id = ? AND external_id = ?').get(orgId, state.externalUserId) as { id: string } | undefined;
  if (holder && holder.id !== userId) {
    return problem.fieldTaken(
      `${base}/externalUserId`,
      `is already the externalUserId of ${holder.id}`,
      `Another member (${holder.id}) already has externalUserId ${state.externalUserId}.`,
    );
  }
  return undefined;
}

/**
 * Writes a member: creates the person when `userId` is undefined, else replaces their fields.
 * Deactivating ends their user tokens at once and takes their mentor profile out of search.
 * Returns the member's id.
 */
export function saveMember(db: Db, orgId: string, userId: string | undefined, state: MemberState, now: Date): string {
  const at = now.toISOString();
  const email = (state.emails.find((e) => e.primary) ?? state.emails[0])?.value ?? null;
  let id = userId;
  if (id === undefined) {
    id = newId('usr');
    insertUser(db, { id, orgId, externalId: state.externalUserId, email, name: state.displayName, createdAt: at });
  } else {
    prepared(db, 'UPDATE users SET external_id = ?, email = ?, name = ? WHERE id = ?').run(state.externalUserId, email, state.displayName, id);
    // Search shows the mentor under the member's name.
    prepared(db, 'UPDATE mentors SET name = ? WHERE user_id = ? AND name <> ?').run(state.displayName, id, state.displayName);
  }
  prepared(
    db,
    `INSERT INTO org_members (user_id, org_id, user_name, emails, title, department, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET user_name = excluded.user_name, emails = excluded.emails, title = excluded.title,
       department = excluded.department, active = excluded.active, updated_at = excluded.updated_at`,
  ).run(id, orgId, state.userName, JSON.stringify(state.emails), state.title, state.department, state.active ? 1 : 0, at);
  if (!state.active) prepared(db, 'DELETE FROM user_tokens WHERE user_id = ?').run(id);
  relistMentorsOf(db, id, now);
  return id;
}

/** Whether the person is a deactivated member (they may not be minted a user token). */
export function isDeactivated(db: Db, userId: string): boolean {
  return prepared(db, 'SELECT 1 FROM org_members WHERE user_id = ? AND active = 0').get(userId) !== undefined;
}
