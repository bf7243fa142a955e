// Last week's figures of your mentoring program, as a text table for a Monday mail or a chat
// channel; `--csv FILE` also saves the API's CSV of the same week.
//
//   MENTEO_SECRET_KEY=sk_test_acme MENTEO_BASE_URL=http://127.0.0.1:4010 \
//     npx tsx weekly-program-report.ts                      # last ISO week, by the API's clock
//     npx tsx weekly-program-report.ts --week 2027-W02 --csv insights-2027-W02.csv
//
// Weeks are ISO weeks in UTC (Monday to Sunday), as the API counts them. "Last week" is the one
// before the API's today (its `to` when asked without a range), not this machine's date, so a
// sandbox started with --now, or a server in another time zone, reports the same week.
// A figure made up by fewer than 5 people is withheld by the API so nobody can be singled out:
// it prints "fewer than 5", never 0. Needs iso-week.ts next to it.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { APIError, type InsightFigure, Menteo, MenteoError, type ProgramInsights } from '@menteo/sdk';
import { type IsoWeek, isoWeek, isoWeekOf } from './iso-week.js';

function fail(message: string): never {
  process.stderr.write(`weekly-program-report: ${message}\n`);
  process.exit(2);
}

// Flags; a mistyped one is reported as such, not as a stack trace.
const { values: args } = (() => {
  try {
    return parseArgs({ options: { week: { type: 'string' }, csv: { type: 'string' } }, strict: true });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const secretKey = process.env.MENTEO_SECRET_KEY ?? fail('set MENTEO_SECRET_KEY (sk_…: your organization, on a server).');
const client = new Menteo({ secretKey, baseUrl: process.env.MENTEO_BASE_URL });

const DAY = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The week asked for, or the one before the API's today. */
async function reportWeek(): Promise<IsoWeek> {
  if (args.week !== undefined) return isoWeekOf(args.week) ?? fail(`--week must be an ISO week such as 2027-W02 (got ${args.week}).`);
  const { to } = await client.admin.insights.retrieve(); // no range: it ends on the API's today
  return isoWeek(new Date(Date.parse(`${to}T00:00:00Z`) - 7 * DAY));
}

const fewer = 'fewer than 5';
const count = (f: InsightFigure) => (f.suppressed || f.value === null ? fewer : String(f.value));
const percent = (f: InsightFigure) => (f.suppressed || f.value === null ? fewer : `${(f.value * 100).toFixed(1)}%`);
const hours = (f: InsightFigure) => (f.suppressed || f.value === null ? fewer : `${f.value} h`);
const signed = (f: InsightFigure) => (f.suppressed || f.value === null ? fewer : `${f.value > 0 ? '+' : ''}${f.value}`);

/** The table's rows: a label and the figure as text. Add or drop freely. */
function rows({ totals: t, mentorLoad }: ProgramInsights): [string, string][] {
  return [
    ['Mentoring requests', count(t.requests)],
    ['Acceptance rate', percent(t.acceptanceRate)],
    ['Median time to accept', hours(t.medianHoursToAccept)],
    ['Active rooms', count(t.activeRooms)],
    ['Sessions held', count(t.sessionsHeld)],
    ['No-shows', count(t.noShows)],
    ['Goals achieved', count(t.goalsAchieved)],
    ['Goals dropped', count(t.goalsDropped)],
    ['Roadmap steps completed', count(t.roadmapStepsCompleted)],
    ['Sessions on leadership', count(t.needMix.leadership)],
    ['Sessions on mentorship', count(t.needMix.mentorship)],
    ['Hat fit: sessions answered', count(t.hatFit.answered)],
    ['Hat fit: answered yes', percent(t.hatFit.fitRate)],
    ['Mentee self-efficacy change', signed(t.selfEfficacyChange)],
    ['Internal mentors (now)', count(mentorLoad.mentors)],
    ...mentorLoad.distribution.map((d): [string, string] => [`  with ${d.activeMentees} active mentee(s)`, count(d.mentors)]),
  ];
}

try {
  const week = await reportWeek();
  const range = { from: day(week.start), to: day(new Date(week.end.getTime() - DAY)), interval: 'week' as const };
  const insights = await client.admin.insights.retrieve(range);
  const table = rows(insights);
  const width = Math.max(...table.map(([label]) => label.length));
  process.stdout.write(
    `Mentoring program, ${week.label} (${range.from} to ${range.to}, UTC)\n\n${table.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}\n\n` +
      `"${fewer}": too few people to show the figure without identifying someone.\n`,
  );
  if (args.csv) {
    const csv = await client.admin.insights.csv(range);
    await writeFile(args.csv, csv).catch((error: Error) => fail(`cannot write ${args.csv}: ${error.message}`));
    process.stderr.write(`weekly-program-report: CSV written to ${args.csv}\n`);
  }
} catch (error) {
  if (!(error instanceof MenteoError)) throw error; // a bug of ours: keep the stack trace
  const fields = Object.entries(error instanceof APIError ? error.fieldErrors : {}).map(([pointer, detail]) => `\n  ${pointer}: ${detail}`);
  fail(`${error.message}${fields.join('')}`);
}
