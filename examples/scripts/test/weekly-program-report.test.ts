// weekly-program-report.ts against a sandbox holding the insights fixture (an organization of its
// own, with rooms, sessions and goals in November 2026): the table's figures are the API's, a
// suppressed one reads "fewer than 5", "last week" follows the API's clock (never this machine's),
// and --csv saves the API's CSV as is.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type InsightFigure, Menteo } from '@menteo/sdk';
import { addOrganization, type FixtureOrg, seedInsightsFixture, startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { runScript } from './helpers.js';

describe('weekly-program-report', () => {
  let s: TestSandbox;
  let org: FixtureOrg;
  let admin: Menteo;
  let dir: string;
  const env = () => ({ MENTEO_BASE_URL: s.url, MENTEO_SECRET_KEY: org.secret });
  /** The table's lines as label → value. */
  const table = (stdout: string) => new Map([...stdout.matchAll(/^(\S.*?| {2}with .*?) {2,}(\S.*)$/gm)].map((m) => [m[1]!.trim(), m[2]!]));

  before(async () => {
    s = await startSandbox();
    s.setNow(new Date('2026-12-02T12:00:00.000Z')); // a Wednesday of 2026-W49
    org = addOrganization(s, 'reportco');
    await seedInsightsFixture(s, org, 'report');
    admin = new Menteo({ secretKey: org.secret, baseUrl: s.url });
    dir = mkdtempSync(join(tmpdir(), 'menteo-report-'));
  });
  after(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--week: prints the API figures of that week; a suppressed one is "fewer than 5", never 0', async () => {
    const run = await runScript('weekly-program-report.ts', ['--week', '2026-W46'], env());
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Mentoring program, 2026-W46 \(2026-11-09 to 2026-11-15, UTC\)\n/);
    const { totals, mentorLoad } = await admin.admin.insights.retrieve({ from: '2026-11-09', to: '2026-11-15' });
    const text = (f: InsightFigure, shown: (v: number) => string) => (f.suppressed ? 'fewer than 5' : shown(f.value!));
    const rows = table(run.stdout);
    const expected: [string, InsightFigure, (v: number) => string][] = [
      ['Mentoring requests', totals.requests, String],
      ['Acceptance rate', totals.acceptanceRate, (v) => `${(v * 100).toFixed(1)}%`],
      ['Median time to accept', totals.medianHoursToAccept, (v) => `${v} h`],
      ['Active rooms', totals.activeRooms, String],
      ['Sessions held', totals.sessionsHeld, String],
      ['No-shows', totals.noShows, String],
      ['Goals achieved', totals.goalsAchieved, String],
      ['Roadmap steps completed', totals.roadmapStepsCompleted, String],
      ['Sessions on leadership', totals.needMix.leadership, String],
      ['Internal mentors (now)', mentorLoad.mentors, String],
      ['with 0 active mentee(s)', mentorLoad.distribution[0]!.mentors, String],
    ];
    for (const [label, figure, shown] of expected) assert.equal(rows.get(label), text(figure, shown), label);
    // The week holds both kinds, so both paths are checked above.
    assert.ok(expected.some(([, f]) => f.suppressed) && expected.some(([, f]) => !f.suppressed));
    assert.equal(rows.get('Acceptance rate'), '80.0%');
    assert.equal(rows.get('Median time to accept'), 'fewer than 5');
  });

  it("without --week: the ISO week before the API's today, also across a year end", async () => {
    const run = await runScript('weekly-program-report.ts', [], env());
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Mentoring program, 2026-W48 \(2026-11-23 to 2026-11-29, UTC\)\n/);
    assert.equal(table(run.stdout).get('Sessions held'), '7');

    s.setNow(new Date('2027-01-06T08:00:00.000Z')); // a Wednesday of 2027-W01: last week is 2026's 53rd
    try {
      const next = await runScript('weekly-program-report.ts', [], env());
      assert.equal(next.code, 0, next.stderr);
      assert.match(next.stdout, /^Mentoring program, 2026-W53 \(2026-12-28 to 2027-01-03, UTC\)\n/);
    } finally {
      s.setNow(new Date('2026-12-02T12:00:00.000Z'));
    }
  });

  it("--csv: writes the API's CSV of the week, byte for byte", async () => {
    const out = join(dir, 'w47.csv');
    const run = await runScript('weekly-program-report.ts', ['--week', '2026-W47', '--csv', out], env());
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(out, 'utf8'), await admin.admin.insights.csv({ from: '2026-11-16', to: '2026-11-22', interval: 'week' }));
    assert.match(run.stderr, /CSV written to .*w47\.csv/);
  });

  it('refuses a bad week or a missing key with exit code 2', async () => {
    const bad = await runScript('weekly-program-report.ts', ['--week', '2025-W53'], env());
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--week must be an ISO week such as 2027-W02 \(got 2025-W53\)/);
    const noKey = await runScript('weekly-program-report.ts', [], { MENTEO_BASE_URL: s.url });
    assert.equal(noKey.code, 2);
    assert.match(noKey.stderr, /set MENTEO_SECRET_KEY/);
  });
});
