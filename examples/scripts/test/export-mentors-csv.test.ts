// export-mentors-csv.ts against a real sandbox process: every match of the query, exactly once,
// in CSV that parses back to the API's own values.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Menteo, type MentorSearchParams } from '@menteo/sdk';
import { startSandboxProcess, type SandboxProcess } from '../../../test/support/sandbox-process.js';
import { csvRecords, parseCsv, runScript } from './helpers.js';

describe('export-mentors-csv', () => {
  let sandbox: SandboxProcess;
  let client: Menteo;
  let dir: string;
  const env = () => ({ MENTEO_BASE_URL: sandbox.url, MENTEO_PUBLISHABLE_KEY: sandbox.keys.demoPublishable });
  const totalCount = async (params: MentorSearchParams) => (await client.mentors.search({ ...params, limit: 1 })).totalCount;

  before(async () => {
    sandbox = await startSandboxProcess();
    client = new Menteo({ publishableKey: sandbox.keys.demoPublishable, baseUrl: sandbox.url });
    dir = mkdtempSync(join(tmpdir(), 'menteo-export-'));
  });
  after(async () => {
    await sandbox.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one row per match across several pages, each mentor once', async () => {
    const expected = await totalCount({ helpsWith: ['leadership'] });
    assert.ok(expected > 100, `the query should span several pages of 100, matches only ${expected}`);

    const run = await runScript('export-mentors-csv.ts', ['--helps-with', 'leadership'], env());
    assert.equal(run.code, 0, run.stderr);
    const rows = csvRecords(run.stdout);
    assert.equal(rows.length, expected);
    assert.equal(new Set(rows.map((r) => r.id)).size, expected, 'a mentor appears twice');
    assert.ok(rows.every((r) => r.helps_with!.split('; ').includes('leadership')));
    assert.match(run.stderr, new RegExp(`${expected} mentor\\(s\\) match`));
  });

  it('keeps commas and multi-line Markdown intact: the cells equal the API values', async () => {
    const run = await runScript('export-mentors-csv.ts', ['--q', 'engineering manager'], env());
    assert.equal(run.code, 0, run.stderr);
    const rows = csvRecords(run.stdout);
    assert.equal(rows.length, await totalCount({ q: 'engineering manager' }));
    const mentors = await client.mentors.retrieveMany(rows.slice(0, 25).map((r) => r.id!));
    let multiline = 0;
    let commas = 0;
    for (const mentor of mentors) {
      const row = rows.find((r) => r.id === mentor.id)!;
      assert.equal(row.name, mentor.name);
      assert.equal(row.headline, mentor.headline);
      assert.equal(row.bio, mentor.bio);
      assert.equal(row.skills, mentor.skills.join('; '));
      assert.equal(row.open_seats, String(mentor.capacity.open));
      assert.equal(row.rating_avg, mentor.stats.ratingAvg === null ? '' : String(mentor.stats.ratingAvg));
      if (mentor.bio.includes('\n')) multiline++;
      if (mentor.headline.includes(',') || mentor.bio.includes(',')) commas++;
    }
    assert.ok(multiline > 0 && commas > 0, 'the sample should include cells that need quoting');
  });

  it('combines filters and writes --out atomically with the secret key', async () => {
    const params = { q: 'engineering manager', skills: ['hiring', 'delegation'], minRating: 4 };
    const out = join(dir, 'mentors.csv');
    const run = await runScript('export-mentors-csv.ts', ['--q', 'engineering manager', '--skills', 'hiring,delegation', '--min-rating', '4', '--out', out], {
      MENTEO_BASE_URL: sandbox.url,
      MENTEO_SECRET_KEY: sandbox.keys.demoSecret,
    });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.ok(!existsSync(`${out}.partial`));
    const text = readFileSync(out, 'utf8');
    const [header] = parseCsv(text);
    assert.deepEqual(header!.slice(0, 3), ['id', 'name', 'headline']);
    const expected = (await new Menteo({ secretKey: sandbox.keys.demoSecret, baseUrl: sandbox.url }).mentors.search({ ...params, limit: 1 })).totalCount;
    assert.ok(expected > 0);
    assert.equal(csvRecords(text).length, expected);
    assert.ok(csvRecords(text).every((r) => Number(r.rating_avg) >= 4));
  });

  it('writes just the header when nothing matches, and a BOM on request', async () => {
    const run = await runScript('export-mentors-csv.ts', ['--q', 'zzqxjv nothing matches this', '--bom'], env());
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stdout.startsWith('\uFEFFid,name,'));
    assert.equal(parseCsv(run.stdout.slice(1)).length, 1);
  });

  it('fails clearly, before any output, on a bad filter; leaves no file behind', async () => {
    const out = join(dir, 'bad.csv');
    const run = await runScript('export-mentors-csv.ts', ['--seniority', 'boss', '--out', out], env());
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /seniority.*must be one of/);
    assert.ok(!existsSync(out) && !existsSync(`${out}.partial`));

    const nan = await runScript('export-mentors-csv.ts', ['--min-rating', 'high'], env());
    assert.equal(nan.code, 2);
    assert.match(nan.stderr, /--min-rating must be a number/);

    const typo = await runScript('export-mentors-csv.ts', ['--skill', 'hiring'], env());
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /^export-mentors-csv: Unknown option '--skill'/m);
  });

  it('says which variables to set when no key is configured', async () => {
    const run = await runScript('export-mentors-csv.ts', [], { MENTEO_BASE_URL: sandbox.url });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /MENTEO_SECRET_KEY.*MENTEO_PUBLISHABLE_KEY/);
  });
});
