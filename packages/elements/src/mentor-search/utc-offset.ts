// A time zone's UTC offset from Intl alone (no library, no `Date#getTimezoneOffset`, which only
// knows the machine's zone): the search's "within ± N hours of mine" asks it for the person's zone.

/**
 * The browser's IANA time zone (`Europe/Madrid`), or `UTC` when the browser does not say.
 *
 * @example `browserTimeZone() // 'Europe/Madrid'`
 */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * The UTC offset of an IANA time zone at an instant, in minutes east of UTC (daylight saving
 * included); 0 for a zone Intl does not know.
 *
 * @example `utcOffsetMinutes('Asia/Kolkata', new Date()) // 330` · `utcOffsetMinutes('America/New_York', new Date('2026-01-15')) // -300`
 */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    return 0;
  }
  // `GMT+05:30`, `GMT-03:00`, or `GMT` for UTC itself.
  const match = /GMT([+\u2212-])(\d{1,2})(?::(\d{2}))?/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '+' ? minutes : -minutes;
}
