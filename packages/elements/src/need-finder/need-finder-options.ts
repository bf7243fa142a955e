/**
 * The skill chips the need finder offers: common tags of the seeded vocabulary
 * (`packages/sandbox/src/resources/mentors/seed-data.ts`), half for each hat. A static
 * list, so the questionnaire renders before any request.
 *
 * @example `needFinderSkills.includes('decision-making') // true`
 */
export const needFinderSkills = [
  'leadership',
  'decision-making',
  'delegation',
  'roadmapping',
  'people-management',
  'stakeholder-management',
  'feedback',
  'career-change',
  'self-discovery',
  'public-speaking',
  'imposter-syndrome',
  'work-life-balance',
] as const;

/** One of the skill chips. */
export type NeedFinderSkill = (typeof needFinderSkills)[number];

/**
 * The mentoring languages offered by default (BCP 47); the page's language is added when missing.
 *
 * @example `<menteo-need-finder .languages=${['en', 'pt-BR']}></menteo-need-finder>`
 */
export const defaultNeedFinderLanguages: readonly string[] = ['en', 'es', 'fr', 'de', 'pt'];

/** The goals' length limits of `POST /v1/matches`, counted in characters (code points), as the API counts them. */
export const goalsLimits = { min: 10, max: 1000 } as const;

/** Characters as the API counts them: code points, so an emoji is one. */
export const charCount = (text: string): number => [...text].length;
