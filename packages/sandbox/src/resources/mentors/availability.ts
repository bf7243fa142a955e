import { prepared, type Db } from '../../db/database.js';
import { hasTable, type AvailabilityWindow } from './row.js';
import { localToUtc, wallClock } from './time-zones.js';

/**
 * Bookable slots. A mentor publishes weekly windows in their own time zone
 * (`weekly_availability`); each window yields 60-minute slots on the hour. Wall-clock
 * times convert to UTC per date, so a 09:00 window is 14:00Z in New York's winter and
 * 13:00Z in its summer; a local hour skipped by spring-forward yields no slot. Slots in
 * the past and slots overlapping a pending or accepted session or a booked intro call are not
 * bookable.
 *
 * `mentors.next_available_at` (the first bookable slot within 30 days) is stored so that
 * search can filter and sort on it with an index. It is computed at seed time, recomputed
 * exactly on every retrieve, and refreshed lazily before each search and match for the rows
 * whose stored slot has passed, rows that have windows but were never computed (inserted
 * without a value) or were fully booked more than an hour ago, and all rows when the clock
 * moved backwards (which only tests do). A session booked on a mentor's stored slot is only
 * seen at the next retrieve or refresh, so search may show that slot for a while; the slots
 * endpoint and booking never do.
 */

const slotMs = 60 * 60_000;
const dayMs = 24 * slotMs;
/** How far ahead `nextAvailableAt` looks. */
export const nextAvailableHorizonDays = 30;

interface Interval {
  start: number;
  end: number;
}

/** Slot starts (UTC ms) in [startMs, endMs), ascending, before subtracting sessions and the past. */
export function* weeklySlotStarts(timeZone: string, windows: readonly AvailabilityWindow[], startMs: number, endMs: number): Generator<number> {
  if (windows.length === 0 || endMs <= startMs) return;
  const sorted = [...windows].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Walk local calendar days from the day before `start` (offsets reach ±14 h) until the
  // day after `end`; UTC midnight of a local date is a convenient day counter.
  const first = wallClock(timeZone, startMs);
  const last = wallClock(timeZone, endMs);
  const lastDay = Date.UTC(last.year, last.month - 1, last.day) + dayMs;
  let previous = -Infinity;
  for (let day = Date.UTC(first.year, first.month - 1, first.day) - dayMs; day <= lastDay; day += dayMs) {
    const date = new Date(day);
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;
    for (const [wd, from, to] of sorted) {
      if (wd !== weekday) continue;
      for (let minute = Math.ceil(from / 60) * 60; minute + 60 <= to; minute += 60) {
        const instant = localToUtc(timeZone, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), minute / 60, 0);
        if (instant === null || instant < startMs) continue;
        if (instant >= endMs) return;
        // Overlapping windows would repeat an hour.
        if (instant <= previous) continue;
        previous = instant;
        yield instant;
      }
    }
  }
}

function takenIntervals(db: Db, mentorId: string, startMs: number, endMs: number): Interval[] {
  if (!hasTable(db, 'sessions')) return [];
  // String bounds widened by a day tolerate other ISO spellings (no milliseconds, offsets);
  // the exact overlap test is numeric.
  const bounds = { mentor: mentorId, before: new Date(endMs + dayMs).toISOString(), after: new Date(startMs - dayMs).toISOString() };
  const rows = prepared(
    db,
    `SELECT starts_at, ends_at FROM sessions
     WHERE mentor_id = :mentor AND status IN ('pending', 'accepted') AND starts_at < :before AND ends_at > :after
     UNION ALL
     SELECT starts_at, ends_at FROM intro_calls
     WHERE mentor_id = :mentor AND status = 'booked' AND starts_at < :before AND ends_at > :after`,
  ).all(bounds) as { starts_at: string; ends_at: string }[];
  return rows.map((r) => ({ start: Date.parse(r.starts_at), end: Date.parse(r.ends_at) }));
}

const overlaps = (slot: number, taken: readonly Interval[]) => taken.some((t) => t.start < slot + slotMs && t.end > slot);

function availabilityOf(db: Db, mentorId: string): { timezone: string; windows: AvailabilityWindow[] } | undefined {
  const row = prepared(db, 'SELECT timezone, weekly_availability FROM mentors WHERE id = ?').get(mentorId) as
    | { timezone: string; weekly_availability: string }
    | undefined;
  return row && { timezone: row.timezone, windows: JSON.parse(row.weekly_availability) as AvailabilityWindow[] };
}

/**
 * The mentor's bookable 60-minute slots starting in [range.start, range.end), UTC, ascending:
 * weekly windows in the mentor's time zone, minus the past (relative to `now`) and minus
 * pending or accepted sessions. Unknown mentor: no slots.
 */
export function mentorSlots(db: Db, mentorId: string, range: { start: Date; end: Date }, now: Date): { startsAt: string; endsAt: string }[] {
  const mentor = availabilityOf(db, mentorId);
  if (!mentor) return [];
  const startMs = range.start.getTime();
  const endMs = range.end.getTime();
  if (endMs <= startMs) return [];
  const taken = takenIntervals(db, mentorId, startMs, endMs + slotMs);
  const slots: { startsAt: string; endsAt: string }[] = [];
  for (const start of weeklySlotStarts(mentor.timezone, mentor.windows, startMs, endMs)) {
    if (start <= now.getTime() || overlaps(start, taken)) continue;
    slots.push({ startsAt: new Date(start).toISOString(), endsAt: new Date(start + slotMs).toISOString() });
  }
  return slots;
}

/** Whether `startsAt` (any RFC 3339 spelling) is exactly the start of one of the mentor's bookable slots. */
export function isBookableSlot(db: Db, mentorId: string, startsAt: string, now: Date): boolean {
  const start = Date.parse(startsAt);
  if (Number.isNaN(start)) return false;
  return mentorSlots(db, mentorId, { start: new Date(start), end: new Date(start + 1) }, now).length === 1;
}

/** The first bookable slot within the horizon, given the sessions already taken. */
export function firstFreeSlot(timeZone: string, windows: readonly AvailabilityWindow[], taken: readonly Interval[], now: Date): string | null {
  const from = now.getTime() + 1;
  for (const start of weeklySlotStarts(timeZone, windows, from, from + nextAvailableHorizonDays * dayMs)) {
    if (!overlaps(start, taken)) return new Date(start).toISOString();
  }
  return null;
}

/** Recomputes one mentor's stored `next_available_at` exactly and returns it. */
export function refreshNextAvailable(db: Db, mentorId: string, now: Date): string | null {
  const mentor = availabilityOf(db, mentorId);
  if (!mentor) return null;
  const taken = takenIntervals(db, mentorId, now.getTime(), now.getTime() + (nextAvailableHorizonDays + 1) * dayMs);
  const next = firstFreeSlot(mentor.timezone, mentor.windows, taken, now);
  storeNextAvailable(db, mentorId, next, now);
  return next;
}

function storeNextAvailable(db: Db, mentorId: string, next: string | null, now: Date): void {
  // Writing only on change keeps retrieves and searches read-only in the steady state.
  if (next === null) {
    prepared(db, 'UPDATE mentors SET next_available_at = NULL, availability_checked_at = ? WHERE id = ?').run(now.toISOString(), mentorId);
  } else {
    prepared(db, 'UPDATE mentors SET next_available_at = ? WHERE id = ? AND next_available_at IS NOT ?').run(next, mentorId, next);
  }
}

const lastRefresh = new WeakMap<Db, number>();

/**
 * Brings stored `next_available_at` values up to date for search: rows whose slot has
 * passed (usually none, so this costs one index probe), or every row after the clock
 * moved backwards.
 */
export function refreshStaleAvailability(db: Db, now: Date): void {
  const nowIso = now.toISOString();
  const previous = lastRefresh.get(db);
  lastRefresh.set(db, now.getTime());
  const movedBack = previous !== undefined && now.getTime() < previous;
  const stale = (
    movedBack
      ? prepared(db, "SELECT id, timezone, weekly_availability FROM mentors WHERE weekly_availability <> '[]'").all()
      : prepared(
          db,
          // Both branches must be index probes: this runs before every search.
          `SELECT id, timezone, weekly_availability FROM mentors INDEXED BY mentors_by_next_available WHERE next_available_at < @now
           UNION ALL
           SELECT id, timezone, weekly_availability FROM mentors INDEXED BY mentors_unchecked
           WHERE next_available_at IS NULL AND weekly_availability <> '[]'
             AND (availability_checked_at IS NULL OR availability_checked_at < @recheck)`,
        ).all({ now: nowIso, recheck: new Date(now.getTime() - slotMs).toISOString() })
  ) as { id: string; timezone: string; weekly_availability: string }[];
  if (stale.length === 0) return;
  const takenBy = new Map<string, Interval[]>();
  if (hasTable(db, 'sessions')) {
    const sessions = prepared(
      db,
      `SELECT mentor_id, starts_at, ends_at FROM sessions WHERE status IN ('pending', 'accepted') AND ends_at > :after
       UNION ALL
       SELECT mentor_id, starts_at, ends_at FROM intro_calls WHERE status = 'booked' AND ends_at > :after`,
    ).all({ after: new Date(now.getTime() - dayMs).toISOString() }) as { mentor_id: string; starts_at: string; ends_at: string }[];
    for (const s of sessions) {
      const list = takenBy.get(s.mentor_id) ?? [];
      list.push({ start: Date.parse(s.starts_at), end: Date.parse(s.ends_at) });
      takenBy.set(s.mentor_id, list);
    }
  }
  for (const row of stale) {
    const next = firstFreeSlot(row.timezone, JSON.parse(row.weekly_availability) as AvailabilityWindow[], takenBy.get(row.id) ?? [], now);
    storeNextAvailable(db, row.id, next, now);
  }
}
