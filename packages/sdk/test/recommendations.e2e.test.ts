// client.recommendations.create and threads.create with firstPost, end to end against a real
// sandbox over HTTP (issue #13): the need diagnostic's growth plan, then its thread started in
// one step. Every answer is checked against the contract.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { Menteo } from '../src/client.js';
import { UnprocessableEntityError } from '../src/core/errors.js';
import { contractChecks } from './support/contract-hooks.js';

let s: TestSandbox;
const checks = contractChecks();
let anon: Menteo;
let mentee: Menteo;

const goals = 'My team missed its last two deadlines; I want to set direction, delegate and decide faster.';

before(async () => {
  s = await startSandbox({ mentors: 150 });
  const options = { baseUrl: s.url, hooks: checks.hooks, retryDelay: { initialDelayMs: 1, maxDelayMs: 5 } };
  anon = new Menteo({ publishableKey: 'pk_test_demo', ...options });
  const server = new Menteo({ secretKey: 'sk_test_demo', ...options });
  const token = async () => (await server.auth.createUserToken({ externalUserId: 'demo-mentee', name: 'Priya Raman' })).token;
  mentee = new Menteo({ publishableKey: 'pk_test_demo', token, ...options });
});
after(() => s.close());
afterEach(() => assert.deepEqual(checks.violations.splice(0), [], 'every answer matches the contract'));

describe('recommendations', () => {
  it('create gives a leadership plan from a publishable key, with an Idempotency-Key', async () => {
    const sent = checks.requests.length;
    const plan = await anon.recommendations.create({ placement: { leadership: 0.85, mentorship: 0.2 }, goals, skills: ['delegation'], limit: 3 });
    assert.equal(plan.need, 'leadership');
    assert.equal(plan.mentors.length, 3);
    for (const m of plan.mentors) {
      const fit = m.reasons.find((r) => r.code === 'need_fit');
      // The union narrows on code: params are typed per reason.
      assert.equal(fit?.code === 'need_fit' ? fit.params.need : undefined, 'leadership');
    }
    assert.ok(plan.roadmap?.roadmap.serves.needs.includes('leadership'));
    assert.deepEqual(plan.roadmap?.reasons[0], { code: 'serves_need', params: { need: 'leadership' } });
    assert.deepEqual(plan.thread, { title: 'My leadership journey', firstPost: goals });
    const request = checks.requests[sent];
    assert.equal(request?.method, 'POST');
    assert.equal(request?.url.pathname, '/v1/recommendations');
  });

  it('create answers both for a placement within 0.15, and mentorship for the mentor hat', async () => {
    const both = await anon.recommendations.create({ placement: { leadership: 0.5, mentorship: 0.6 }, goals });
    assert.equal(both.need, 'both');
    assert.equal(both.mentors.length, 5);
    const grow = await anon.recommendations.create({
      placement: { leadership: 0.1, mentorship: 0.9 },
      goals: 'I am coming back after a career break and want my confidence back.',
      skills: ['career-change'],
    });
    assert.equal(grow.need, 'mentorship');
    assert.ok(grow.roadmap?.roadmap.serves.needs.includes('mentorship'));
    assert.equal(grow.thread.title, 'My growth journey');
  });

  it('create refuses a bad placement with an UnprocessableEntityError naming the field', async () => {
    await assert.rejects(
      anon.recommendations.create({ placement: { leadership: 2, mentorship: 0 }, goals }),
      (e: unknown) => e instanceof UnprocessableEntityError && e.problem?.errors?.some((f) => f.pointer === '/placement/leadership') === true,
    );
  });

  it('the plan’s thread starts with its first post in one call', async () => {
    const plan = await anon.recommendations.create({ placement: { leadership: 0.9, mentorship: 0.1 }, goals });
    const thread = await mentee.threads.create({ title: plan.thread.title, firstPost: { body: plan.thread.firstPost, kind: 'challenge' } });
    assert.equal(thread.counts.posts, 1);
    const posts = await mentee.threads.posts.list(thread.id).toArray({ limit: 10 });
    assert.deepEqual(
      posts.map((p) => [p.kind, p.body]),
      [['challenge', goals]],
    );
  });
});
