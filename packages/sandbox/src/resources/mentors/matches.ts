import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import type { HandlerContext, Reply } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { refreshStaleAvailability } from './availability.js';
import { foldWord, significantWords, words } from './fts.js';
import { inlineLabel } from './labels.js';
import { findVisibleMentors } from './queries.js';
import { visibleBm25 } from './relevance.js';
import { hasTable, needBits, visibleToOrg, type Mentor, type MentorNeed, type MentoringStyle } from './row.js';
import { canonicalTimeZone, utcOffsetMinutes } from './time-zones.js';

type ReasonCode = components['schemas']['MatchReasonCode'];
type Reason = components['schemas']['MatchReason'];
type Match = components['schemas']['Match'];

/**
 * Matching. The product's core idea is the need → style mapping: a leadership need
 * (the leader hat: direction, decisions, deadlines) is best served by a mentor who helps
 * with leadership in a directive style; a mentorship need (the mentor hat: growth, who to
 * become) by one who helps with mentorship in a facilitative style. Those two criteria
 * carry half the weight; skills, the goals' words (bm25 over the profile text),
 * language, time zone, availability and rating share the rest.
 *
 * Every visible mentor who takes requests and has an open seat is scored (the per-mentor
 * inputs come from light columns and a few aggregate queries, not per-mentor lookups), then
 * only the top `limit` are loaded in full. Every one of those queries reads only the mentors
 * visible to the caller's organization — in SQL, before anything is scored — and the goals'
 * bm25 uses the statistics of that visible set (relevance.ts): the goals' share is relative
 * to the best visible match, so another organization's internal pool would otherwise change
 * scores, reasons and ranks without ever appearing in them.
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

function hoursApart(a: number, b: number): number {
  const diff = Math.abs(a - b) % 1440;
  return Math.min(diff, 1440 - diff) / 60;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function reasonText(
  code: ReasonCode,
  mentor: Mentor,
  need: MentorNeed,
  request: components['schemas']['MatchRequest'],
  now: Date,
  goalWords: readonly string[],
): string {
  switch (code) {
    case 'need_fit':
      return need === 'leadership'
        ? 'Helps with leadership needs: direction, decisions and deadlines'
        : 'Helps with mentorship needs: growth and finding your own path';
    case 'style_fit':
      return need === 'leadership'
        ? 'Directive mentor: sets direction and deadlines, a fit for a leadership need'
        : 'Facilitative mentor: asks the questions that help you find your own answers, a fit for a mentorship need';
    case 'skills_overlap': {
      const wanted = request.skills ?? [];
      const wantedKeys = new Set(wanted.map((w) => w.toLowerCase()));
      const hits = mentor.skills.filter((s) => wantedKeys.has(s.toLowerCase()));
      return `Has ${hits.length} of your ${plural(wantedKeys.size, 'skill')}: ${hits.map(inlineLabel).join(', ')}`;
    }
    case 'goals_match': {
      const profile = new Set(
        words([mentor.name, mentor.headline, mentor.bio, mentor.title, mentor.company, ...mentor.skills, ...mentor.industries].join(' ')).map(foldWord),
      );
      const matched = goalWords.filter((w) => profile.has(foldWord(w))).slice(0, 5);
      return matched.length ? `Profile matches your goals: ${matched.join(', ')}` : 'Profile matches your goals';
    }
    case 'language':
      return `Mentors in ${request.language ?? mentor.languages[0] ?? ''}`;
    case 'timezone': {
      const hours =
        Math.round(hoursApart(utcOffsetMinutes(mentor.timezone, now.getTime()), utcOffsetMinutes(request.timezone ?? mentor.timezone, now.getTime())) * 2) / 2;
      return hours === 0 ? 'Same UTC offset as you' : `${hours} hour${hours === 1 ? '' : 's'} from your time zone`;
    }
    case 'availability': {
      const days = Math.max(1, Math.ceil((Date.parse(mentor.nextAvailableAt ?? '') - now.getTime()) / dayMs));
      return days === 1 ? 'A free slot within 24 hours' : `Next free slot within ${days} days`;
    }
    case 'rating':
      return `Rated ${(mentor.stats.ratingAvg ?? 0).toFixed(1)} from ${plural(mentor.stats.reviewCount, 'review')}`;
  }
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

/** `POST /v1/matches`: ranks the visible mentors for a need; deterministic for a given request and clock. */
export function createMatch(ctx: HandlerContext<'createMatch'>): Reply<'createMatch'> {
  const { db, now, body } = ctx;
  const need = body.need;
  const skills = body.skills ?? [];
  const limit = body.limit ?? 5;
  let requesterZone: string | null = null;
  if (body.timezone !== undefined) {
    requesterZone = canonicalTimeZone(body.timezone);
    if (requesterZone === null) throw problem.invalidField('/timezone', 'must be an IANA time zone name, e.g. Europe/Berlin');
  }
  const requestedSkills = [...new Set(skills.map((s) => s.toLowerCase()))];

  const active = new Set<ReasonCode>(codeOrder);
  if (requestedSkills.length === 0) active.delete('skills_overlap');
  if (body.language === undefined) active.delete('language');
  if (requesterZone === null) active.delete('timezone');
  const total = [...active].reduce((sum, code) => sum + matchWeights[code], 0);

  refreshStaleAvailability(db, now);
  const orgId = ctx.principal.orgId;
  const candidates = prepared(
    db,
    `SELECT m.rid, m.id, m.helps_mask, m.mentoring_style, m.timezone, m.rating_avg, m.review_count, m.next_available_at, m.capacity_max
     FROM mentors m WHERE ${visibleToOrg} AND m.accepting_requests = 1`,
  ).all({ org: orgId }) as Candidate[];
  const rooms = activeRoomsByMentor(db, orgId);
  const skillHits = skillHitsByRid(db, orgId, requestedSkills);
  const speakers = body.language !== undefined ? speakersOf(db, orgId, body.language) : new Set<number>();
  const goalWords = significantWords(body.goals);
  const goals = visibleBm25(
    db,
    orgId,
    goalWords.map((word) => ({ word, prefix: false })),
  );
  let bestGoal = 0;
  for (const score of goals.values()) bestGoal = Math.min(bestGoal, score);
  const requesterOffset = requesterZone === null ? 0 : utcOffsetMinutes(requesterZone, now.getTime());
  const preferredStyle = styleForNeed[need];

  const scored: Scored[] = [];
  for (const c of candidates) {
    if (c.capacity_max - (rooms.get(c.id) ?? 0) <= 0) continue;
    const fit: Record<ReasonCode, number> = {
      need_fit: c.helps_mask & needBits[need] ? 1 : 0,
      style_fit: c.mentoring_style === preferredStyle ? 1 : 0,
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
    scored.push({ id: c.id, score: round4(score), parts });
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
    const reasons: Reason[] = (Object.entries(s.parts) as [ReasonCode, number][])
      .sort((a, b) => b[1] - a[1] || codeOrder.indexOf(a[0]) - codeOrder.indexOf(b[0]))
      .map(([code, weight]) => ({ code, weight, text: reasonText(code, mentor, need, { ...body, timezone: requesterZone ?? undefined }, now, goalWords) }));
    data.push({ mentor, score: s.score, reasons });
  }
  return { status: 200, body: { data } };
}
