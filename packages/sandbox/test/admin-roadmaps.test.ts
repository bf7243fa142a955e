// The organization's own roadmaps (#14): a secret key writes drafts, edits them and publishes
// versions; the organization's people read them through the public roadmap operations, nobody
// else does. Steps keep their ids across versions, so progress survives an edit, and a removed
// step keeps the history people had on it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { demo } from '../src/demo.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Schemas = components['schemas'];
type OrgRoadmap = Schemas['OrgRoadmap'];
type Problem = Schemas['Problem'];

let s: TestSandbox;
const acme = demo.keys.acmeSecret;

before(async () => {
  s = await startSandbox();
});
after(async () => {
  await s?.close();
});

const onboarding = {
  title: 'Your first 30 days at Acme',
  summary: 'What every new engineer at Acme does in their first month.',
  level: 'beginner',
  topics: ['onboarding'],
  steps: [
    { title: 'Meet your onboarding buddy', estimatedHours: 0.5 },
    { title: 'Read the architecture overview', estimatedHours: 1 },
    { title: 'Ship a small change', estimatedHours: 6 },
  ],
};

async function createRoadmap(body: Record<string, unknown> = onboarding, auth: string = acme): Promise<OrgRoadmap> {
  const res = await s.request<OrgRoadmap>('POST', '/v1/org/roadmaps', { auth, body });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

async function call(method: 'PATCH' | 'POST' | 'GET', path: string, body?: unknown, auth: string = acme): Promise<OrgRoadmap> {
  const res = await s.request<OrgRoadmap>(method, path, { auth, ...(body === undefined ? {} : { body }) });
  assert.equal(res.status, 200, res.text);
  return res.body;
}

const publish = (id: string) => call('POST', `/v1/org/roadmaps/${id}/publish`);

describe('org roadmaps: drafts, versions and visibility', () => {
  it('creates a draft with stable step ids that readers cannot see until it is published', async () => {
    const draft = await createRoadmap();
    assert.equal(draft.status, 'draft');
    assert.equal(draft.version, 0);
    assert.equal(draft.hasUnpublishedChanges, true);
    assert.equal(draft.author.name, 'Acme Corporation', "the author defaults to the organization's name");
    assert.deepEqual(
      draft.steps.map((step) => [step.position, step.title]),
      onboarding.steps.map((step, index) => [index + 1, step.title]),
    );
    for (const step of draft.steps) assert.match(step.id, /^stp_/);

    const employee = await s.tokenFor('acme-employee');
    assert.equal((await s.request('GET', `/v1/roadmaps/${draft.id}`, { auth: employee })).status, 404);

    const published = await publish(draft.id);
    assert.equal(published.status, 'published');
    assert.equal(published.version, 1);
    assert.equal(published.hasUnpublishedChanges, false);
    const read = await s.request<Schemas['Roadmap']>('GET', `/v1/roadmaps/${draft.id}`, { auth: employee });
    assert.equal(read.status, 200, read.text);
    assert.deepEqual(
      read.body.steps.map((step) => step.id),
      draft.steps.map((step) => step.id),
    );
    assert.equal(read.body.estimatedHours, 7.5);
    // The slug works as everywhere else.
    assert.equal((await s.request('GET', `/v1/roadmaps/${draft.slug}`, { auth: demo.keys.acmePublishable })).status, 200);

    // Publishing again without an edit is no new version.
    assert.equal((await publish(draft.id)).version, 1);
  });

  it("shows a published roadmap to its organization's credentials only, and to nobody once unpublished", async () => {
    const roadmap = await publish((await createRoadmap({ ...onboarding, title: 'Acme only' })).id);
    const employee = await s.tokenFor('acme-employee');
    const stranger = await s.tokenFor('demo-mentee');
    for (const auth of [employee, demo.keys.acmePublishable, acme]) {
      assert.equal((await s.request('GET', `/v1/roadmaps/${roadmap.id}`, { auth })).status, 200);
    }
    for (const auth of [stranger, demo.keys.demoPublishable, demo.keys.demoSecret]) {
      assert.equal((await s.request('GET', `/v1/roadmaps/${roadmap.id}`, { auth })).status, 404);
      assert.equal((await s.request('GET', `/v1/roadmaps/${roadmap.slug}`, { auth })).status, 404);
      const listed = await s.request<Schemas['RoadmapList']>('GET', '/v1/roadmaps', { auth, query: { q: 'acme only', limit: 100 } });
      assert.deepEqual(listed.body.data, []);
    }
    const own = await s.request<Schemas['RoadmapList']>('GET', '/v1/roadmaps', { auth: employee, query: { q: 'acme only' } });
    assert.deepEqual(
      own.body.data.map((r) => r.id),
      [roadmap.id],
    );
    // Progress is for the organization's people only.
    const stepId = roadmap.steps[0]!.id;
    const refused = await s.request('PUT', `/v1/roadmaps/${roadmap.id}/progress/${stepId}`, { auth: stranger, body: { state: 'doing' } });
    assert.equal(refused.status, 404);

    const hidden = await call('POST', `/v1/org/roadmaps/${roadmap.id}/unpublish`);
    assert.equal(hidden.status, 'unpublished');
    for (const auth of [employee, demo.keys.acmePublishable, acme]) {
      assert.equal((await s.request('GET', `/v1/roadmaps/${roadmap.id}`, { auth })).status, 404);
    }
    const back = await publish(roadmap.id);
    assert.equal(back.status, 'published');
    assert.equal(back.version, 1, 'republished as the same version');
    assert.equal((await s.request('GET', `/v1/roadmaps/${roadmap.id}`, { auth: employee })).status, 200);
  });

  it("keeps people's progress across an edit, and the history of a removed step", async () => {
    const v1 = await publish((await createRoadmap({ ...onboarding, title: 'Versioned onboarding' })).id);
    const [buddy, overview, ship] = v1.steps.map((step) => step.id) as [string, string, string];
    const employee = await s.tokenFor('acme-employee');
    for (const [stepId, state] of [
      [buddy, 'done'],
      [overview, 'done'],
      [ship, 'doing'],
    ] as const) {
      const res = await s.request('PUT', `/v1/roadmaps/${v1.id}/progress/${stepId}`, { auth: employee, body: { state, note: `note on ${state}` } });
      assert.equal(res.status, 200, res.text);
    }

    // Version 2: the overview is gone, a new step comes first, the others keep their ids.
    const edited = await call('PATCH', `/v1/org/roadmaps/${v1.id}`, {
      steps: [
        { title: 'Set up your laptop', estimatedHours: 2 },
        { id: buddy, title: 'Meet your onboarding buddy' },
        { id: ship, title: 'Ship a small change (pair with your buddy)', estimatedHours: 6 },
      ],
    });
    assert.equal(edited.hasUnpublishedChanges, true);
    // Readers still see version 1 until the edit is published.
    const before = await s.request<Schemas['Roadmap']>('GET', `/v1/roadmaps/${v1.id}`, { auth: employee });
    assert.equal(before.body.stepCount, 3);
    assert.equal(before.body.steps[1]!.id, overview);

    const v2 = await publish(v1.id);
    assert.equal(v2.version, 2);
    assert.deepEqual(v2.removedSteps, [{ id: overview, title: 'Read the architecture overview', removedInVersion: 2 }]);
    const read = await s.request<Schemas['Roadmap']>('GET', `/v1/roadmaps/${v1.id}`, { auth: employee });
    assert.deepEqual(
      read.body.steps.map((step) => [step.position, step.id]),
      [
        [1, v2.steps[0]!.id],
        [2, buddy],
        [3, ship],
      ],
    );
    assert.equal(read.body.steps[2]!.title, 'Ship a small change (pair with your buddy)');

    const progress = await s.request<Schemas['RoadmapProgress']>('GET', `/v1/roadmaps/${v1.id}/progress`, { auth: employee });
    assert.equal(progress.status, 200, progress.text);
    assert.deepEqual(
      progress.body.steps.map((step) => [step.stepId, step.state, step.note]),
      [
        [v2.steps[0]!.id, 'todo', null],
        [buddy, 'done', 'note on done'],
        [ship, 'doing', 'note on doing'],
      ],
    );
    assert.equal(progress.body.doneCount, 1, 'the removed step is not counted');
    assert.equal(progress.body.percent, 33);
    assert.deepEqual(
      progress.body.removedSteps?.map((step) => [step.stepId, step.title, step.state, step.note, step.removed]),
      [[overview, 'Read the architecture overview', 'done', 'note on done', true]],
    );
    // The history is kept, not written to.
    const write = await s.request<Problem>('PUT', `/v1/roadmaps/${v1.id}/progress/${overview}`, { auth: employee, body: { state: 'todo' } });
    assert.equal(write.status, 404);
    assert.equal(s.db.prepare('SELECT state FROM roadmap_progress WHERE step_id = ?').pluck().get(overview), 'done');

    // Sending the removed step's id again brings it back in version 3, with its history.
    await call('PATCH', `/v1/org/roadmaps/${v1.id}`, {
      steps: [...v2.steps.map(({ id, title }) => ({ id, title })), { id: overview, title: 'Read the architecture overview' }],
    });
    const v3 = await publish(v1.id);
    assert.equal(v3.version, 3);
    assert.deepEqual(v3.removedSteps, []);
    const restored = await s.request<Schemas['RoadmapProgress']>('GET', `/v1/roadmaps/${v1.id}/progress`, { auth: employee });
    assert.equal(restored.body.steps[3]!.state, 'done');
    assert.equal(restored.body.removedSteps, undefined);
  });

  it('edits change nothing when they send what is there, and list drafts with the rest', async () => {
    const draft = await createRoadmap({ ...onboarding, title: 'Listed draft' });
    s.setNow(new Date(s.now().getTime() + 60_000));
    const same = await call('PATCH', `/v1/org/roadmaps/${draft.id}`, { title: 'Listed draft', level: 'beginner' });
    assert.equal(same.updatedAt, draft.updatedAt);
    const drafts = await s.request<Schemas['OrgRoadmapList']>('GET', '/v1/org/roadmaps', { auth: acme, query: { status: 'draft', limit: 100 } });
    assert.ok(drafts.body.data.some((r) => r.id === draft.id));
    assert.ok(drafts.body.data.every((r) => r.status === 'draft'));
    const got = await call('GET', `/v1/org/roadmaps/${draft.id}`);
    assert.deepEqual(got, draft);
  });
});

describe('org roadmaps: retries', () => {
  it('replays a create sent again with the same Idempotency-Key instead of making a second draft', async () => {
    const headers = { 'Idempotency-Key': 'org-roadmap-create-once' };
    const body = { ...onboarding, title: 'Created once' };
    const first = await s.request<OrgRoadmap>('POST', '/v1/org/roadmaps', { auth: acme, body, headers });
    const again = await s.request<OrgRoadmap>('POST', '/v1/org/roadmaps', { auth: acme, body, headers });
    assert.equal(first.status, 201, first.text);
    assert.equal(again.status, 201, again.text);
    assert.equal(again.body.id, first.body.id);
    assert.equal(s.db.prepare("SELECT COUNT(*) FROM org_roadmaps WHERE json_extract(draft, '$.title') = 'Created once'").pluck().get(), 1);
  });
});

describe('org roadmaps: refusals', () => {
  it('names the bad field', async () => {
    const bad = await s.request<Problem>('POST', '/v1/org/roadmaps', { auth: acme, body: { ...onboarding, steps: [{ title: '' }] } });
    assert.equal(bad.status, 422, bad.text);
    assert.deepEqual(
      bad.body.errors?.map((e) => e.pointer),
      ['/steps/0/title'],
    );
    const draft = await createRoadmap();
    const unknown = await s.request<Problem>('PATCH', `/v1/org/roadmaps/${draft.id}`, {
      auth: acme,
      body: {
        steps: [
          { id: draft.steps[0]!.id, title: 'ok' },
          { id: 'stp_notfromthisroadmap', title: 'stolen' },
        ],
      },
    });
    assert.equal(unknown.status, 422, unknown.text);
    assert.deepEqual(
      unknown.body.errors?.map((e) => e.pointer),
      ['/steps/1/id'],
    );
    // A step of another roadmap is not this roadmap's either.
    const other = await createRoadmap();
    const borrowed = await s.request<Problem>('PATCH', `/v1/org/roadmaps/${draft.id}`, {
      auth: acme,
      body: { steps: [{ id: other.steps[0]!.id, title: 'x' }] },
    });
    assert.deepEqual(
      borrowed.body.errors?.map((e) => e.pointer),
      ['/steps/0/id'],
    );
    const twice = await s.request<Problem>('PATCH', `/v1/org/roadmaps/${draft.id}`, {
      auth: acme,
      body: {
        steps: [
          { id: draft.steps[0]!.id, title: 'a' },
          { id: draft.steps[0]!.id, title: 'b' },
        ],
      },
    });
    assert.deepEqual(
      twice.body.errors?.map((e) => e.pointer),
      ['/steps/1/id'],
    );
    const empty = await createRoadmap({ ...onboarding, steps: [] });
    const refused = await s.request<Problem>('POST', `/v1/org/roadmaps/${empty.id}/publish`, { auth: acme });
    assert.equal(refused.status, 422, refused.text);
    assert.deepEqual(
      refused.body.errors?.map((e) => e.pointer),
      ['/steps'],
    );
  });

  it('refuses a publishable key and a user token, and keeps organizations apart', async () => {
    const roadmap = await createRoadmap();
    const employee = await s.tokenFor('acme-employee');
    for (const [auth, code] of [
      [demo.keys.acmePublishable, 'publishable_key_read_only'],
      [employee, 'secret_key_required'],
    ] as const) {
      const list = await s.request<Problem>('GET', '/v1/org/roadmaps', { auth });
      assert.equal(list.status, 403, list.text);
      assert.equal(list.body.code, code);
      const create = await s.request<Problem>('POST', '/v1/org/roadmaps', { auth, body: onboarding });
      assert.equal(create.status, 403);
      const publishIt = await s.request<Problem>('POST', `/v1/org/roadmaps/${roadmap.id}/publish`, { auth });
      assert.equal(publishIt.status, 403);
    }
    // Another organization's secret key finds nothing, and changes nothing.
    const demoKey = demo.keys.demoSecret;
    for (const [method, path, body] of [
      ['GET', `/v1/org/roadmaps/${roadmap.id}`, undefined],
      ['PATCH', `/v1/org/roadmaps/${roadmap.id}`, { title: 'Hijacked' }],
      ['POST', `/v1/org/roadmaps/${roadmap.id}/publish`, undefined],
      ['POST', `/v1/org/roadmaps/${roadmap.id}/unpublish`, undefined],
    ] as const) {
      const res = await s.request<Problem>(method, path, { auth: demoKey, ...(body ? { body } : {}) });
      assert.equal(res.status, 404, `${method} ${path}: ${res.text}`);
    }
    const theirs = await s.request<Schemas['OrgRoadmapList']>('GET', '/v1/org/roadmaps', { auth: demoKey, query: { limit: 100 } });
    assert.ok(!theirs.body.data.some((r) => r.id === roadmap.id));
    assert.equal((await call('GET', `/v1/org/roadmaps/${roadmap.id}`)).title, onboarding.title);
  });
});
