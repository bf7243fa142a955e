import type { components } from '@menteo/api';
import { foldWord, words } from './fts.js';
import { inlineLabel } from './labels.js';
import type { Mentor, MentorNeed, MentoringStyle } from './row.js';
import { utcOffsetMinutes } from './time-zones.js';

type Reason = components['schemas']['MatchReason'];

/** Which criterion a reason is about. */
export type ReasonCode = Reason['code'];

/**
 * A reason is listed only when it is a real plus for the person: a mentor six hours away or
 * rated 5.0 by one person still gets what those criteria add to the score, but "6 hours from
 * your time zone" is no strength to show. The thresholds, documented in createMatch:
 */
export const reasonThresholds = {
  /** The most hours between the two UTC offsets for a `timezone` reason. */
  maxHoursApart: 3,
  /** The furthest next free slot, in days, for an `availability` reason. */
  maxDaysToSlot: 7,
  /** The fewest reviews for a `rating` reason. */
  minReviews: 3,
  /** The lowest average for a `rating` reason. */
  minRating: 4,
  /** The most goal terms a `goals_match` reason names. */
  maxTerms: 5,
} as const;

/** What a mentor's reasons are written from: the mentor and the request, as the ranking saw it. */
export interface ReasonFacts {
  mentor: Mentor;
  /** The need asked for, or both. */
  needs: readonly MentorNeed[];
  /** The requested skills, lower-cased and distinct. */
  skills: readonly string[];
  /** The goals' meaningful words (goal-terms.ts). */
  terms: readonly string[];
  language: string | undefined;
  /** The requester's canonical time zone, `null` when not given. */
  zone: string | null;
  now: Date;
}

const dayMs = 86_400_000;
const styleNeed: Record<MentoringStyle, MentorNeed> = { directive: 'leadership', facilitative: 'mentorship' };
const englishLanguages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function hoursBetween(a: number, b: number): number {
  const diff = Math.abs(a - b) % 1440;
  return Math.min(diff, 1440 - diff) / 60;
}

/** The need a `need_fit` reason names: the one asked for, or with both, the first the mentor helps with. */
function servedNeed(facts: ReasonFacts): MentorNeed {
  const helped = facts.needs.find((need) => facts.mentor.helpsWith.includes(need));
  return helped ?? facts.needs[0] ?? 'leadership';
}

function needFit(weight: number, facts: ReasonFacts): Reason {
  const need = servedNeed(facts);
  const text =
    need === 'leadership' ? 'Helps with leadership needs: direction, decisions and deadlines' : 'Helps with mentorship needs: growth and finding your own path';
  return { code: 'need_fit', weight, text, params: { need } };
}

function styleFit(weight: number, facts: ReasonFacts): Reason {
  const style = facts.mentor.mentoringStyle;
  const need = styleNeed[style];
  const text =
    style === 'directive'
      ? 'Directive mentor: sets direction and deadlines, a fit for a leadership need'
      : 'Facilitative mentor: asks the questions that help you find your own answers, a fit for a mentorship need';
  return { code: 'style_fit', weight, text, params: { style, need } };
}

function skillsOverlap(weight: number, facts: ReasonFacts): Reason | null {
  const wanted = new Set(facts.skills);
  const skills = facts.mentor.skills.filter((s) => wanted.has(s.toLowerCase()));
  if (skills.length === 0) return null;
  const text = `Has ${skills.length} of your ${plural(wanted.size, 'skill')}: ${skills.map(inlineLabel).join(', ')}`;
  return { code: 'skills_overlap', weight, text, params: { skills, requested: wanted.size } };
}

function goalsMatch(weight: number, facts: ReasonFacts): Reason | null {
  const m = facts.mentor;
  const profile = new Set(words([m.name, m.headline, m.bio, m.title, m.company, ...m.skills, ...m.industries].join(' ')).map(foldWord));
  const terms = facts.terms.filter((w) => profile.has(foldWord(w))).slice(0, reasonThresholds.maxTerms);
  if (terms.length === 0) return null;
  return { code: 'goals_match', weight, text: `Profile matches your goals: ${terms.join(', ')}`, params: { terms } };
}

function language(weight: number, facts: ReasonFacts): Reason | null {
  if (facts.language === undefined) return null;
  return { code: 'language', weight, text: `Mentors in ${englishLanguages.of(facts.language) ?? facts.language}`, params: { language: facts.language } };
}

function timeZone(weight: number, facts: ReasonFacts): Reason | null {
  if (facts.zone === null) return null;
  const at = facts.now.getTime();
  // Quarter hours: the finest step between two real UTC offsets (Nepal is +5:45).
  const hoursApart = Math.round(hoursBetween(utcOffsetMinutes(facts.mentor.timezone, at), utcOffsetMinutes(facts.zone, at)) * 4) / 4;
  if (hoursApart > reasonThresholds.maxHoursApart) return null;
  const text = hoursApart === 0 ? 'Same UTC offset as you' : `${hoursApart} hour${hoursApart === 1 ? '' : 's'} from your time zone`;
  return { code: 'timezone', weight, text, params: { hoursApart } };
}

function availability(weight: number, facts: ReasonFacts): Reason | null {
  const next = facts.mentor.nextAvailableAt;
  if (next === null) return null;
  const withinDays = Math.max(1, Math.ceil((Date.parse(next) - facts.now.getTime()) / dayMs));
  if (withinDays > reasonThresholds.maxDaysToSlot) return null;
  const text = withinDays === 1 ? 'A free slot within 24 hours' : `Next free slot within ${withinDays} days`;
  return { code: 'availability', weight, text, params: { withinDays } };
}

function rating(weight: number, facts: ReasonFacts): Reason | null {
  const { ratingAvg, reviewCount: count } = facts.mentor.stats;
  if (ratingAvg === null || count < reasonThresholds.minReviews || ratingAvg < reasonThresholds.minRating) return null;
  const average = Math.round(ratingAvg * 10) / 10;
  return { code: 'rating', weight, text: `Rated ${average.toFixed(1)} from ${plural(count, 'review')}`, params: { average, count } };
}

const writers: Record<ReasonCode, (weight: number, facts: ReasonFacts) => Reason | null> = {
  need_fit: needFit,
  style_fit: styleFit,
  skills_overlap: skillsOverlap,
  goals_match: goalsMatch,
  language,
  timezone: timeZone,
  availability,
  rating,
};

/**
 * The reason for a criterion that added `weight` to a mentor's score, with its params and
 * English text; `null` when the criterion is below its threshold (it still counts in the
 * score, but it is not a strength).
 *
 * @example
 * ```ts
 * listedReason('timezone', 0.02, facts); // null when the mentor is 6 hours away
 * listedReason('rating', 0.05, facts); // { code: 'rating', params: { average: 4.8, count: 37 }, … }
 * ```
 */
export function listedReason(code: ReasonCode, weight: number, facts: ReasonFacts): Reason | null {
  return writers[code](weight, facts);
}
