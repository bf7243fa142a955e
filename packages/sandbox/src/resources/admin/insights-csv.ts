import type { components } from '@menteo/api';
import type { InsightFigure, InsightsFigures } from './insights-figures.js';

type ProgramInsights = components['schemas']['ProgramInsights'];

const header = ['period', 'start', 'end', 'metric', 'value', 'suppressed'];

// A plain number is data to every spreadsheet, even a negative one: only other text that starts
// like a formula is guarded.
const plainNumber = /^-?\d+(\.\d+)?$/;
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: formula-guarded (a leading `=`, `+`, `-`, `@`, tab or CR gets a `'`, so a
 * spreadsheet shows the text instead of running it), then quoted when it holds a comma, a quote
 * or a line break.
 *
 * @example
 * ```ts
 * csvField('=HYPERLINK("x")'); // `"'=HYPERLINK(""x"")"`
 * csvField('-0.5'); // '-0.5'
 * ```
 */
export function csvField(value: string): string {
  const guarded = formulaStart.test(value) && !plainNumber.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/**
 * Rows as an RFC 4180 document: CRLF after every record, the last one included.
 *
 * @example
 * ```ts
 * csvDocument([['a', 'b'], ['1', '2']]); // 'a,b\r\n1,2\r\n'
 * ```
 */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * The insights in long form, one figure a row (`period,start,end,metric,value,suppressed`): a
 * suppressed figure has an empty value and `true`, never a 0.
 *
 * @example
 * ```ts
 * insightsCsv(insights).split('\r\n')[0]; // 'period,start,end,metric,value,suppressed'
 * ```
 */
export function insightsCsv(insights: ProgramInsights): string {
  const rows: string[][] = [header];
  const add = (period: string, start: string, end: string, metric: string, figure: InsightFigure) => {
    rows.push([period, start, end, metric, figure.value === null ? '' : String(figure.value), String(figure.suppressed)]);
  };
  const addFigures = (period: string, start: string, end: string, figures: InsightsFigures) => {
    for (const [metric, figure] of flatFigures(figures)) add(period, start, end, metric, figure);
  };
  for (const bucket of insights.buckets) addFigures(bucket.week, bucket.start, bucket.end, bucket.figures);
  addFigures('total', insights.from, insights.to, insights.totals);
  const day = insights.mentorLoad.at.slice(0, 10);
  add('mentor_load', day, day, 'mentors', insights.mentorLoad.mentors);
  for (const share of insights.mentorLoad.distribution) add('mentor_load', day, day, `mentor_load_${share.activeMentees}`, share.mentors);
  return csvDocument(rows);
}

/** The figures under their CSV names, in the contract's order. */
function flatFigures(f: InsightsFigures): [string, InsightFigure][] {
  return [
    ['requests', f.requests],
    ['acceptance_rate', f.acceptanceRate],
    ['median_hours_to_accept', f.medianHoursToAccept],
    ['active_rooms', f.activeRooms],
    ['sessions_held', f.sessionsHeld],
    ['no_shows', f.noShows],
    ['goals_achieved', f.goalsAchieved],
    ['goals_dropped', f.goalsDropped],
    ['roadmap_steps_completed', f.roadmapStepsCompleted],
    ['need_mix_leadership', f.needMix.leadership],
    ['need_mix_mentorship', f.needMix.mentorship],
    ['hat_fit_answered', f.hatFit.answered],
    ['hat_fit_rate', f.hatFit.fitRate],
    ['self_efficacy_change', f.selfEfficacyChange],
  ];
}
