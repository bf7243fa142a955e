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

/** One of the default skill chips. */
export type NeedFinderSkill = (typeof needFinderSkills)[number];

/** A skill tag as the API takes it (`MentorSkill`): kebab-case, 1–40 characters. */
const skillTag = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The skill chips an organization's page configures (the `skills` attribute): comma-separated
 * tags, trimmed, repeats removed. A tag the API would refuse (not kebab-case, over 40
 * characters) is dropped with a console warning, so one typo does not break every request.
 *
 * @example `parseSkills('okrs, Hiring ,okrs,public-speaking') // ['okrs', 'public-speaking'] (and a warning for "Hiring")`
 */
export function parseSkills(value: string | readonly string[]): string[] {
  const tags = typeof value === 'string' ? value.split(',') : value;
  const kept = new Set<string>();
  for (const raw of tags) {
    const tag = raw.trim();
    if (!tag) continue;
    if (tag.length <= 40 && skillTag.test(tag)) kept.add(tag);
    else console.warn(`<menteo-need-finder>: skill "${tag}" is not a skill tag (kebab-case, up to 40 characters); it is left out.`);
  }
  return [...kept];
}

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

/** The step-2 fields a server-side field error can point at; anything else is shown for the whole form. */
const fields = ['/goals', '/skills', '/language'] as const;

/** A step-2 field, by its JSON pointer in the request. */
export type Field = (typeof fields)[number];

/**
 * The step-2 field a problem's JSON pointer names, if any.
 *
 * @example `fieldOf('/skills/2') // '/skills'`
 */
export const fieldOf = (pointer: string): Field | undefined => fields.find((f) => pointer === f || pointer.startsWith(`${f}/`));

/**
 * The browser's IANA time zone, so mentors a few hours away rank higher.
 *
 * @example `browserTimeZone() // 'Europe/Madrid'`
 */
export const browserTimeZone = (): string | undefined => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
};

/**
 * The language options, and which one the page's language selects (added when missing).
 *
 * @example `languageOptions('es-MX', ['en', 'es']) // { options: ['en', 'es'], fallback: 'es' }`
 */
export function languageOptions(page: string, languages: readonly string[]): { options: string[]; fallback: string } {
  const base = page.split('-')[0] ?? page;
  const options = [...new Set(languages)];
  const fallback = options.includes(page) ? page : options.includes(base) ? base : page;
  if (!options.includes(fallback)) options.unshift(fallback);
  return { options, fallback };
}
