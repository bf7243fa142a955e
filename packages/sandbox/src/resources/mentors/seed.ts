import { prepared } from '../../db/database.js';
import { newId } from '../../ids.js';
import type { Rng } from '../../rng.js';
import { demo } from '../../demo.js';
import type { SeedContext } from '../../seed-context.js';
import { insertUser } from '../../users.js';
import { firstFreeSlot } from './availability.js';
import { inlineLabel, label } from './labels.js';
import type { AvailabilityWindow, MentorNeed, MentorOffering, MentorSeniority, MentoringStyle } from './row.js';
import {
  basePriceUsd,
  bioTemplates,
  companies,
  cultures,
  demoMentorProfile,
  headlines,
  needSentences,
  reviewBodies,
  reviewerHeadlines,
  seededIndustries,
  seniorityWeights,
  styleSentences,
  tracks,
  yearsBySeniority,
  type Culture,
} from './seed-data.js';
import { bulkLoadMentors, insertMentor, insertReview, type NewMentor } from './store.js';

/** The fixed demo mentor (its `users` row comes from the core seeder). */
const demoMentorId = demo.users.mentor.mentorId;
/** The internal pool seeded for org_acme: at least this many mentors. */
export const acmePoolMinimum = 20;

const dayMs = 86_400_000;

interface ReviewPlan {
  ratings: number[];
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

function pickCulture(rng: Rng): Culture {
  return rng.weighted(cultures.map((c) => [c, c.weight] as const));
}

function personName(rng: Rng, culture: Culture): string {
  return `${rng.pick(culture.first)} ${rng.pick(culture.last)}`;
}

function planReviews(rng: Rng, chance: number): ReviewPlan {
  if (!rng.chance(chance)) return { ratings: [] };
  const count = rng.weighted([
    [1, 3],
    [2, 3],
    [3, 3],
    [4, 2],
    [5, 2],
    [6, 1],
    [8, 1],
    [12, 1],
  ] as const);
  const ratings: number[] = [];
  for (let i = 0; i < count; i++)
    ratings.push(
      rng.weighted([
        [5, 55],
        [4, 30],
        [3, 10],
        [2, 3],
        [1, 2],
      ] as const),
    );
  return { ratings };
}

const average = (ratings: readonly number[]) => (ratings.length === 0 ? null : Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10);

function weeklyWindows(rng: Rng): AvailabilityWindow[] {
  if (!rng.chance(0.9)) return [];
  const days = rng.sample(
    [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 6, 7].filter((d, i, all) => all.indexOf(d) === i),
    rng.int(2, 4),
  );
  return days
    .map((day): AvailabilityWindow => {
      const start = rng.int(7, 19);
      const hours = rng.int(1, 3);
      return [day, start * 60, Math.min(22, start + hours) * 60];
    })
    .sort((a, b) => a[0] - b[0]);
}

function price(amountUsd: number, currency: string, factor: number): { amount: number; currency: string } {
  // Amounts are in minor units (JPY and KRW have none), rounded to a price someone would set.
  const zeroDecimal = ['JPY', 'KRW'].includes(currency);
  const major = amountUsd * factor;
  const step = major >= 10_000 ? 1000 : major >= 1000 ? 100 : major >= 100 ? 5 : 1;
  const rounded = Math.max(step, Math.round(major / step) * step);
  return { amount: zeroDecimal ? rounded : rounded * 100, currency };
}

function offerings(rng: Rng, seniority: MentorSeniority, currency: string, factor: number, internal: boolean): MentorOffering[] {
  const list: MentorOffering[] = [];
  const volunteer = internal || rng.chance(0.2);
  if (rng.chance(0.7)) list.push({ kind: 'intro_call', priceModel: 'free', price: null, durationMinutes: rng.pick([15, 20, 30]) });
  const base = basePriceUsd[seniority] * (0.8 + rng.next() * 0.5);
  if (list.length === 0 || rng.chance(0.8)) {
    list.push(
      volunteer
        ? { kind: 'session', priceModel: 'free', price: null, durationMinutes: rng.pick([45, 60]) }
        : { kind: 'session', priceModel: 'per_session', price: price(base, currency, factor), durationMinutes: rng.pick([45, 60, 90]) },
    );
  }
  if (rng.chance(0.5)) {
    list.push(
      volunteer
        ? { kind: 'room', priceModel: 'free', price: null, durationMinutes: 60 }
        : { kind: 'room', priceModel: 'monthly', price: price(base * 2.5, currency, factor), durationMinutes: rng.pick([45, 60]) },
    );
  }
  return list;
}

function bio(
  rng: Rng,
  parts: {
    title: string;
    company: string;
    years: number;
    industries: string[];
    need: MentorNeed | 'both';
    style: MentoringStyle;
    skills: string[];
    activity: string;
  },
): string {
  const intro = fill(bioTemplates.intro, {
    article: /^[AEIOU]/.test(parts.title) ? 'an' : 'a',
    title: parts.title,
    company: parts.company,
    activity: parts.activity,
  });
  const experience =
    parts.industries.length > 1
      ? fill(bioTemplates.experienceInTwo, {
          years: String(parts.years),
          industry: inlineLabel(parts.industries[0]!),
          otherIndustry: inlineLabel(parts.industries[1]!),
        })
      : fill(bioTemplates.experienceInOne, { years: String(parts.years), industry: inlineLabel(parts.industries[0] ?? 'tech') });
  const needLine = rng.pick(needSentences[parts.need]);
  const styleLine = rng.pick(styleSentences[parts.style]);
  const ask = parts.skills.length >= 2 ? [fill(bioTemplates.ask, { skill: inlineLabel(parts.skills[0]!), otherSkill: inlineLabel(parts.skills[1]!) })] : [];
  // 2–4 sentences in two short paragraphs: who I am, then how I help.
  const extras = rng.sample([experience, styleLine, ...ask], rng.int(0, 2));
  const first = [intro, ...extras.filter((line) => line === experience)];
  const second = [needLine, ...extras.filter((line) => line !== experience)];
  return `${first.join(' ')}\n\n${second.join(' ')}`;
}

function writeReviews(
  ctx: SeedContext,
  mentorId: string,
  firstName: string,
  createdAt: number,
  ratings: readonly number[],
  reviewers: readonly string[],
): void {
  const { rng, db } = ctx;
  const span = Math.max(dayMs, ctx.now.getTime() - createdAt);
  for (const rating of ratings) {
    insertReview(db, {
      id: newId('rev', rng),
      mentorId,
      authorId: rng.pick(reviewers),
      rating,
      body: fill(rng.pick(reviewBodies[rating] ?? reviewBodies[5]!), { name: firstName }),
      createdAt: new Date(createdAt + Math.floor(rng.next() * span)).toISOString(),
    });
  }
}

function seedReviewers(ctx: SeedContext): string[] {
  const count = Math.max(40, Math.ceil(ctx.mentors / 8));
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const culture = pickCulture(ctx.rng);
    const id = newId('usr', ctx.rng);
    insertUser(ctx.db, {
      id,
      orgId: null,
      name: personName(ctx.rng, culture),
      avatarUrl: ctx.rng.chance(0.5) ? `https://cdn.menteo.dev/avatars/${id}.jpg` : null,
      headline: ctx.rng.pick(reviewerHeadlines),
      createdAt: new Date(ctx.now.getTime() - ctx.rng.int(30, 900) * dayMs).toISOString(),
    });
    ids.push(id);
  }
  return ids;
}

function seedDemoMentor(ctx: SeedContext, reviewers: readonly string[]): void {
  const user = prepared(ctx.db, 'SELECT name, created_at FROM users WHERE id = ?').get(demo.users.mentor.id) as
    | { name: string; created_at: string }
    | undefined;
  if (!user) throw new Error(`seedMentors: the core seeder must create ${demo.users.mentor.id} first`);
  const { ratings, ...profile } = demoMentorProfile;
  const createdAt = Date.parse(user.created_at) || ctx.now.getTime() - 400 * dayMs;
  const first = user.name.split(' ')[0] ?? user.name;
  insertMentor(ctx.db, {
    ...profile,
    id: demoMentorId,
    userId: demo.users.mentor.id,
    orgId: null,
    name: user.name,
    avatarUrl: `https://cdn.menteo.dev/avatars/${demoMentorId}.jpg`,
    ratingAvg: average(ratings),
    reviewCount: ratings.length,
    nextAvailableAt: firstFreeSlot(profile.timezone, profile.weeklyAvailability, [], ctx.now),
    createdAt: new Date(createdAt).toISOString(),
  });
  writeReviews(ctx, demoMentorId, first, createdAt, ratings, reviewers);
}

function generateMentor(ctx: SeedContext, internal: boolean, reviewers: readonly string[]): void {
  const { rng, db, now } = ctx;
  const culture = pickCulture(rng);
  const [country, timezone, currency, factor] = rng.pick(culture.places);
  const first = rng.pick(culture.first);
  const name = `${first} ${rng.pick(culture.last)}`;
  const track = rng.weighted(tracks.map((t) => [t, t.weight] as const));
  const levels = seniorityWeights.filter(([level]) => track.titles[level] !== undefined);
  const seniority = rng.weighted(levels);
  const title = track.titles[seniority] ?? 'Mentor';
  const [minYears, maxYears] = yearsBySeniority[seniority];
  const years = rng.int(minYears, maxYears);
  const [company, companyIndustry] = internal ? ['Acme Corporation', rng.pick(seededIndustries)] : rng.pick(companies);
  const industries = [
    companyIndustry,
    ...rng.sample(
      seededIndustries.filter((i) => i !== companyIndustry),
      rng.int(0, 2),
    ),
  ];
  const skills = rng.sample(track.skills, rng.int(3, 7));
  const languages = [culture.languages[0]!, ...culture.languages.slice(1).filter(() => rng.chance(0.35))];
  if (!languages.includes('en') && rng.chance(0.85)) languages.push('en');
  const need = rng.weighted([
    ['leadership', track.needs[0]],
    ['mentorship', track.needs[1]],
    ['both', track.needs[2]],
  ] as const);
  const helpsWith: MentorNeed[] = need === 'both' ? ['leadership', 'mentorship'] : [need];
  const leaning = need === 'leadership' ? 0.8 : need === 'mentorship' ? 0.2 : 0.5;
  const style: MentoringStyle = rng.chance(leaning) ? 'directive' : 'facilitative';
  const id = newId('men', rng);
  const userId = newId('usr', rng);
  const createdAt = now.getTime() - rng.int(20, 1000) * dayMs - rng.int(0, 86_399) * 1000;
  const windows = weeklyWindows(rng);
  const plan = planReviews(rng, 0.65);
  const avatarUrl = rng.chance(0.75) ? `https://cdn.menteo.dev/avatars/${id}.jpg` : null;
  const headline = fill(rng.pick(headlines[need]), { s1: label(skills[0] ?? ''), s2: inlineLabel(skills[1] ?? ''), title, company });
  insertUser(db, {
    id: userId,
    orgId: internal ? demo.orgs.acme : null,
    name,
    avatarUrl,
    headline,
    createdAt: new Date(createdAt).toISOString(),
  });
  const mentor: NewMentor = {
    id,
    userId,
    orgId: internal ? demo.orgs.acme : null,
    name,
    headline,
    bio: bio(rng, { title, company, years, industries, need, style, skills, activity: track.activity }),
    avatarUrl,
    title,
    company,
    skills,
    industries,
    languages,
    seniority,
    yearsExperience: years,
    timezone,
    country,
    mentoringStyle: style,
    helpsWith,
    offerings: offerings(rng, seniority, currency, factor, internal),
    capacityMax: rng.int(1, 8),
    acceptingRequests: rng.chance(0.85),
    ratingAvg: average(plan.ratings),
    reviewCount: plan.ratings.length,
    sessionsCompleted: rng.int(plan.ratings.length, plan.ratings.length + years * 25),
    medianResponseHours: rng.chance(0.75) ? Math.round((0.5 + rng.next() ** 2 * 71.5) * 10) / 10 : null,
    weeklyAvailability: windows,
    nextAvailableAt: firstFreeSlot(timezone, windows, [], now),
    createdAt: new Date(createdAt).toISOString(),
  };
  insertMentor(db, mentor);
  writeReviews(ctx, id, first, createdAt, plan.ratings, reviewers);
}

/**
 * Seeds `ctx.mentors` mentors (the demo mentor included), their users, reviews and the
 * reviewers' users. The first ones after the demo mentor form org_acme's internal pool
 * (at least 20, 5% of larger worlds). Runs inside the seeding transaction, with cached
 * prepared statements, so 10,000 mentors take a few seconds.
 */
export function seedMentors(ctx: SeedContext): void {
  const reviewers = seedReviewers(ctx);
  const others = Math.max(0, ctx.mentors - 1);
  const internal = Math.min(others, Math.max(acmePoolMinimum, Math.round(ctx.mentors * 0.05)));
  bulkLoadMentors(ctx.db, () => {
    seedDemoMentor(ctx, reviewers);
    for (let i = 0; i < others; i++) generateMentor(ctx, i < internal, reviewers);
  });
  // Fresh statistics let the planner pick between the sort indexes and the tag filters.
  ctx.db.exec('ANALYZE mentors; ANALYZE mentor_tags;');
}
