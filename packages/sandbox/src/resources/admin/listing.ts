import { prepared, type Db } from '../../db/database.js';

interface ListingRow {
  id: string;
  user_id: string;
  owner: string | null;
  active: number | null;
  accepting: number | null;
  member_org: string | null;
  member_active: number;
}

/**
 * Recomputes whether each mentor profile of the person is listed in search and matching: it
 * is when the profile and the member are both active. An unlisted mentor also accepts no
 * requests. A seeded profile gets its `org_mentors` row the first time it is unlisted.
 * Bumps the search index version when a listing changed, so facet and rating caches rebuild.
 */
export function relistMentorsOf(db: Db, userId: string, now: Date): void {
  const rows = prepared(
    db,
    `SELECT m.id, m.user_id, om.org_id AS owner, om.active, om.accepting_requests AS accepting, u.org_id AS member_org,
       COALESCE((SELECT active FROM org_members WHERE user_id = m.user_id), 1) AS member_active
     FROM mentors m JOIN users u ON u.id = m.user_id LEFT JOIN org_mentors om ON om.mentor_id = m.id
     WHERE m.user_id = ?`,
  ).all(userId) as ListingRow[];
  for (const row of rows) relist(db, row, now);
}

/** {@link relistMentorsOf} for one profile. */
export function relistMentor(db: Db, mentorId: string, now: Date): void {
  const userId = prepared(db, 'SELECT user_id FROM mentors WHERE id = ?').pluck().get(mentorId) as string | undefined;
  if (userId !== undefined) relistMentorsOf(db, userId, now);
}

function relist(db: Db, row: ListingRow, now: Date): void {
  if (row.owner === null) {
    // A profile no admin wrote is listed as seeded while its member is active.
    if (row.member_active === 1 || row.member_org === null) return;
    const accepting = prepared(db, 'SELECT accepting_requests FROM mentors WHERE id = ?').pluck().get(row.id) as number;
    prepared(db, 'INSERT INTO org_mentors (mentor_id, org_id, active, listed, accepting_requests, updated_at) VALUES (?, ?, 1, 1, ?, ?)').run(
      row.id,
      row.member_org,
      accepting,
      now.toISOString(),
    );
    row.active = 1;
    row.accepting = accepting;
  }
  const listed = row.active === 1 && row.member_active === 1 ? 1 : 0;
  const changed = prepared(db, 'UPDATE org_mentors SET listed = ? WHERE mentor_id = ? AND listed <> ?').run(listed, row.id, listed).changes > 0;
  const accepting = listed === 1 && row.accepting === 1 ? 1 : 0;
  prepared(db, 'UPDATE mentors SET accepting_requests = ? WHERE id = ? AND accepting_requests <> ?').run(accepting, row.id, accepting);
  if (changed) prepared(db, 'UPDATE mentor_index_state SET version = version + 1 WHERE id = 1').run();
}
