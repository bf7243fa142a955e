import { prepared, type Db } from '../../db/database.js';
import { needBits, priceBits, type AvailabilityWindow, type MentorNeed, type MentorOffering, type MentorSeniority, type MentoringStyle } from './row.js';

/** Everything needed to create a mentor profile (its `users` row must exist). */
export interface NewMentor {
  id: string;
  userId: string;
  /** `null`: public network; else the organization whose internal pool holds the mentor. */
  orgId: string | null;
  name: string;
  headline: string;
  bio: string;
  avatarUrl: string | null;
  title: string;
  company: string;
  skills: string[];
  industries: string[];
  languages: string[];
  seniority: MentorSeniority;
  yearsExperience: number;
  timezone: string;
  country: string;
  mentoringStyle: MentoringStyle;
  helpsWith: MentorNeed[];
  offerings: MentorOffering[];
  capacityMax: number;
  acceptingRequests: boolean;
  ratingAvg: number | null;
  reviewCount: number;
  sessionsCompleted: number;
  medianResponseHours: number | null;
  weeklyAvailability: AvailabilityWindow[];
  nextAvailableAt: string | null;
  createdAt: string;
}

/** Inserts a mentor; the schema's triggers index it for full-text search and facets. */
export function insertMentor(db: Db, m: NewMentor): void {
  prepared(
    db,
    `INSERT INTO mentors (id, user_id, org_id, name, headline, bio, avatar_url, title, company, skills, industries, languages,
       seniority, years_experience, timezone, country, mentoring_style, helps_mask, offerings, price_mask, capacity_max,
       accepting_requests, rating_avg, review_count, sessions_completed, median_response_hours, weekly_availability,
       next_available_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    m.id,
    m.userId,
    m.orgId,
    m.name,
    m.headline,
    m.bio,
    m.avatarUrl,
    m.title,
    m.company,
    JSON.stringify(m.skills),
    JSON.stringify(m.industries),
    JSON.stringify(m.languages),
    m.seniority,
    m.yearsExperience,
    m.timezone,
    m.country,
    m.mentoringStyle,
    m.helpsWith.reduce((mask, need) => mask | needBits[need], 0),
    JSON.stringify(m.offerings),
    m.offerings.reduce((mask, o) => mask | priceBits[o.priceModel], 0),
    m.capacityMax,
    m.acceptingRequests ? 1 : 0,
    m.ratingAvg,
    m.reviewCount,
    m.sessionsCompleted,
    m.medianResponseHours,
    JSON.stringify(m.weeklyAvailability),
    m.nextAvailableAt,
    m.createdAt,
  );
}

/** A review as stored (the author must exist in `users`). */
export interface NewReview {
  id: string;
  mentorId: string;
  authorId: string;
  rating: number;
  body: string;
  createdAt: string;
}

/** Inserts a review (stats on `mentors` are the seeder's or caller's to keep in step). */
export function insertReview(db: Db, r: NewReview): void {
  prepared(db, 'INSERT INTO mentor_reviews (id, mentor_id, author_id, rating, body, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    r.id,
    r.mentorId,
    r.authorId,
    r.rating,
    r.body,
    r.createdAt,
  );
}

/**
 * Runs a bulk load of mentors with the indexing triggers suspended, then rebuilds the
 * FTS5 index and the tag table in one pass each: 10,000 rows load about twice as fast.
 * The DROP and CREATE are part of the caller's transaction, so a failure restores the triggers.
 */
export function bulkLoadMentors(db: Db, load: () => void): void {
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'mentors'").all() as {
    name: string;
    sql: string;
  }[];
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  load();
  db.exec(`
    INSERT INTO mentors_fts (mentors_fts) VALUES ('rebuild');
    DELETE FROM mentor_tags;
    INSERT OR IGNORE INTO mentor_tags (kind, value, mentor_rid) SELECT 'skill', j.value, m.rid FROM mentors m, json_each(m.skills) j;
    INSERT OR IGNORE INTO mentor_tags (kind, value, mentor_rid) SELECT 'industry', j.value, m.rid FROM mentors m, json_each(m.industries) j;
    INSERT OR IGNORE INTO mentor_tags (kind, value, mentor_rid) SELECT 'language', j.value, m.rid FROM mentors m, json_each(m.languages) j;
    INSERT OR IGNORE INTO mentor_tags (kind, value, mentor_rid)
      SELECT 'language_base', CASE WHEN instr(j.value, '-') > 0 THEN substr(j.value, 1, instr(j.value, '-') - 1) ELSE j.value END, m.rid
      FROM mentors m, json_each(m.languages) j;
    UPDATE mentor_index_state SET version = version + 1 WHERE id = 1;
  `);
  for (const trigger of triggers) db.exec(trigger.sql);
}
