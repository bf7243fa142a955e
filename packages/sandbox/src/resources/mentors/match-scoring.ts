import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { problem } from '../../http/problem.js';
import { refreshStaleAvailability } from './availability.js';
import { goalTerms } from './goal-terms.js';
import { listedReason, type ReasonCode, type ReasonFacts } from './match-reasons.js';
import { findVisibleMentors } from './queries.js';
import { visibleBm25 } from './relevance.js';
import { hasTable, needBits, visibleToOrg, type MentorNeed, type MentoringStyle } from './row.js';
import { canonicalTimeZone, utcOffsetMinutes } from './time-zones.js';

type Match = components['schemas']['Match'];
type Reason = components['schemas']['MatchReason'];

/**
 * Matching. The product's core idea is the need → style mapping: a leadership need
 * (the leader hat: direction, decisions, deadlines) is best served by a mentor who helps
 * with leadership in a directive style; a mentorship need (the mentor hat: growth, who to
 * become) by one who helps with mentorship in a facilitative style. Those two criteria
 * carry half the weight; skills, the goals' meaningful words (bm25 over the profile text),
 * language, time zone, availability and rating share the rest.
 *
 * Every visible mentor who takes requests and has an open seat is scored (the per-mentor
 * inputs come from light columns and a few aggregate queries, not per-mentor lookups), then
 * only the top `limit` are loaded in full. Every one of those queries reads only the mentors
 * visible to the caller's organization — in SQL, before anything is scored — and the goals'
 * bm25 uses the statistics of that visible set (relevance.ts): the goals' share is relative
 * to the best visible match, so another organization's internal pool would otherwise change
 * scores, reasons and ranks without ever appearing in them.
 *
 * `createMatch` ranks for one need, `createRecommendation` for one or both: with both, a
 * mentor who helps with either need, in either need's style, fits.
 */

/** The weights of the criteria before dropping the ones a request leaves out. */
export const matchWeights: Record<ReasonCode, number> = {
  need_fit: 0.3,
  style_fit: 0.2,
  skills_overlap: 0.2,
  goals_match: 0.1,
  language: 0.05,
  timezone: 0.05,
  availability: 0.05,
  rating: 0.05,
};

const codeOrder = Object.keys(matchWeights) as ReasonCode[];

/** The mentoring style that fits each need. */
export const styleForNeed: Record<MentorNeed, MentoringStyle> = { leadership: 'directive', mentorship: 'facilitative' };

/** What a ranking is asked for: `createMatch`'s body, with one need or both. */
export interface MatchQuery {
  /** One need, or both (a mentor helping with either fits). */
  needs: readonly MentorNeed[];
  goals: string;
  skills?: readonly string[] | undefined;
  language?: string | undefined;
  /** An IANA name; anything else is a 422 naming `/timezone`. */
  timezone?: string | undefined;
  limit?: number | undefined;
}

interface Candidate {
  rid: number;
  id: string;
  helps_mask: number;
  mentoring_style: MentoringStyle;
  timezone: string;
  rating_avg: number | null;
  review_count: number;
  next_available_at: string | null;
  capacity_max: number;
}

interface Scored {
  id: string;
  score: number;
  parts: Partial<Record<ReasonCode, number>>;
}

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;
const dayMs = 86_400_000;

function languageBase(tag: string): string {
  const dash = tag.indexOf('-');
  return dash === -1 ? tag : tag.slice(0, dash);
}

function timeZoneFit(hoursApart: number): number {
  if (hoursApart <= 2) return 1;
  if (hoursApart >= 8) return 0;
  return (8 - hoursApart) / 6;
}

function availabilityFit(nextAvailableAt: string | null, now: Date): number {
  if (nextAvailableAt === null) return 0;
  const days = (Date.parse(nextAvailableAt) - now.getTime()) / dayMs;
  if (days <= 2) return 1;
  if (days <= 7) return 0.6;
  if (days <= 14) return 0.3;
  return 0.1;
}

/** Hours between two UTC offsets given in minutes, the short way round. */
export function hoursApart(a: number, b: number): number {
  const diff = Math.abs(a - b) % 1440;
  return Math.min(diff, 1440 - diff) / 60;
}

function skillHitsByRid(db: Db, orgId: string, skills: readonly string[]): Map<number, number> {
  const hits = new Map<number, number>();
  if (skills.length === 0) return hits;
  const rows = prepared(
    db,
    `SELECT t.mentor_rid, count(DISTINCT lower(t.value)) FROM mentor_tags t JOIN mentors m ON m.rid = t.mentor_rid
     WHERE t.kind = 'skill' AND t.value IN (SELECT value FROM json_each(@skills)) AND ${visibleToOrg} GROUP BY t.mentor_rid`,
  )
    .raw(true)
    .all({ skills: JSON.stringify(skills), org: orgId }) as [number, number][];
  for (const [rid, n] of rows) hits.set(rid, n);
  return hits;
}

function speakersOf(db: Db, orgId: string, language: string): Set<number> {
  const rows = prepared(
    db,
    `SELECT DISTINCT t.mentor_rid FROM mentor_tags t JOIN mentors m ON m.rid = t.mentor_rid
     WHERE ((t.kind IN ('language', 'language_base') AND t.value = @tag) OR (t.kind = 'language' AND t.value = @base)) AND ${visibleToOrg}`,
  )
    .pluck()
    .all({ tag: language, base: languageBase(language), org: orgId }) as number[];
  return new Set(rows);
}

function activeRoomsByMentor(db: Db, orgId: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!hasTable(db, 'rooms')) return counts;
  const rows = prepared(
    db,
    `SELECT r.mentor_id, count(*) FROM rooms r JOIN mentors m ON m.id = r.mentor_id
     WHERE r.status IN ('active', 'paused') AND ${visibleToOrg} GROUP BY r.mentor_id`,
  )
    .raw(true)
    .all({ org: orgId }) as [string, number][];
  for (const [id, n] of rows) counts.set(id, n);
  return counts;
}

/**
 * Ranks the mentors visible to `orgId` for a need (or both), best first, each with its score
 * and the reasons worth listing; deterministic for a given query and clock.
 *
 * @example
 * ```ts
 * const matches = rankMentors(db, 'org_demo', now, { needs: ['leadership'], goals: 'Set direction for my team', limit: 3 });
 * matches[0]?.reasons[0]; // { code: 'need_fit', params: { need: 'leadership' }, weight: 0.3, text: '…' }
 * ```
 */
export function rankMentors(db: Db, orgId: string, now: Date, query: MatchQuery): Match[] {
  const limit = query.limit ?? 5;
  let requesterZone: string | null = null;
  if (query.timezone !== undefined) {
    requesterZone = canonicalTimeZone(query.timezone);
    if (requesterZone === null) throw problem.invalidField('/timezone', 'must be an IANA time zone name, e.g. Europe/Berlin');
  }
  const requestedSkills = [...new Set((query.skills ?? []).map((s) => s.toLowerCase()))];

  const active = new Set<ReasonCode>(codeOrder);
  if (requestedSkills.length === 0) active.delete('skills_overlap');
  if (query.language === undefined) active.delete('language');
  if (requesterZone === null) active.delete('timezone');
  const total = [...active].reduce((sum, code) => sum + matchWeights[code], 0);

  refreshStaleAvailability(db, now);
  const candidates = prepared(
    db,
    `SELECT m.rid, m.id, m.helps_mask, m.mentoring_style, m.timezone, m.rating_avg, m.review_count, m.next_available_at, m.capacity_max
     FROM mentors m WHERE ${visibleToOrg} AND m.accepting_requests = 1`,
  ).all({ org: orgId }) as Candidate[];
  const rooms = activeRoomsByMentor(db, orgId);
  const skillHits = skillHitsByRid(db, orgId, requestedSkills);
  const speakers = query.language !== undefined ? speakersOf(db, orgId, query.language) : new Set<number>();
  const terms = goalTerms(query.goals);
  const goals = visibleBm25(
    db,
    orgId,
    terms.map((word) => ({ word, prefix: false })),
  );
  let bestGoal = 0;
  for (const score of goals.values()) bestGoal = Math.min(bestGoal, score);
  const requesterOffset = requesterZone === null ? 0 : utcOffsetMinutes(requesterZone, now.getTime());
  const needMask = query.needs.reduce((mask, need) => mask | needBits[need], 0);
  const styles = new Set(query.needs.map((need) => styleForNeed[need]));

  const scored: Scored[] = [];
  for (const c of candidates) {
    if (c.capacity_max - (rooms.get(c.id) ?? 0) <= 0) continue;
    const fit: Record<ReasonCode, number> = {
      need_fit: c.helps_mask & needMask ? 1 : 0,
      style_fit: styles.has(c.mentoring_style) ? 1 : 0,
      skills_overlap: requestedSkills.length ? (skillHits.get(c.rid) ?? 0) / requestedSkills.length : 0,
      goals_match: bestGoal < 0 ? (goals.get(c.rid) ?? 0) / bestGoal : 0,
      language: speakers.has(c.rid) ? 1 : 0,
      timezone: requesterZone === null ? 0 : timeZoneFit(hoursApart(utcOffsetMinutes(c.timezone, now.getTime()), requesterOffset)),
      availability: availabilityFit(c.next_available_at, now),
      rating: c.rating_avg === null ? 0 : Math.min(1, Math.max(0, (c.rating_avg - 3) / 2)),
    };
    const parts: Partial<Record<ReasonCode, number>> = {};
    let score = 0;
    for (const code of active) {
      const weight = round4((matchWeights[code] / total) * fit[code]);
      if (weight > 0) {
        parts[code] = weight;
        score += weight;
      }
    }
    // Each weight is rounded on its own, so a perfect fit may sum to 1.0001: the score is capped.
    scored.push({ id: c.id, score: Math.min(1, round4(score)), parts });
  }
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const top = scored.slice(0, limit);
  const mentors = new Map(
    findVisibleMentors(
      db,
      top.map((s) => s.id),
      orgId,
    ).map((m) => [m.id, m]),
  );

  const data: Match[] = [];
  for (const s of top) {
    const mentor = mentors.get(s.id);
    if (!mentor) continue;
    const facts: ReasonFacts = { mentor, needs: query.needs, skills: requestedSkills, terms, language: query.language, zone: requesterZone, now };
    const reasons: Reason[] = [];
    for (const [code, weight] of (Object.entries(s.parts) as [ReasonCode, number][]).sort(
      (a, b) => b[1] - a[1] || codeOrder.indexOf(a[0]) - codeOrder.indexOf(b[0]),
    )) {
      const reason = listedReason(code, weight, facts);
      if (reason) reasons.push(reason);
    }
    data.push({ mentor, score: s.score, reasons });
  }
  return data;
}
