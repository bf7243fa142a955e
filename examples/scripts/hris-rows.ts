// An HR system's person record as a row of the admin API's bulk upsert, in SCIM 2.0 names: the
// mapping sync-hris.ts prints a diff of, and the intranet's admin page previews. One module, so a
// column both read is read the same way. Copy it next to sync-hris.ts.
//
// The columns (CSV header names, or JSON keys):
//   externalId       required: your HR id for the person (not an email: emails change)
//   userName         the sign-in name in your directory
//   displayName      the name shown; or givenName + familyName (JSON: a SCIM `name` object)
//   emails           one address, or several separated by ";" (the first is primary);
//                    JSON: a SCIM `emails` array of { value, primary } too
//   title, department
//   active           true/false (also yes/no, 1/0); empty: true. false deactivates the person
//   mentor           true: the person mentors in your internal pool, with
//   mentorHeadline   required for a new mentor
//   mentorTimeZone   required for a new mentor, IANA (Europe/Madrid)
//   mentorCapacity   the most mentees at once (0-50)
//   mentorVisibility internal (your people only, the default) | public
// JSON may nest these four as "mentor": { headline, timeZone, capacity, visibility } instead.
import type { BulkMemberRow, BulkUpsertResult, Menteo } from '@menteo/sdk';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() || undefined : undefined);
const yes = new Set(['true', 'yes', 'y', '1']);
const no = new Set(['false', 'no', 'n', '0']);

/**
 * One record of an HR export (a CSV row's cells by header name, or a JSON object) as a bulk-upsert
 * row, or the reasons it cannot be one (`column: why`). Checks what is cheap to check here; the API
 * checks the rest and answers with JSON pointers ({@link hrisColumn} names their column).
 *
 * @example
 * ```ts
 * hrisRow({ externalId: 'E-1', displayName: 'Sam Lee', mentor: 'true', mentorHeadline: 'Ask me about on-call', mentorTimeZone: 'Europe/Madrid' });
 * // { row: { externalUserId: 'E-1', active: true, displayName: 'Sam Lee', mentor: { headline: 'Ask me about on-call', timeZone: 'Europe/Madrid' } } }
 * ```
 */
export function hrisRow(v: Record<string, unknown>): { row: BulkMemberRow } | { errors: string[] } {
  const errors: string[] = [];
  const flag = (name: string, fallback: boolean) => {
    const value = v[name];
    if (typeof value === 'boolean') return value;
    const word = (text(value) ?? '').toLowerCase();
    if (word === '') return fallback;
    if (yes.has(word)) return true;
    if (no.has(word)) return false;
    errors.push(`${name}: "${String(value)}" is not true or false`);
    return fallback;
  };
  const externalUserId = text(v.externalId) ?? text(v.externalUserId);
  if (!externalUserId) errors.push('externalId: missing');
  else if (!/^[A-Za-z0-9._:@-]{1,128}$/.test(externalUserId)) errors.push(`externalId: "${externalUserId}" may hold only letters, digits and . _ : @ -`);
  const name = (v.name ?? {}) as Record<string, unknown>;
  const given = text(v.givenName) ?? text(name.givenName);
  const family = text(v.familyName) ?? text(name.familyName);
  const displayName = text(v.displayName) ?? text(name.formatted) ?? ([given, family].filter(Boolean).join(' ') || undefined);
  const scimEmails = Array.isArray(v.emails) ? (v.emails as { value?: unknown; primary?: unknown }[]) : undefined;
  const anyPrimary = scimEmails?.some((e) => e.primary === true) ?? false;
  const emailList = scimEmails
    ? scimEmails.map((e, i) => ({ value: text(e.value) ?? '', primary: e.primary === true || (i === 0 && !anyPrimary) }))
    : (text(v.emails) ?? text(v.email) ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((value, i) => ({ value, primary: i === 0 }));
  for (const { value } of emailList) if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) errors.push(`emails: "${value}" is not an email address`);
  const row: BulkMemberRow = { externalUserId: externalUserId ?? '', active: flag('active', true) };
  if (text(v.userName)) row.userName = text(v.userName);
  if (displayName) row.displayName = displayName;
  if (emailList.length > 0) row.emails = emailList;
  if (text(v.title)) row.title = text(v.title);
  if (text(v.department)) row.department = text(v.department);
  // JSON may nest the mentor's fields ({ "mentor": { "headline": …, "timeZone": … } }); CSV flattens them.
  const nested = typeof v.mentor === 'object' && v.mentor !== null ? (v.mentor as Record<string, unknown>) : undefined;
  if (nested ?? flag('mentor', false)) {
    const m = nested ?? { headline: v.mentorHeadline, timeZone: v.mentorTimeZone, capacity: v.mentorCapacity, visibility: v.mentorVisibility };
    const capacity = text(m.capacity) ?? (typeof m.capacity === 'number' ? String(m.capacity) : undefined);
    const visibility = text(m.visibility);
    row.mentor = {};
    if (text(m.headline)) row.mentor.headline = text(m.headline);
    if (text(m.timeZone)) row.mentor.timeZone = text(m.timeZone);
    if (capacity !== undefined) {
      const max = Number(capacity);
      if (Number.isInteger(max) && max >= 0 && max <= 50) row.mentor.capacity = { max };
      else errors.push(`mentorCapacity: "${capacity}" is not a whole number from 0 to 50`);
    }
    if (visibility === 'internal' || visibility === 'public') row.mentor.visibility = visibility;
    else if (visibility) errors.push(`mentorVisibility: "${visibility}" is not internal or public`);
  }
  return errors.length > 0 ? { errors } : { row };
}

// The export's column for a field of the row: where a person fixes what the API refused.
const columns: Record<string, string> = {
  externalUserId: 'externalId',
  'mentor/headline': 'mentorHeadline',
  'mentor/timeZone': 'mentorTimeZone',
  'mentor/capacity': 'mentorCapacity',
  'mentor/visibility': 'mentorVisibility',
};

/**
 * The export column behind a JSON pointer of the API's answer, taken from the row on:
 * `/members/3/mentor/timeZone` → `mentorTimeZone`, `/members/0/emails/1/value` → `emails`,
 * `/members/2/title` → `title`. A field with no column of its own keeps its pointer's path.
 *
 * @example
 * ```ts
 * hrisColumn('/members/3/mentor/timeZone'); // 'mentorTimeZone'
 * ```
 */
export function hrisColumn(pointer: string): string {
  const path = pointer.replace(/^\/members\/\d+\/?/, '');
  if (path === '') return 'row';
  const [first, second] = path.split('/');
  if (first === 'emails') return 'emails';
  if (first === 'mentor' && second) return columns[`mentor/${second}`] ?? `mentor.${second}`;
  return columns[path] ?? path.replaceAll('/', '.');
}

/** The API's answer for one row of a bulk upsert. */
export type BulkRowResult = BulkUpsertResult['results'][number];

/**
 * Sends each item's row to the bulk upsert, in calls of at most `chunkSize` rows (the API takes
 * 1,000), and yields every item with the API's answer for its row, in order.
 *
 * @example
 * ```ts
 * for await (const { item, result } of upsertInChunks(client, rows, { dryRun: true })) console.log(item.row.externalUserId, result.status);
 * ```
 */
export async function* upsertInChunks<T extends { row: BulkMemberRow }>(
  client: Menteo,
  items: readonly T[],
  { dryRun, chunkSize = 1000 }: { dryRun: boolean; chunkSize?: number },
): AsyncGenerator<{ item: T; result: BulkRowResult }> {
  for (let offset = 0; offset < items.length; offset += chunkSize) {
    const chunk = items.slice(offset, offset + chunkSize);
    const answer = await client.admin.members.bulkUpsert({ members: chunk.map((item) => item.row), dryRun });
    for (const result of answer.results) yield { item: chunk[result.index]!, result };
  }
}
