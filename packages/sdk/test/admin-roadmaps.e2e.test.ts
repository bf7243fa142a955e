// `client.admin.roadmaps` (issue #14) end to end against a real sandbox over HTTP: a draft
// written, published, edited into a second version that keeps a reader's progress (read through
// `client.roadmaps`), unpublished; the refusals as typed errors.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { Menteo } from '../src/client.js';
import { NotFoundError, PermissionDeniedError, UnprocessableEntityError } from '../src/core/errors.js';
import { contractChecks } from './support/contract-hooks.js';

let s: TestSandbox;
const checks = contractChecks();
let acme: Menteo;

const options = () => ({ baseUrl: s.url, hooks: checks.hooks, retryDelay: { initialDelayMs: 1, maxDelayMs: 5 } });

before(async () => {
  s = await startSandbox();
  acme = new Menteo({ secretKey: 'sk_test_acme', ...options() });
});
after(async () => {
  await s?.close();
});
afterEach(() => assert.deepEqual(checks.violations.splice(0), [], 'every answer matches the contract'));

describe('client.admin.roadmaps', () => {
  it("drafts, publishes and edits a roadmap; a reader's progress survives the new version", async () => {
    const draft = await acme.admin.roadmaps.create({
      title: 'SDK onboarding',
      summary: 'A first month.',
      level: 'beginner',
      steps: [{ title: 'Meet your buddy' }, { title: 'Read the overview' }],
    });
    assert.equal(draft.status, 'draft');
    const v1 = await acme.admin.roadmaps.publish(draft.id);
    assert.equal(v1.version, 1);

    const token = await s.tokenFor('acme-employee');
    const reader = new Menteo({ publishableKey: 'pk_test_acme', token, ...options() });
    const [buddy, overview] = v1.steps;
    await reader.roadmaps.progress.update(v1.id, buddy?.id ?? '', { state: 'done' });

    await acme.admin.roadmaps.update(v1.id, { steps: [{ id: buddy?.id, title: 'Meet your buddy' }, { title: 'Ship a change' }] });
    const v2 = await acme.admin.roadmaps.publish(v1.id);
    assert.equal(v2.version, 2);
    assert.deepEqual(
      v2.removedSteps.map((step) => step.id),
      [overview?.id],
    );
    const progress = await reader.roadmaps.progress.retrieve(v1.id);
    assert.equal(progress.steps[0]?.state, 'done');
    assert.equal(progress.percent, 50);

    const listed: string[] = [];
    for await (const roadmap of acme.admin.roadmaps.list({ status: 'published', limit: 1 })) listed.push(roadmap.id);
    assert.ok(listed.includes(v1.id));
    assert.equal((await acme.admin.roadmaps.unpublish(v1.id)).status, 'unpublished');
    await assert.rejects(reader.roadmaps.retrieve(v1.id), NotFoundError);
    assert.equal((await acme.admin.roadmaps.retrieve(v1.id)).version, 2);
  });

  it('refuses a bad field, another organization, and a publishable key', async () => {
    await assert.rejects(
      acme.admin.roadmaps.create({ title: 'Bad', summary: 'Bad step.', level: 'beginner', steps: [{ title: '' }] }),
      (error: unknown) => error instanceof UnprocessableEntityError && '/steps/0/title' in error.fieldErrors,
    );
    const roadmap = await acme.admin.roadmaps.create({ title: 'Private', summary: 'Acme only.', level: 'beginner' });
    const demo = new Menteo({ secretKey: 'sk_test_demo', ...options() });
    await assert.rejects(demo.admin.roadmaps.retrieve(roadmap.id), NotFoundError);
    const browser = new Menteo({ publishableKey: 'pk_test_acme', ...options() });
    await assert.rejects(async () => browser.admin.roadmaps.list(), PermissionDeniedError);
  });
});
