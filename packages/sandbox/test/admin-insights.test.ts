// Program insights (#14): the figures of GET /v1/org/insights equal an independent computation
// from the raw rows of a seeded fixture; fewer than 5 people is suppressed, 5 is shown; another
// organization's rows never count; only a secret key reads them; a bad range names its field;
// the CSV is RFC 4180 with a formula guard and the same suppression.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { demo } from '../src/demo.js';
import { csvField } from '../src/resources/admin/insights-csv.js';
import { addOrganization, type FixtureOrg, seedInsightsFixture } from '../src/testing/insights-fixture.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { expectedFigures, expectedMentorLoad, readRaw } from './support/insights-expected.js';

type Schemas = components['schemas'];
type Insights = Schemas['ProgramInsights'];
type Problem = Schemas['Problem'];

let s: TestSandbox;
let org: FixtureOrg;
const now = new Date('2026-12-02T12:00:00.000Z');
const range = { from: '2026-11-04', to: '2026-11-29' };

before(async () => {
  s = await startSandbox();
  s.setNow(now);
  org = addOrganization(s, 'insightco');
  await seedInsightsFixture(s, org, 'a');
});
after(async () => {
  await s?.close();
});

async function insights(auth: string, query: Record<string, string> = range): Promise<Insights> {
  const res = await s.request<Insights>('GET', '/v1/org/insights', { auth, query });
  assert.equal(res.status, 200, res.text);
  return res.body;
}

// The independent computation (test/support/insights-expected.ts): from the contract's definitions,
// over every row of the tables, without the sandbox's queries.

// Weeks from the Monday on or before `from`: the ISO weeks of November 2026 are W45 (2 Nov) to W48.
const weeks = [
  { week: '2026-W45', start: '2026-11-04', end: '2026-11-08' },
  { week: '2026-W46', start: '2026-11-09', end: '2026-11-15' },
  { week: '2026-W47', start: '2026-11-16', end: '2026-11-22' },
  { week: '2026-W48', start: '2026-11-23', end: '2026-11-29' },
];
const midnight = (date: string, plusDays = 0) => new Date(Date.parse(`${date}T00:00:00.000Z`) + plusDays * 86_400_000).toISOString();

describe('insights: figures', () => {
  it('equal an independent computation from the raw rows, per ISO week and in total', async () => {
    const got = await insights(org.secret);
    const raw = readRaw(s.db);
    assert.equal(got.organizationId, org.orgId);
    assert.equal(got.generatedAt, now.toISOString(), 'the sandbox clock, not the machine');
    assert.deepEqual(
      got.buckets.map(({ week, start, end }) => ({ week, start, end })),
      weeks,
    );
    for (const [i, w] of weeks.entries()) {
      assert.deepEqual(got.buckets[i]?.figures, expectedFigures(raw, org.orgId, midnight(w.start), midnight(w.end, 1)), w.week);
    }
    assert.deepEqual(got.totals, expectedFigures(raw, org.orgId, midnight(range.from), midnight(range.to, 1)));
    // The range ends before now: the mentor load is counted at its end.
    assert.deepEqual(got.mentorLoad, expectedMentorLoad(raw, org.orgId, midnight(range.to, 1)));
  });

  it('shows a figure of exactly 5 people and suppresses one of 4, never as 0', async () => {
    const got = await insights(org.secret);
    const [, w46, w47, w48] = got.buckets;
    assert.deepEqual(w46?.figures.requests, { value: 5, suppressed: false }, 'week 46: five people asked');
    assert.deepEqual(w46?.figures.acceptanceRate, { value: 0.8, suppressed: false });
    assert.deepEqual(w46?.figures.medianHoursToAccept, { value: null, suppressed: true }, 'four of the five were accepted');
    assert.deepEqual(w47?.figures.requests, { value: null, suppressed: true }, 'week 47: five requests by four people');
    assert.deepEqual(w48?.figures.requests, { value: null, suppressed: true }, 'week 48: nobody asked');
    assert.deepEqual(got.totals.requests, { value: 11, suppressed: false }, 'the rooms asked for before 4 November are not counted');
    assert.deepEqual(got.mentorLoad.mentors, { value: 7, suppressed: false });
    const shownFigures = got.buckets.flatMap((b) => Object.values(b.figures)).filter((f) => 'suppressed' in f && f.suppressed === false);
    assert.ok(shownFigures.length >= 6, 'the fixture shows figures, not only suppressions');
  });

  it("never counts another organization's rows", async () => {
    const before = await insights(org.secret);
    const other = addOrganization(s, 'otherco');
    await seedInsightsFixture(s, other, 'b');
    const after = await insights(org.secret);
    assert.deepEqual({ ...after, generatedAt: '' }, { ...before, generatedAt: '' });
    const theirs = await insights(other.secret);
    assert.equal(theirs.organizationId, other.orgId);
    assert.deepEqual(theirs.totals, before.totals, 'the same fixture gives the other organization the same figures, counted apart');
    const demoOrg = await insights(demo.keys.demoSecret);
    assert.notDeepEqual(demoOrg.totals, before.totals);
  });

  it('defaults to the twelve weeks ending today by the sandbox clock', async () => {
    const got = await insights(org.secret, {});
    assert.deepEqual([got.from, got.to], ['2026-09-10', '2026-12-02']);
    assert.equal(got.buckets.length, 13);
    assert.deepEqual([got.buckets[0]?.start, got.buckets.at(-1)?.end], ['2026-09-10', '2026-12-02']);
    assert.equal(got.mentorLoad.at, now.toISOString(), 'a range ending today counts the load now');
  });
});

describe('insights: who may read them, and bad input', () => {
  it('refuses a publishable key, a user token and no credential', async () => {
    const publishable = await s.request<Problem>('GET', '/v1/org/insights', { auth: demo.keys.acmePublishable });
    assert.deepEqual([publishable.status, publishable.body.code], [403, 'publishable_key_read_only']);
    const token = await s.tokenFor('acme-employee');
    const user = await s.request<Problem>('GET', '/v1/org/insights', { auth: token });
    assert.deepEqual([user.status, user.body.code], [403, 'secret_key_required']);
    const csv = await s.request<Problem>('GET', '/v1/org/insights.csv', { auth: token });
    assert.deepEqual([csv.status, csv.body.code], [403, 'secret_key_required']);
    const nobody = await s.request<Problem>('GET', '/v1/org/insights', { auth: null });
    assert.equal(nobody.status, 401);
  });

  for (const [query, pointer] of [
    [{ from: '2026-11-30', to: '2026-11-29' }, '/from'],
    [{ from: '2025-11-01', to: '2026-11-29' }, '/from'],
    [{ from: '2026-02-30', to: '2026-03-29' }, '/from'],
    [{ from: '2026-11-01', to: 'yesterday' }, '/to'],
    [{ interval: 'month' }, '/interval'],
  ] as const) {
    it(`names ${pointer} for ${JSON.stringify(query)}`, async () => {
      const res = await s.request<Problem>('GET', '/v1/org/insights', { auth: org.secret, query });
      assert.equal(res.status, 400, res.text);
      assert.equal(res.body.code, 'invalid_parameter');
      assert.deepEqual(
        res.body.errors?.map((e) => [e.in, e.pointer]),
        [['query', pointer]],
      );
    });
  }

  it('takes a whole year, 366 days', async () => {
    const got = await insights(org.secret, { from: '2025-12-01', to: '2026-12-01' });
    assert.equal(got.buckets.length, 53);
  });
});

describe('insights: CSV', () => {
  it('is RFC 4180 in long form with the same figures and suppression', async () => {
    const res = await s.request('GET', '/v1/org/insights.csv', { auth: org.secret, query: range });
    assert.equal(res.status, 200, res.text);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
    assert.equal(res.headers.get('content-disposition'), 'attachment; filename="menteo-insights-2026-11-04-2026-11-29.csv"');
    assert.ok(res.text.endsWith('\r\n'));
    const lines = res.text.slice(0, -2).split('\r\n');
    assert.ok(
      lines.every((line) => !line.includes('\n')),
      'records end in CRLF only',
    );
    assert.equal(lines[0], 'period,start,end,metric,value,suppressed');
    const records = lines.slice(1).map((line) => line.split(','));
    assert.ok(records.every((r) => r.length === 6));
    const json = await insights(org.secret);
    const find = (period: string, metric: string) => records.find((r) => r[0] === period && r[3] === metric);
    assert.deepEqual(find('2026-W46', 'requests'), ['2026-W46', '2026-11-09', '2026-11-15', 'requests', '5', 'false']);
    assert.deepEqual(find('2026-W47', 'requests'), ['2026-W47', '2026-11-16', '2026-11-22', 'requests', '', 'true']);
    assert.deepEqual(find('total', 'need_mix_leadership')?.slice(4), [
      String(json.totals.needMix.leadership.value ?? ''),
      String(json.totals.needMix.leadership.suppressed),
    ]);
    assert.deepEqual(find('mentor_load', 'mentors'), ['mentor_load', '2026-11-30', '2026-11-30', 'mentors', '7', 'false']);
    // 4 weeks and the total, 14 figures each, then the pool size and its 5 load buckets.
    assert.equal(records.length, 5 * 14 + 6);
  });

  it('quotes and formula-guards fields, but leaves plain numbers alone', () => {
    assert.equal(csvField('=HYPERLINK("http://evil.example")'), `"'=HYPERLINK(""http://evil.example"")"`);
    assert.equal(csvField('+1'), '+1'.replace('+', "'+"));
    assert.equal(csvField('-x'), "'-x");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField('\tcmd'), "'\tcmd");
    assert.equal(csvField('\rcmd'), `"'\rcmd"`);
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('-0.5'), '-0.5');
    assert.equal(csvField('12'), '12');
  });
});
