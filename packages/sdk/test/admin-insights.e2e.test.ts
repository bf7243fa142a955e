// `client.admin.insights` (#14) end to end against a real sandbox over HTTP: the figures as typed
// JSON and as CSV text (the SDK asks for text/csv and reads the answer as text), a bad range as a
// BadRequestError naming the parameter, a publishable key refused; and the insights code stays out
// of a page that only uses the stores or a search.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { bundle } from './support/bundle.js';
import { Menteo } from '../src/client.js';
import { requestIdOf } from '../src/core/base-core.js';
import { BadRequestError, PermissionDeniedError } from '../src/core/errors.js';
import type { InsightFigure, ProgramInsights } from '../src/index.js';
import { contractChecks } from './support/contract-hooks.js';

let s: TestSandbox;
const checks = contractChecks();
let acme: Menteo;
const range = { from: '2026-11-02', to: '2026-11-29' };

before(async () => {
  s = await startSandbox();
  acme = new Menteo({ secretKey: 'sk_test_acme', baseUrl: s.url, hooks: checks.hooks, retryDelay: { initialDelayMs: 1, maxDelayMs: 5 } });
});
after(async () => {
  await s?.close();
});
afterEach(() => assert.deepEqual(checks.violations.splice(0), [], 'every answer matches the contract'));

describe('client.admin.insights', () => {
  it('retrieves the figures per ISO week, each shown or suppressed, never a bare 0 for a small group', async () => {
    const insights: ProgramInsights = await acme.admin.insights.retrieve({ ...range, interval: 'week' });
    assert.equal(insights.organizationId, 'org_acme');
    assert.deepEqual(
      insights.buckets.map((b) => b.week),
      ['2026-W45', '2026-W46', '2026-W47', '2026-W48'],
    );
    const figures: InsightFigure[] = insights.buckets.flatMap((b) => [b.figures.requests, b.figures.sessionsHeld, b.figures.needMix.leadership]);
    for (const figure of figures) assert.equal(figure.value === null, figure.suppressed);
    assert.ok(requestIdOf(insights));
  });

  it('exports the same range as CSV text', async () => {
    const { data: csv, response } = await acme.admin.insights.csv(range).withResponse();
    assert.equal(typeof csv, 'string');
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
    assert.equal(csv.split('\r\n')[0], 'period,start,end,metric,value,suppressed');
    assert.ok(csv.includes('\r\n2026-W45,2026-11-02,2026-11-08,requests,'));
    const sent = checks.requests.at(-1);
    assert.equal(sent?.url.pathname, '/v1/org/insights.csv');
  });

  it('names the bad parameter, and refuses a publishable key', async () => {
    await assert.rejects(acme.admin.insights.retrieve({ from: '2026-12-01', to: '2026-11-01' }), (error: unknown) => {
      assert.ok(error instanceof BadRequestError);
      assert.equal(error.problem?.errors?.[0]?.pointer, '/from');
      return true;
    });
    const page = new Menteo({ publishableKey: 'pk_test_acme', baseUrl: s.url, hooks: checks.hooks });
    await assert.rejects(page.admin.insights.csv(range), PermissionDeniedError);
  });
});

describe('admin insights in bundles', () => {
  it('stay out of a page that uses the stores or only searches', async () => {
    const stores = await bundle(`export * from './stores/index.ts';`);
    const search = await bundle(`import { MenteoCore, searchMentors } from './index.ts';
      export const search = (q) => searchMentors(new MenteoCore({ publishableKey: 'pk_test_demo' }), { q });`);
    for (const code of [stores, search]) assert.ok(!code.includes('/v1/org/insights'));
    const full = await bundle(`import { Menteo } from './index.ts'; export const client = new Menteo({ secretKey: 'sk_test_acme' });`);
    assert.ok(full.includes('/v1/org/insights.csv'), 'the full client has them');
  });
});
