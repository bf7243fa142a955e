// Export every mentor matching a search to CSV.
//
//   MENTEO_SECRET_KEY=sk_test_demo MENTEO_BASE_URL=http://127.0.0.1:4010 \
//     npx tsx export-mentors-csv.ts --helps-with leadership --languages en,de --out mentors.csv
//
// Credentials: MENTEO_SECRET_KEY (a server, which also sees your organization's internal mentors)
// or MENTEO_PUBLISHABLE_KEY (public mentors only). MENTEO_BASE_URL defaults to the live API.
// List flags take comma-separated values and match any of them. Needs csv.ts next to it.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { APIError, Menteo, MenteoError, type Mentor, type MentorSearchParams } from '@menteo/sdk';
import { csvRow, type CsvValue } from './csv.js';

const usage = `Usage: export-mentors-csv [filters] [--out FILE] [--raw] [--bom]

Filters (lists are comma-separated; a mentor matches any value of a list):
  --q TEXT                      full-text search ("engineering manager")
  --skills LIST                 e.g. engineering-management,hiring
  --industries LIST             e.g. fintech,saas
  --seniority LIST              mid,senior,staff,principal,director,vp,c_level
  --languages LIST              e.g. en,pt-BR
  --helps-with LIST             leadership,mentorship
  --style STYLE                 directive | facilitative
  --min-rating N                e.g. 4.5
  --available-within-days N     a bookable slot within N days
  --price-model LIST            free,per_session,monthly
  --accepting-requests          only mentors taking new requests
  --sort ORDER                  relevance | rating | sessions | response | availability
Output:
  --out FILE                    write FILE (atomically) instead of stdout
  --raw                         no formula-injection guard (cells starting with = + - @ kept as is)
  --bom                         start with a UTF-8 byte order mark (for Excel)
`;

function fail(message: string): never {
  process.stderr.write(`export-mentors-csv: ${message}\n`);
  process.exit(2);
}

// Flags; a mistyped one is reported as such, not as a stack trace.
const { values: args } = (() => {
  try {
    return parseArgs({
      options: {
        q: { type: 'string' },
        skills: { type: 'string' },
        industries: { type: 'string' },
        seniority: { type: 'string' },
        languages: { type: 'string' },
        'helps-with': { type: 'string' },
        style: { type: 'string' },
        'min-rating': { type: 'string' },
        'available-within-days': { type: 'string' },
        'price-model': { type: 'string' },
        'accepting-requests': { type: 'boolean' },
        sort: { type: 'string' },
        out: { type: 'string' },
        raw: { type: 'boolean' },
        bom: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
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

// A list flag as an array; the API checks the values (an unknown seniority is a clear 400).
const list = <T extends string>(value: string | undefined) =>
  value === undefined
    ? undefined
    : (value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean) as T[]);
const number = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : fail(`--${name} must be a number, not "${value}"`);
};

const secretKey = process.env.MENTEO_SECRET_KEY;
const publishableKey = process.env.MENTEO_PUBLISHABLE_KEY;
if (!secretKey && !publishableKey) {
  fail('set MENTEO_SECRET_KEY (sk_…, on a server) or MENTEO_PUBLISHABLE_KEY (pk_…, public mentors only).');
}
const client = new Menteo(secretKey ? { secretKey, baseUrl: process.env.MENTEO_BASE_URL } : { publishableKey, baseUrl: process.env.MENTEO_BASE_URL });

const params: MentorSearchParams = {
  q: args.q,
  skills: list(args.skills),
  industries: list(args.industries),
  seniority: list(args.seniority),
  languages: list(args.languages),
  helpsWith: list(args['helps-with']),
  mentoringStyle: args.style as MentorSearchParams['mentoringStyle'],
  minRating: number('min-rating', args['min-rating']),
  availableWithinDays: number('available-within-days', args['available-within-days']),
  priceModel: list(args['price-model']),
  acceptingRequests: args['accepting-requests'] ? true : undefined,
  sort: args.sort as MentorSearchParams['sort'],
  limit: 100, // the largest page: fewest requests
};

// The columns, in order: a header and how to read each from a mentor. Add or drop freely.
const columns: [string, (m: Mentor) => CsvValue][] = [
  ['id', (m) => m.id],
  ['name', (m) => m.name],
  ['headline', (m) => m.headline],
  ['title', (m) => m.title],
  ['company', (m) => m.company],
  ['seniority', (m) => m.seniority],
  ['years_experience', (m) => m.yearsExperience],
  ['skills', (m) => m.skills],
  ['industries', (m) => m.industries],
  ['languages', (m) => m.languages],
  ['helps_with', (m) => m.helpsWith],
  ['mentoring_style', (m) => m.mentoringStyle],
  ['timezone', (m) => m.timezone],
  ['country', (m) => m.country],
  ['accepting_requests', (m) => m.acceptingRequests],
  ['open_seats', (m) => m.capacity.open],
  ['rating_avg', (m) => m.stats.ratingAvg],
  ['review_count', (m) => m.stats.reviewCount],
  ['sessions_completed', (m) => m.stats.sessionsCompleted],
  ['next_available_at', (m) => m.nextAvailableAt],
  ['visibility', (m) => m.visibility],
  ['bio', (m) => m.bio], // Markdown, several lines: quoted, line breaks kept
];

// Write to a temporary file and rename it at the end, so a failed export never leaves half a CSV.
const partial = args.out ? `${args.out}.partial` : undefined;
const out = partial ? createWriteStream(partial) : process.stdout;
// A write error ends the export with a clear line; `… | head` closing the pipe early is no error.
out.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? process.exit(0) : fail(`cannot write ${args.out ?? 'stdout'}: ${error.message}`)));
const write = async (chunk: string) => {
  if (!out.write(chunk)) await once(out, 'drain'); // respect back-pressure on long exports
};
const csvOptions = { formulaGuard: !args.raw };

let count = 0;
try {
  const search = client.mentors.search(params);
  // Awaiting the search fetches the first page (bad filters fail here, before any output) and
  // tells how many mentors match; the loop below starts from that same page.
  const { totalCount } = await search;
  process.stderr.write(`export-mentors-csv: ${totalCount} mentor(s) match\n`);
  if (args.bom) await write('\uFEFF');
  await write(csvRow(columns.map(([header]) => header)));
  // `for await` walks every page: the SDK fetches the next one when the loop reaches it.
  for await (const mentor of search) {
    await write(
      csvRow(
        columns.map(([, read]) => read(mentor)),
        csvOptions,
      ),
    );
    count++;
  }
  if (partial && args.out) {
    await new Promise<void>((resolve, reject) =>
      (out as ReturnType<typeof createWriteStream>).end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    await rename(partial, args.out);
  }
} catch (error) {
  if (partial) await rm(partial, { force: true });
  if (!(error instanceof MenteoError)) throw error; // a bug of ours: keep the stack trace
  const fields = Object.entries(error instanceof APIError ? error.fieldErrors : {}).map(([pointer, detail]) => `\n  ${pointer}: ${detail}`);
  fail(`${error.message}${fields.join('')}`);
}
process.stderr.write(`export-mentors-csv: ${count} row(s) written${args.out ? ` to ${args.out}` : ''}\n`);
