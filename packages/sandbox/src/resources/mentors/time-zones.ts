/**
 * Time zone arithmetic on top of `Intl.DateTimeFormat` (no library): UTC offsets,
 * wall-clock readings, and wall-clock → UTC conversion that is correct across
 * daylight-saving transitions.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * A known IANA time zone name as the API echoes it, or `null` if unknown. Case is fixed
 * when the name is ICU's own (`america/new_york` → `America/New_York`); other valid
 * spellings are kept as given, since ICU prefers legacy names (`Asia/Calcutta` for
 * `Asia/Kolkata`) that would surprise the caller.
 */
export function canonicalTimeZone(timeZone: string): string | null {
  try {
    const resolved = formatter(timeZone).resolvedOptions().timeZone;
    return resolved.toLowerCase() === timeZone.toLowerCase() ? resolved : timeZone;
  } catch {
    return null;
  }
}

// Offsets only change at transitions, which fall on quarter hours, so one reading per
// 15-minute bucket is exact; the cache keeps seeding 10,000 mentors cheap.
const bucketMs = 15 * 60_000;
const offsetCache = new Map<string, number>();

function computeOffset(timeZone: string, ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  let year = 0,
    month = 0,
    day = 0,
    hour = 0,
    minute = 0,
    second = 0;
  for (const part of formatter(timeZone).formatToParts(whole)) {
    const n = Number(part.value);
    switch (part.type) {
      case 'year':
        year = n;
        break;
      case 'month':
        month = n;
        break;
      case 'day':
        day = n;
        break;
      case 'hour':
        hour = n;
        break;
      case 'minute':
        minute = n;
        break;
      case 'second':
        second = n;
        break;
      default:
        break;
    }
  }
  return Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - whole) / 60_000);
}

/** The UTC offset of `timeZone` at instant `ms`, in minutes (−300 for New York in winter). */
export function utcOffsetMinutes(timeZone: string, ms: number): number {
  const bucket = Math.floor(ms / bucketMs);
  const key = `${timeZone}|${bucket}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    if (offsetCache.size > 200_000) offsetCache.clear();
    offset = computeOffset(timeZone, bucket * bucketMs);
    offsetCache.set(key, offset);
  }
  return offset;
}

/** A wall-clock reading. `weekday` is ISO: 1 Monday … 7 Sunday. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** What a clock on the wall in `timeZone` shows at instant `ms`. */
export function wallClock(timeZone: string, ms: number): WallClock {
  const local = new Date(ms + utcOffsetMinutes(timeZone, ms) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: ((local.getUTCDay() + 6) % 7) + 1,
  };
}

/**
 * The UTC instant at which the wall clock in `timeZone` shows the given local time, or
 * `null` when that local time does not exist (skipped by a spring-forward transition).
 * An ambiguous time (repeated by a fall-back transition) resolves to its first occurrence.
 */
export function localToUtc(timeZone: string, year: number, month: number, day: number, hour: number, minute: number): number | null {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const first = utcOffsetMinutes(timeZone, asUtc);
  let instant = asUtc - first * 60_000;
  const second = utcOffsetMinutes(timeZone, instant);
  if (second !== first) instant = asUtc - second * 60_000;
  // In a gap no offset maps back to the asked wall time.
  if (instant + utcOffsetMinutes(timeZone, instant) * 60_000 !== asUtc) return null;
  return instant;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** Instant `ms` written as RFC 3339 wall-clock time in `timeZone` with its offset (`2026-03-10T13:00:00-04:00`). */
export function formatLocal(timeZone: string, ms: number): string {
  const offset = utcOffsetMinutes(timeZone, ms);
  const w = wallClock(timeZone, ms);
  const sign = offset < 0 ? '-' : '+';
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
