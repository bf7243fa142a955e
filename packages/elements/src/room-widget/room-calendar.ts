import type { Session } from '@menteo/sdk/stores';

/** What goes into a calendar: a session, or anything timed like one (an intro call). */
export type CalendarEvent = Pick<Session, 'id' | 'startsAt' | 'endsAt'> & { meetingUrl?: string | null | undefined };

/** What a calendar event says besides the session's own times. */
export interface CalendarDetails {
  /** The event's title (`SUMMARY`). */
  summary: string;
  /** Its description (`DESCRIPTION`), e.g. the agenda. */
  description?: string | null | undefined;
  /** When the file is made (`DTSTAMP`), ISO 8601. */
  stamp: string;
}

/** `20261205T090000Z`: a UTC date-time of RFC 5545 §3.3.5 (form #2). */
const utc = (iso: string): string => `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** TEXT escaped per RFC 5545 §3.3.11: backslash, semicolon, comma, and line breaks as `\n`. */
export const escapeText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

/**
 * A content line folded per RFC 5545 §3.1: no line longer than 75 octets (UTF-8), each
 * continuation starting with one space; a character is never split across lines.
 *
 * @example
 * ```ts
 * foldLine(`SUMMARY:${'x'.repeat(100)}`).split('\r\n').length; // 2
 * ```
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    const limit = lines.length ? 74 : 75;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/**
 * An iCalendar file (RFC 5545) with one event for `session`: UID, DTSTAMP, DTSTART and DTEND in
 * UTC, SUMMARY, DESCRIPTION and URL (the meeting link) when there are any; CRLF line ends.
 *
 * @example
 * ```ts
 * const ics = icsFor(session, { summary: 'Mentorship with Daniel Okafor', stamp: new Date().toISOString() });
 * ```
 */
export function icsFor(session: CalendarEvent, details: CalendarDetails): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Menteo//Room widget//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${session.id}@menteo.dev`,
    `DTSTAMP:${utc(details.stamp)}`,
    `DTSTART:${utc(session.startsAt)}`,
    `DTEND:${utc(session.endsAt)}`,
    `SUMMARY:${escapeText(details.summary)}`,
    ...(details.description ? [`DESCRIPTION:${escapeText(details.description)}`] : []),
    ...(session.meetingUrl ? [`URL:${session.meetingUrl}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/**
 * Offers `ics` as a download (`<name>.ics`, `text/calendar`) through a Blob URL, freed after.
 *
 * @example
 * ```ts
 * downloadIcs(icsFor(session, details), `session-${session.id}`);
 * ```
 */
export function downloadIcs(ics: string, name: string): void {
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
