import { prepared, type Db } from '../../db/database.js';
import { refreshNextAvailable } from './availability.js';
import { mentorColumns, toMentors, type Mentor, type MentorRow } from './row.js';

/**
 * Mentor lookups other resources use (rooms embed the mentor, check their user, find
 * the mentor profile of a signed-in person). Visibility: a public mentor (org_id NULL)
 * is visible to every organization; an internal one only to its own.
 */

/**
 * The mentor as the API shows it, if `orgId`'s credentials may see it. With `now`,
 * `nextAvailableAt` is recomputed exactly first (retrieve does this); without it the
 * stored value is used.
 */
export function findVisibleMentor(db: Db, mentorId: string, orgId: string, now?: Date): Mentor | undefined {
  const row = prepared(db, `SELECT ${mentorColumns} FROM mentors m WHERE m.id = @id AND (m.org_id IS NULL OR m.org_id = @org)`).get({
    id: mentorId,
    org: orgId,
  }) as MentorRow | undefined;
  if (!row) return undefined;
  if (now) row.next_available_at = refreshNextAvailable(db, mentorId, now);
  return toMentors(db, [row])[0];
}

/** The visible mentors among `ids`, in the order given (duplicates and invisible ones dropped), in two queries. */
export function findVisibleMentors(db: Db, ids: readonly string[], orgId: string): Mentor[] {
  const unique = [...new Set(ids)];
  const rows = prepared(
    db,
    `SELECT ${mentorColumns} FROM mentors m
     WHERE m.id IN (SELECT value FROM json_each(@ids)) AND (m.org_id IS NULL OR m.org_id = @org)`,
  ).all({ ids: JSON.stringify(unique), org: orgId }) as MentorRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = unique.map((id) => byId.get(id)).filter((r): r is MentorRow => r !== undefined);
  return toMentors(db, ordered);
}

/** The person behind a mentor profile (regardless of visibility). */
export function mentorUserId(db: Db, mentorId: string): string | undefined {
  return prepared(db, 'SELECT user_id FROM mentors WHERE id = ?').pluck().get(mentorId) as string | undefined;
}

/** The mentor profile of a person, if they mentor. */
export function mentorIdForUser(db: Db, userId: string): string | undefined {
  return prepared(db, 'SELECT id FROM mentors WHERE user_id = ? ORDER BY rid LIMIT 1').pluck().get(userId) as string | undefined;
}
