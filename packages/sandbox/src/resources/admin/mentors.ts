import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import { Problem, type FieldError } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { refreshNextAvailable } from '../mentors/availability.js';
import { needBits, needsOf, type AvailabilityWindow } from '../mentors/row.js';
import { insertMentor } from '../mentors/store.js';
import { canonicalTimeZone } from '../mentors/time-zones.js';
import { relistMentor } from './listing.js';

export type OrgMentor = components['schemas']['OrgMentor'];
/** The profile fields an admin writes (PATCH body, a bulk row's `mentor`). */
export type OrgMentorPatch = components['schemas']['UpdateOrgMentorRequest'];
type Window = components['schemas']['AvailabilityWindow'];

/** A profile without ids, names and timestamps: what a write compares to decide "unchanged". */
export type OrgMentorState = Omit<OrgMentor, 'id' | 'userId' | 'externalUserId' | 'name' | 'createdAt' | 'updatedAt'>;

interface OrgMentorRow {
  id: string;
  user_id: string;
  external_id: string | null;
  name: string;
  org_id: string | null;
  owner: string | null;
  active: number | null;
  accepting: number | null;
  accepting_requests: number;
  headline: string;
  bio: string;
  title: string;
  skills: string;
  languages: string;
  helps_mask: number;
  seniority: OrgMentor['seniority'];
  years_experience: number;
  mentoring_style: OrgMentor['mentoringStyle'];
  country: string;
  capacity_max: number;
  timezone: string;
  weekly_availability: string;
  created_at: string;
  updated_at: string | null;
}

// The organization's profiles: those it wrote (org_mentors, public ones included) and the
// internal ones it was seeded with.
const orgMentorSelect = `SELECT m.id, m.user_id, u.external_id, m.name, m.org_id, om.org_id AS owner, om.active, om.accepting_requests AS accepting,
    m.accepting_requests, m.headline, m.bio, m.title, m.skills, m.languages, m.helps_mask, m.seniority, m.years_experience,
    m.mentoring_style, m.country, m.capacity_max, m.timezone, m.weekly_availability, m.created_at, om.updated_at
  FROM mentors m JOIN users u ON u.id = m.user_id LEFT JOIN org_mentors om ON om.mentor_id = m.id`;
const ownedBy = '(om.org_id = :org OR (om.mentor_id IS NULL AND m.org_id = :org))';

function pad(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function stateOf(row: OrgMentorRow): OrgMentorState {
  const windows = JSON.parse(row.weekly_availability) as AvailabilityWindow[];
  return {
    active: row.active === null ? true : row.active === 1,
    visibility: row.org_id === null ? 'public' : 'internal',
    headline: row.headline,
    bio: row.bio,
    title: row.title,
    skills: JSON.parse(row.skills) as string[],
    languages: JSON.parse(row.languages) as string[],
    helpsWith: needsOf(row.helps_mask),
    seniority: row.seniority,
    yearsExperience: row.years_experience,
    mentoringStyle: row.mentoring_style,
    country: row.country,
    capacity: { max: row.capacity_max },
    acceptingRequests: row.accepting === null ? row.accepting_requests === 1 : row.accepting === 1,
    timeZone: row.timezone,
    availability: windows.map(([day, start, end]) => ({ day, start: pad(start), end: pad(end) })),
  };
}

function present(row: OrgMentorRow): OrgMentor {
  return {
    id: row.id,
    userId: row.user_id,
    externalUserId: row.external_id,
    name: row.name,
    ...stateOf(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at ?? row.created_at,
  };
}

/** One of the organization's mentor profiles, or `undefined`. */
export function findOrgMentor(db: Db, orgId: string, mentorId: string): OrgMentor | undefined {
  const row = prepared(db, `${orgMentorSelect} WHERE m.id = :id AND ${ownedBy}`).get({ id: mentorId, org: orgId }) as OrgMentorRow | undefined;
  return row && present(row);
}

/** The profile or a 404 (another organization's mentors, and the public network's, are not found). */
export function requireOrgMentor(db: Db, orgId: string, mentorId: string): OrgMentor {
  const mentor = findOrgMentor(db, orgId, mentorId);
  if (!mentor) throw new Problem(404, 'not_found', `No mentor ${mentorId} in your organization.`);
  return mentor;
}

/** The organization's profile of a member, if they have one. */
export function findOrgMentorOfMember(db: Db, orgId: string, userId: string): OrgMentor | undefined {
  const row = prepared(db, `${orgMentorSelect} WHERE m.user_id = :user AND ${ownedBy}`).get({ user: userId, org: orgId }) as OrgMentorRow | undefined;
  return row && present(row);
}

/** A page of the organization's mentor profiles, by id. */
export function listOrgMentors(
  db: Db,
  orgId: string,
  query: { limit?: number; cursor?: string; active?: boolean },
): { data: OrgMentor[]; nextCursor: string | null } {
  const list = 'org-mentors';
  const limit = query.limit ?? 20;
  const [after] = query.cursor ? decodeCursor(list, query.cursor, 1) : [null];
  const rows = prepared(
    db,
    `${orgMentorSelect}
     WHERE ${ownedBy} AND (:after IS NULL OR m.id > :after) AND (:active IS NULL OR COALESCE(om.active, 1) = :active)
     ORDER BY m.id LIMIT :take`,
  ).all({ org: orgId, after: after ?? null, active: query.active === undefined ? null : Number(query.active), take: limit + 1 }) as OrgMentorRow[];
  const page = pageOf(rows, limit, list, (r) => [r.id]);
  return { data: page.items.map(present), nextCursor: page.nextCursor };
}

/** The state of a profile as read. */
export function mentorState(mentor: OrgMentor): OrgMentorState {
  const { id: _id, userId: _user, externalUserId: _external, name: _name, createdAt: _created, updatedAt: _updated, ...state } = mentor;
  return state;
}

/** Defaults of a new profile (the contract's CreateOrgMentorRequest lists them); the title is the member's. */
export function newMentorState(headline: string, timeZone: string, memberTitle: string | null): OrgMentorState {
  return {
    active: true,
    visibility: 'internal',
    headline,
    bio: '',
    title: memberTitle ?? '',
    skills: [],
    languages: ['en'],
    helpsWith: ['leadership', 'mentorship'],
    seniority: 'senior',
    yearsExperience: 0,
    mentoringStyle: 'facilitative',
    country: 'ZZ',
    capacity: { max: 2 },
    acceptingRequests: true,
    timeZone,
    availability: [],
  };
}

/** The profile `current` becomes with `patch` applied. */
export function applyMentorPatch(current: OrgMentorState, patch: OrgMentorPatch): OrgMentorState {
  const next: OrgMentorState = { ...current };
  for (const [key, value] of Object.entries(patch) as [keyof OrgMentorState, unknown][]) {
    if (value !== undefined && key in next) (next as Record<string, unknown>)[key] = value;
  }
  return next;
}

/** Whether two profile states are the same. */
export function sameMentor(a: OrgMentorState, b: OrgMentorState): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(s: OrgMentorState): unknown[] {
  return [
    s.active,
    s.visibility,
    s.headline,
    s.bio,
    s.title,
    s.skills,
    s.languages,
    [...s.helpsWith].sort(),
    s.seniority,
    s.yearsExperience,
    s.mentoringStyle,
    s.country,
    s.capacity.max,
    s.acceptingRequests,
    s.timeZone,
    s.availability.map((w) => [w.day, w.start, w.end]),
  ];
}

/**
 * Checks what the schema cannot: a known IANA time zone, windows that end after they start.
 * Pointers are relative to `base` (`''` for a body, `/members/3/mentor` for a bulk row).
 * Returns the state with the time zone in its canonical spelling.
 */
export function checkMentorState(state: OrgMentorState, base = ''): OrgMentorState {
  const errors: FieldError[] = [];
  const timeZone = canonicalTimeZone(state.timeZone);
  if (timeZone === null) errors.push({ in: 'body', pointer: `${base}/timeZone`, detail: 'is not a known IANA time zone' });
  state.availability.forEach((w: Window, i) => {
    if (minutesOf(w.end) <= minutesOf(w.start)) errors.push({ in: 'body', pointer: `${base}/availability/${i}/end`, detail: 'must be after start' });
  });
  if (errors.length > 0) {
    throw new Problem(422, 'validation_failed', `Invalid field ${errors[0]!.pointer}: ${errors[0]!.detail}.`, errors);
  }
  return { ...state, timeZone: timeZone ?? state.timeZone };
}

/**
 * Writes a profile: creates it for the member when `mentorId` is undefined, else replaces its
 * fields. `internal` keeps the mentor in the organization's pool; `public` lists them on the
 * network, still managed by the organization. Returns the profile's id.
 */
export function saveOrgMentor(
  db: Db,
  orgId: string,
  member: { id: string; displayName: string },
  mentorId: string | undefined,
  state: OrgMentorState,
  now: Date,
): string {
  const at = now.toISOString();
  const poolOrg = state.visibility === 'internal' ? orgId : null;
  const windows = state.availability.map((w): AvailabilityWindow => [w.day, minutesOf(w.start), minutesOf(w.end)]);
  let id = mentorId;
  if (id === undefined) {
    id = newId('men');
    const company = prepared(db, 'SELECT name FROM organizations WHERE id = ?').pluck().get(orgId) as string;
    insertMentor(db, {
      id,
      userId: member.id,
      orgId: poolOrg,
      name: member.displayName,
      headline: state.headline,
      bio: state.bio,
      avatarUrl: null,
      title: state.title,
      company,
      skills: state.skills,
      industries: [],
      languages: state.languages,
      seniority: state.seniority,
      yearsExperience: state.yearsExperience,
      timezone: state.timeZone,
      country: state.country,
      mentoringStyle: state.mentoringStyle,
      helpsWith: state.helpsWith,
      offerings: [],
      capacityMax: state.capacity.max,
      acceptingRequests: state.acceptingRequests,
      ratingAvg: null,
      reviewCount: 0,
      sessionsCompleted: 0,
      medianResponseHours: null,
      weeklyAvailability: windows,
      nextAvailableAt: null,
      createdAt: at,
    });
  } else {
    prepared(
      db,
      `UPDATE mentors SET org_id = ?, headline = ?, bio = ?, title = ?, skills = ?, languages = ?, helps_mask = ?, seniority = ?,
         years_experience = ?, mentoring_style = ?, country = ?, capacity_max = ?, timezone = ?, weekly_availability = ?,
         next_available_at = NULL, availability_checked_at = NULL
       WHERE id = ?`,
    ).run(
      poolOrg,
      state.headline,
      state.bio,
      state.title,
      JSON.stringify(state.skills),
      JSON.stringify(state.languages),
      state.helpsWith.reduce((mask, need) => mask | needBits[need], 0),
      state.seniority,
      state.yearsExperience,
      state.mentoringStyle,
      state.country,
      state.capacity.max,
      state.timeZone,
      JSON.stringify(windows),
      id,
    );
    // Visibility moves the mentor between pools, which the indexing triggers do not watch.
    prepared(db, 'UPDATE mentor_index_state SET version = version + 1 WHERE id = 1').run();
  }
  prepared(
    db,
    `INSERT INTO org_mentors (mentor_id, org_id, active, listed, accepting_requests, updated_at) VALUES (?, ?, ?, 1, ?, ?)
     ON CONFLICT (mentor_id) DO UPDATE SET org_id = excluded.org_id, active = excluded.active,
       accepting_requests = excluded.accepting_requests, updated_at = excluded.updated_at`,
  ).run(id, orgId, state.active ? 1 : 0, state.acceptingRequests ? 1 : 0, at);
  relistMentor(db, id, now);
  refreshNextAvailable(db, id, now);
  return id;
}
