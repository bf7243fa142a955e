import { withTexts } from '../../seed-text.js';
import type { MentorNeed, MentorSeniority } from './row.js';
import type { NewMentor } from './store.js';
import data from './seed-data.json' with { type: 'json' };

/**
 * Vocabularies of the seeded mentor network, read from `seed-data.json`. Names are common
 * given and family names combined at random (no real person intended); companies are
 * invented. Tests import the facet vocabularies to pick filter values that exist.
 */

/** A naming culture: names, where its people live, what they speak, what they charge in. */
export interface Culture {
  weight: number;
  first: readonly string[];
  last: readonly string[];
  /** [ISO 3166-1 alpha-2 country, IANA time zone, ISO 4217 currency, price factor vs USD] */
  places: readonly (readonly [string, string, string, number])[];
  /** The first is spoken by everyone of the culture; the others by some. */
  languages: readonly string[];
}

/** A career track: what the mentor does, at which levels, what they help with and how. */
export interface Track {
  key: string;
  weight: number;
  titles: Partial<Record<MentorSeniority, string>>;
  skills: readonly string[];
  /** Which needs the track tends to take on, as weights of leadership-only, mentorship-only, both. */
  needs: readonly [number, number, number];
  activity: string;
}

type Needs = MentorNeed | 'both';

/** Bio sentence templates; `{name}` takes a value of the mentor being seeded. */
export interface BioTemplates {
  /** `{article}` is "a" or "an"; `{title}`, `{company}`, `{activity}`. */
  intro: string;
  /** `{years}`, `{industry}`, `{otherIndustry}`. */
  experienceInTwo: string;
  /** `{years}`, `{industry}`. */
  experienceInOne: string;
  /** `{skill}`, `{otherSkill}`. */
  ask: string;
}

/** The demo mentor's profile as written; the seeder adds ids, name, dates and what follows from `ratings`. */
export type DemoMentorProfile = Omit<
  NewMentor,
  'id' | 'userId' | 'orgId' | 'name' | 'avatarUrl' | 'ratingAvg' | 'reviewCount' | 'nextAvailableAt' | 'createdAt'
> & {
  /** The ratings of the demo mentor's reviews, oldest first. */
  ratings: number[];
};

/** The shape of `seed-data.json`. */
interface MentorSeedData {
  cultures: Culture[];
  tracks: Track[];
  seededIndustries: string[];
  companies: [string, string][];
  seniorityWeights: [MentorSeniority, number][];
  yearsBySeniority: Record<MentorSeniority, [number, number]>;
  basePriceUsd: Record<MentorSeniority, number>;
  headlines: Record<Needs, string[]>;
  needSentences: Record<Needs, string[]>;
  styleSentences: Record<'directive' | 'facilitative', string[]>;
  reviewBodies: Record<number, string[]>;
  reviewerHeadlines: string[];
  bioTemplates: BioTemplates;
  demoMentor: DemoMentorProfile;
}

const seed = withTexts<MentorSeedData>(data, [
  'headlines.*[]',
  'needSentences.*[]',
  'styleSentences.*[]',
  'reviewBodies.*[]',
  'bioTemplates.*',
  'demoMentor.headline',
  'demoMentor.bio',
]);

/** The cultures mentors and reviewers are drawn from, by weight. */
export const cultures: readonly Culture[] = seed.cultures;

/** The career tracks of the network, by weight. */
export const tracks: readonly Track[] = seed.tracks;

/** Every skill a seeded mentor can have. */
export const seededSkills: readonly string[] = [...new Set(tracks.flatMap((t) => t.skills))].sort();

/** Every industry a seeded mentor can have. */
export const seededIndustries: readonly string[] = seed.seededIndustries;

/** Invented companies and the industry each is in. */
export const companies: readonly (readonly [string, string])[] = seed.companies;

/** The seniority mix of the network. */
export const seniorityWeights: readonly (readonly [MentorSeniority, number])[] = seed.seniorityWeights;
/** Years of experience per level, [min, max]. */
export const yearsBySeniority: Record<MentorSeniority, readonly [number, number]> = seed.yearsBySeniority;
/** A session's base price in USD by seniority. */
export const basePriceUsd: Record<MentorSeniority, number> = seed.basePriceUsd;

/** Headline templates; `{s1}`, `{s2}`, `{title}`, `{company}` are filled in. */
export const headlines: Record<Needs, readonly string[]> = seed.headlines;

/** Bio sentences about what the mentor helps with. */
export const needSentences: Record<Needs, readonly string[]> = seed.needSentences;

/** Bio sentences about how the mentor works. */
export const styleSentences: Record<'directive' | 'facilitative', readonly string[]> = seed.styleSentences;

/** Review bodies by rating (1–5); `{name}` is the mentor's first name. */
export const reviewBodies: Record<number, readonly string[]> = seed.reviewBodies;

/** Reviewer headlines. */
export const reviewerHeadlines: readonly string[] = seed.reviewerHeadlines;

/** How a generated bio's sentences read. */
export const bioTemplates: BioTemplates = seed.bioTemplates;

/** The fixed demo mentor's profile (Daniel Okafor, `men_demomentor`). */
export const demoMentorProfile: DemoMentorProfile = seed.demoMentor;
