import type { Schema } from '@menteo/sdk';
import type { LocalizeController } from '../internal/localize-controller.js';
import { tagLabel } from '../internal/tag-label.js';
import { en } from './need-finder.strings.js';

/** One reason a mentor fits, as the API sends it: a `code` and its `params`. */
export type MatchReason = Schema<'MatchReason'>;
/** One reason a roadmap is recommended: `serves_need` or `shared_skill`. */
export type RoadmapReason = Schema<'RoadmapReason'>;

type Localize = LocalizeController<typeof en>;

/**
 * A skill tag as the person reads it: the finder's own translation for its chips, else the
 * tag spelled as words (`api-design` → "API design").
 *
 * @example `skillLabel(l, 'self-discovery') // 'Autoconocimiento' in Spanish`
 */
export function skillLabel(l: Localize, tag: string): string {
  const key = `needFinder_skill_${tag}`;
  return key in en ? l.msg(key as keyof typeof en & string) : tagLabel(tag);
}

/**
 * A mentor's reason in the page's language, from its `code` and `params` (never its English
 * `text`). `undefined` for a code this version does not know, which is then not shown.
 *
 * @example `reasonText(l, { code: 'language', params: { language: 'en' }, … }) // 'Mentoriza en inglés' in Spanish`
 */
export function reasonText(l: Localize, reason: MatchReason): string | undefined {
  switch (reason.code) {
    case 'need_fit':
      return l.msg(`needFinder_reason_need_${reason.params.need}`);
    case 'style_fit':
      return l.msg(`needFinder_reason_style_${reason.params.style}`);
    case 'skills_overlap':
      return l.msg('needFinder_reason_skills', { skills: l.list(reason.params.skills.map((tag) => skillLabel(l, tag))) });
    case 'goals_match':
      return l.msg('needFinder_reason_goals', { terms: l.list(reason.params.terms) });
    case 'language':
      return l.msg('needFinder_reason_language', { language: l.language(reason.params.language) });
    case 'timezone':
      // Quarter hours: 1.5 h reads "1,5 h" in Spanish.
      return reason.params.hoursApart === 0
        ? l.msg('needFinder_reason_timezoneSame')
        : l.msg('needFinder_reason_timezone', { hours: l.number(reason.params.hoursApart) });
    case 'availability':
      return l.msg('needFinder_reason_availability', { days: Math.max(1, reason.params.withinDays) });
    case 'rating':
      return l.msg('needFinder_reason_rating', {
        average: l.number(reason.params.average, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
        count: reason.params.count,
      });
    default:
      return undefined;
  }
}

/**
 * Why a roadmap is recommended, in the page's language: the needs it serves, then the
 * shared skills in one line ("Shares your skills: delegation, roadmapping").
 *
 * @example `roadmapReasonTexts(l, recommendation.roadmap.reasons) // ['Serves your need: the leader hat', 'Shares your skills: Delegation']`
 */
export function roadmapReasonTexts(l: Localize, reasons: readonly RoadmapReason[]): string[] {
  const texts: string[] = [];
  const skills: string[] = [];
  for (const reason of reasons) {
    if (reason.code === 'serves_need') texts.push(l.msg(`needFinder_reason_serves_${reason.params.need}`));
    else if (reason.code === 'shared_skill') skills.push(skillLabel(l, reason.params.skill));
  }
  if (skills.length) texts.push(l.msg('needFinder_reason_skills', { skills: l.list(skills) }));
  return texts;
}
