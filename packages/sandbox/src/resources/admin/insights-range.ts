import { Problem } from '../../http/problem.js';

const dayMs = 86_400_000;

/** The longest range one insights call covers: a year, leap day included. */
export const maxRangeDays = 366;

/** The range asked for when `from` is left out: twelve weeks ending on `to`. */
export const defaultRangeDays = 84;

/** A span of whole UTC days: `from` and `to` are `YYYY-MM-DD`, `start`/`end` the instants bounding it (`end` excluded). */
export interface DayRange {
  from: string;
  to: string;
  start: string;
  end: string;
}

/** One bucket: an ISO week clipped to the range. */
export interface WeekBucket extends DayRange {
  week: string;
}

/**
 * The range of an insights call, validated: `to` defaults to today by the API's clock (never the
 * caller's), `from` to twelve weeks ending on `to`. A bad range names its field.
 *
 * @example
 * ```ts
 * insightsRange({ from: '2026-11-23', to: '2026-12-06' }, now).end; // '2026-12-07T00:00:00.000Z'
 * ```
 */
export function insightsRange(query: { from?: string; to?: string }, now: Date): DayRange {
  const to = query.to === undefined ? startOfDay(now) : dayOf(query.to, '/to');
  const from = query.from === undefined ? to - (defaultRangeDays - 1) * dayMs : dayOf(query.from, '/from');
  if (from > to) throw badParameter('/from', `must not be after to (${isoDay(to)})`);
  if ((to - from) / dayMs + 1 > maxRangeDays) throw badParameter('/from', `must be at most ${maxRangeDays} days before to (${isoDay(to)})`);
  return rangeOf(from, to);
}

/**
 * The ISO weeks (Monday to Sunday, UTC) that meet the range, the first and last clipped to it.
 *
 * @example
 * ```ts
 * weekBuckets(insightsRange({ from: '2026-11-25', to: '2026-12-01' }, now)).map((b) => b.week); // ['2026-W48', '2026-W49']
 * ```
 */
export function weekBuckets(range: DayRange): WeekBucket[] {
  const buckets: WeekBucket[] = [];
  const last = Date.parse(range.end) - dayMs;
  let from = Date.parse(range.start);
  while (from <= last) {
    const sunday = mondayOf(from) + 6 * dayMs;
    const to = Math.min(sunday, last);
    buckets.push({ week: isoWeekOf(from), ...rangeOf(from, to) });
    from = to + dayMs;
  }
  return buckets;
}

/**
 * The ISO week label of a UTC instant: the week belongs to the year of its Thursday.
 *
 * @example
 * ```ts
 * isoWeekOf(Date.parse('2027-01-01T00:00:00Z')); // '2026-W53'
 * ```
 */
export function isoWeekOf(ms: number): string {
  const thursday = new Date(mondayOf(ms) + 3 * dayMs);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / dayMs / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function rangeOf(from: number, to: number): DayRange {
  return { from: isoDay(from), to: isoDay(to), start: new Date(from).toISOString(), end: new Date(to + dayMs).toISOString() };
}

function mondayOf(ms: number): number {
  const day = startOfDay(new Date(ms));
  // getUTCDay: Sunday 0 … Saturday 6; ISO weeks start on Monday.
  return day - ((new Date(day).getUTCDay() + 6) % 7) * dayMs;
}

function startOfDay(at: Date): number {
  return Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayOf(value: string, pointer: string): number {
  const ms = Date.parse(`${value}T00:00:00.000Z`);
  // Date.parse rolls 2026-02-30 over to March; a day that does not round-trip does not exist.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(ms) || isoDay(ms) !== value) throw badParameter(pointer, 'must be a day, YYYY-MM-DD');
  return ms;
}

function badParameter(pointer: string, detail: string): Problem {
  return new Problem(400, 'invalid_parameter', `Query parameter ${pointer.slice(1)} ${detail}.`, [{ in: 'query', pointer, detail }]);
}
