// Sync your HR system's export into your organization's members and internal mentors: a dry run
// by default (nothing is written), `--apply` to write. It prints what changes, field by field, and
// exits 1 if any row was refused. Safe to run every night: the same file twice changes nothing.
//
//   MENTEO_SECRET_KEY=sk_test_acme MENTEO_BASE_URL=http://127.0.0.1:4010 \
//     npx tsx sync-hris.ts people.csv            # what would change
//     npx tsx sync-hris.ts people.csv --apply    # change it
//
// The export: CSV with a header row (any column order; unknown columns are ignored), or a JSON
// array of objects with the same names. SCIM 2.0 names where they exist, so most HR systems'
// exports map by renaming a column or two (hris-rows.ts maps them, for the intranet's admin page too):
//   externalId       required: your HR id for the person (not an email: emails change)
//   userName         the sign-in name in your directory
//   displayName      the name shown; or givenName + familyName (JSON: a SCIM `name` object)
//   emails           one address, or several separated by ";" (the first is primary);
//                    JSON: a SCIM `emails` array of { value, primary } too
//   title, department
//   active           true/false (also yes/no, 1/0); empty: true. false deactivates the person:
//                    keep leavers in the export with active=false (a missing row changes nothing)
//   mentor           true: the person mentors in your internal pool, with
//   mentorHeadline   required for a new mentor
//   mentorTimeZone   required for a new mentor, IANA (Europe/Madrid)
//   mentorCapacity   the most mentees at once (0-50)
//   mentorVisibility internal (your people only, the default) | public
// JSON may nest these four as "mentor": { headline, timeZone, capacity, visibility } instead.
// A mentor=false row leaves an existing mentor profile alone (deactivate one in the admin page).
// Needs csv.ts and hris-rows.ts next to it.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { APIError, type BulkMemberRow, Menteo, MenteoError, type Member, type OrgMentor } from '@menteo/sdk';
import { readCsv } from './csv.js';
import { hrisRow, upsertInChunks } from './hris-rows.js';

const usage = `Usage: sync-hris FILE.csv|FILE.json [--apply] [--chunk-size N]

  --apply          write the changes (without it: a dry run, nothing is written)
  --chunk-size N   rows per API call, at most 1000 (the default)
Exit code: 0 all rows accepted, 1 some row refused, 2 bad usage or an API error.
`;

function fail(message: string): never {
  process.stderr.write(`sync-hris: ${message}\n`);
  process.exit(2);
}

// Flags; a mistyped one is reported as such, not as a stack trace.
const { values: args, positionals } = (() => {
  try {
    return parseArgs({
      options: { apply: { type: 'boolean' }, 'chunk-size': { type: 'string', default: '1000' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message} (--help lists them)`);
  }
})();
if (args.help) {
  process.stdout.write(usage);
  process.exit(0);
}
const file = positionals.length === 1 ? (positionals[0] as string) : fail('pass one file: the HR export (.csv or .json).');
const chunkSize = Number(args['chunk-size']);
if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > 1000) fail('--chunk-size must be a whole number from 1 to 1000.');
const secretKey = process.env.MENTEO_SECRET_KEY ?? fail('set MENTEO_SECRET_KEY (sk_…: your organization, on a server).');
const client = new Menteo({ secretKey, baseUrl: process.env.MENTEO_BASE_URL });

/** A record of the export, whichever format: where it is (for messages) and its values. */
interface Source {
  where: string;
  values: Record<string, unknown>;
}

async function readExport(path: string): Promise<Source[]> {
  const text = await readFile(path, 'utf8').catch((error: Error) => fail(`cannot read ${path}: ${error.message}`));
  try {
    if (!path.endsWith('.json')) return readCsv(text).map(({ line, cells }) => ({ where: `line ${line}`, values: cells }));
    const items: unknown = JSON.parse(text);
    if (!Array.isArray(items)) fail(`${path}: expected a JSON array of people.`);
    return items.map((item, i) => ({ where: `item ${i}`, values: typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {} }));
  } catch (error) {
    return fail(`${path}: ${(error as Error).message}`);
  }
}

// What the organization holds now, by externalUserId: the "before" of the diff.
async function current(): Promise<{ members: Map<string, Member>; mentors: Map<string, OrgMentor> }> {
  const members = new Map<string, Member>();
  for await (const member of client.admin.members.list({ limit: 100 })) members.set(member.externalUserId, member);
  const mentors = new Map<string, OrgMentor>();
  for await (const mentor of client.admin.mentors.list({ limit: 100 })) mentors.set(mentor.userId, mentor);
  return { members, mentors };
}

const show = (value: unknown) => (value === undefined || value === null ? '(none)' : JSON.stringify(value));
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields a row changes on an existing member: `title: "Engineer" → "Staff engineer"`. */
function changes(row: BulkMemberRow, member: Member, mentor: OrgMentor | undefined): string[] {
  const out: string[] = [];
  const memberFields = ['userName', 'displayName', 'emails', 'title', 'department', 'active'] as const;
  for (const field of memberFields) {
    const wanted = field === 'emails' ? row.emails?.map((e) => ({ value: e.value, primary: e.primary ?? false })) : row[field];
    if (wanted !== undefined && !same(wanted, member[field])) out.push(`${field}: ${show(member[field])} → ${show(wanted)}`);
  }
  for (const [field, wanted] of Object.entries(row.mentor ?? {})) {
    const before = mentor?.[field as keyof OrgMentor];
    if (!same(wanted, before)) out.push(`mentor.${field}: ${show(before)} → ${show(wanted)}`);
  }
  return out;
}

const sources = await readExport(file);
const rows: { source: Source; row: BulkMemberRow }[] = [];
const refused: string[] = [];
const seen = new Map<string, string>();
for (const source of sources) {
  const result = hrisRow(source.values);
  if ('errors' in result) {
    refused.push(`${source.where}: ${result.errors.join('; ')}`);
    continue;
  }
  const first = seen.get(result.row.externalUserId);
  if (first) {
    refused.push(`${source.where} ${result.row.externalUserId}: externalId already on ${first}`);
    continue;
  }
  seen.set(result.row.externalUserId, source.where);
  rows.push({ source, row: result.row });
}

const dryRun = !args.apply;
const lines = { created: [] as string[], updated: [] as string[], deactivated: [] as string[], unchanged: 0 };
try {
  const before = await current();
  for await (const { item, result } of upsertInChunks(client, rows, { dryRun, chunkSize })) {
    const { source, row } = item;
    const who = `${row.externalUserId}${row.displayName ? ` (${row.displayName})` : ''}`;
    if (result.status === 'failed') {
      // The API's pointer is into this chunk's request (/members/3/mentor/timeZone): shown from the row on.
      const errors = (result.errors ?? []).map((e) => `${e.pointer.replace(/^\/members\/\d+/, '') || '/'}: ${e.detail}`);
      refused.push(`${source.where} ${row.externalUserId}: ${errors.join('; ')}`);
    } else if (result.status === 'created') {
      lines.created.push(`+ ${who}${row.mentor ? ', mentor' : ''}`);
    } else if (result.status === 'unchanged') {
      lines.unchanged++;
    } else {
      const member = before.members.get(row.externalUserId);
      const diff = member ? changes(row, member, before.mentors.get(member.id)) : [];
      const target = member?.active && row.active === false ? lines.deactivated : lines.updated;
      target.push(`${target === lines.deactivated ? '-' : '~'} ${who}${diff.map((d) => `\n    ${d}`).join('')}`);
    }
  }
} catch (error) {
  if (!(error instanceof MenteoError)) throw error; // a bug of ours: keep the stack trace
  const fields = Object.entries(error instanceof APIError ? error.fieldErrors : {}).map(([pointer, detail]) => `\n  ${pointer}: ${detail}`);
  fail(`${error.message}${fields.join('')}`);
}

const verb = dryRun ? 'would be ' : '';
const section = (title: string, items: string[]) => (items.length > 0 ? `${title}:\n${items.map((i) => `  ${i}`).join('\n')}\n` : '');
process.stdout.write(
  section(`${verb}created`, lines.created) +
    section(`${verb}updated`, lines.updated) +
    section(`${verb}deactivated`, lines.deactivated) +
    section('refused', refused) +
    `${sources.length} row(s): ${lines.created.length} ${verb}created, ${lines.updated.length} ${verb}updated, ${lines.deactivated.length} ${verb}deactivated, ${lines.unchanged} unchanged, ${refused.length} refused\n`,
);
process.stderr.write(dryRun ? 'sync-hris: dry run, nothing was written: run again with --apply to write.\n' : 'sync-hris: applied.\n');
process.exitCode = refused.length > 0 ? 1 : 0; // not process.exit(): on macOS a piped stdout may still be writing
