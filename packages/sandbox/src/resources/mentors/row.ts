import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { getOrAdd } from '../../get-or-add.js';

/** API shapes of this resource, from the contract. */
export type Mentor = components['schemas']['Mentor'];
export type MentorNeed = components['schemas']['MentorNeed'];
export type MentorOffering = components['schemas']['MentorOffering'];
export type MentorSeniority = components['schemas']['MentorSeniority'];
export type MentoringStyle = components['schemas']['MentoringStyle'];
export type MentorPriceModel = components['schemas']['MentorPriceModel'];

/** One weekly availability window in the mentor's own time zone: [isoWeekday 1–7, startMinute, endMinute]. */
export type AvailabilityWindow = [number, number, number];

/** The columns a Mentor is built from; `m` is the alias every query gives `mentors`. */
export const mentorColumns = `m.rid, m.id, m.user_id, m.org_id, m.name, m.headline, m.bio, m.avatar_url, m.title, m.company,
  m.skills, m.industries, m.languages, m.seniority, m.years_experience, m.timezone, m.country, m.mentoring_style,
  m.helps_mask, m.offerings, m.capacity_max, m.accepting_requests, m.rating_avg, m.review_count, m.sessions_completed,
  m.median_response_hours, m.next_available_at, m.created_at`;

/** A `mentors` row as selected by `mentorColumns`. */
export interface MentorRow {
  rid: number;
  id: string;
  user_id: string;
  org_id: string | null;
  name: string;
  headline: string;
  bio: string;
  avatar_url: string | null;
  title: string;
  company: string;
  skills: string;
  industries: string;
  languages: string;
  seniority: MentorSeniority;
  years_experience: number;
  timezone: string;
  country: string;
  mentoring_style: MentoringStyle;
  helps_mask: number;
  offerings: string;
  capacity_max: number;
  accepting_requests: number;
  rating_avg: number | null;
  review_count: number;
  sessions_completed: number;
  median_response_hours: number | null;
  next_available_at: string | null;
  created_at: string;
}

/** Bits of `helps_mask`. */
export const needBits: Record<MentorNeed, number> = { leadership: 1, mentorship: 2 };
/** Bits of `price_mask`. */
export const priceBits: Record<MentorPriceModel, number> = { free: 1, per_session: 2, monthly: 4 };

/** The needs encoded in a `helps_mask`. */
export function needsOf(mask: number): MentorNeed[] {
  const needs: MentorNeed[] = [];
  if (mask & needBits.leadership) needs.push('leadership');
  if (mask & needBits.mentorship) needs.push('mentorship');
  return needs;
}

/**
 * The SQL that keeps mentors visible to an organization's credentials (bind `@org`), and out of
 * lists once an admin deactivated them or their member (admin/listing.ts).
 */
export const visibleToOrg = '((m.org_id IS NULL OR m.org_id = @org) AND m.id NOT IN (SELECT mentor_id FROM org_mentors WHERE listed = 0))';

/**
 * Builds the API shape; `activeRooms` is how many active or paused rooms the mentor has,
 * `organizationName` the name of the organization of an internal mentor.
 */
export function toMentor(row: MentorRow, activeRooms: number, organizationName: string | null = null): Mentor {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    headline: row.headline,
    bio: row.bio,
    avatarUrl: row.avatar_url,
    title: row.title,
    company: row.company,
    skills: JSON.parse(row.skills) as string[],
    industries: JSON.parse(row.industries) as string[],
    seniority: row.seniority,
    yearsExperience: row.years_experience,
    languages: JSON.parse(row.languages) as string[],
    timezone: row.timezone,
    country: row.country,
    mentoringStyle: row.mentoring_style,
    helpsWith: needsOf(row.helps_mask),
    offerings: JSON.parse(row.offerings) as MentorOffering[],
    capacity: { max: row.capacity_max, open: Math.max(0, row.capacity_max - activeRooms) },
    acceptingRequests: row.accepting_requests === 1,
    stats: {
      ratingAvg: row.rating_avg,
      reviewCount: row.review_count,
      sessionsCompleted: row.sessions_completed,
      medianResponseHours: row.median_response_hours,
    },
    nextAvailableAt: row.next_available_at,
    visibility: row.org_id === null ? 'public' : 'internal',
    organizationId: row.org_id,
    organization: row.org_id === null ? null : { id: row.org_id, name: organizationName ?? row.org_id },
    createdAt: row.created_at,
  };
}

const tableCache = new WeakMap<Db, Map<string, boolean>>();

/**
 * Whether another resource's table exists. Rooms and sessions belong to helper R; asking
 * keeps mentors working in a database built without them (and the answer never changes
 * after `openDatabase` applied the schema files).
 */
export function hasTable(db: Db, name: string): boolean {
  const tables = getOrAdd(tableCache, db, () => new Map<string, boolean>());
  let exists = tables.get(name);
  if (exists === undefined) {
    exists = prepared(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
    tables.set(name, exists);
  }
  return exists;
}

/** Active or paused rooms per mentor id, for `capacity.open` (one query for a whole page). */
export function activeRoomCounts(db: Db, mentorIds: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (mentorIds.length === 0 || !hasTable(db, 'rooms')) return counts;
  const rows = prepared(
    db,
    `SELECT mentor_id, count(*) AS n FROM rooms
     WHERE status IN ('active', 'paused') AND mentor_id IN (SELECT value FROM json_each(?))
     GROUP BY mentor_id`,
  ).all(JSON.stringify(mentorIds)) as { mentor_id: string; n: number }[];
  for (const row of rows) counts.set(row.mentor_id, row.n);
  return counts;
}

/**
 * The names of the organizations of internal mentors, by id (one query, and none for a page of
 * public mentors: most pages are).
 */
export function organizationNames(db: Db, rows: readonly MentorRow[]): Map<string, string> {
  const names = new Map<string, string>();
  const ids = [...new Set(rows.map((r) => r.org_id).filter((id): id is string => id !== null))];
  if (ids.length === 0) return names;
  const found = prepared(db, 'SELECT id, name FROM organizations WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as {
    id: string;
    name: string;
  }[];
  for (const org of found) names.set(org.id, org.name);
  return names;
}

/** Builds API mentors from rows, counting open seats and naming organizations for all of them at once. */
export function toMentors(db: Db, rows: readonly MentorRow[]): Mentor[] {
  const rooms = activeRoomCounts(
    db,
    rows.map((r) => r.id),
  );
  const organizations = organizationNames(db, rows);
  return rows.map((row) => toMentor(row, rooms.get(row.id) ?? 0, row.org_id === null ? null : (organizations.get(row.org_id) ?? null)));
}
