// The ISO 8601 week of a date, in UTC: copy this file next to post-weekly-update.ts.
// ISO weeks start on Monday; week 1 is the one with the year's first Thursday, so the last days
// of December can belong to week 1 of the next year (2024-12-30 is 2025-W01) and the first days
// of January to the last week of the previous one (2021-01-03 is 2020-W53).

export interface IsoWeek {
  /** `2026-W48`: the week-numbering year and the week, zero-padded. */
  label: string;
  /** Monday 00:00 UTC of that week. */
  start: Date;
  /** The next Monday 00:00 UTC (exclusive end). */
  end: Date;
}

const DAY = 86_400_000;

export function isoWeek(date: Date): IsoWeek {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = day - weekday * DAY;
  const thursday = monday + 3 * DAY; // the Thursday decides the year
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return { label: `${year}-W${String(week).padStart(2, '0')}`, start: new Date(monday), end: new Date(monday + 7 * DAY) };
}

/**
 * The ISO week named by a label such as `2027-W02`, or `undefined` if there is no such week
 * (`2025-W53`: 2025 has 52). Week 1 is the week of January 4th.
 *
 * @example
 * ```ts
 * isoWeekOf('2027-W02')?.start.toISOString(); // '2027-01-11T00:00:00.000Z'
 * ```
 */
export function isoWeekOf(label: string): IsoWeek | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(label);
  if (!match) return undefined;
  const week1 = isoWeek(new Date(Date.UTC(Number(match[1]), 0, 4)));
  const week = isoWeek(new Date(week1.start.getTime() + (Number(match[2]) - 1) * 7 * DAY));
  return week.label === label ? week : undefined;
}
