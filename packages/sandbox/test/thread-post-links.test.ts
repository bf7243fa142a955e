// Posts linked to a roadmap step or a room goal: validated (the author must be on the
// roadmap, in the room) and returned with what "Step 3 of Your first 90 days" needs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { demo } from '../src/demo.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { connectSse } from './support/sse.js';

type Thread = components['schemas']['Thread'];
type Post = components['schemas']['Post'];
type Roadmap = components['schemas']['Roadmap'];
type Problem = components['schemas']['Problem'];
type OrgRoadmap = components['schemas']['OrgRoadmap'];
type LinkTargets = components['schemas']['PostLinkTargets'];

let s: TestSandbox;
let author: string; // a new person, on no roadmap yet
let reader: string; // demo-mentor
const pk = 'pk_test_demo';
let roadmap: Roadmap;

before(async () => {
  s = await startSandbox({ mentors: 50 });
  author = await s.tokenFor({ externalUserId: `linker-${process.pid}`, name: 'Link Author' });
  reader = await s.tokenFor('demo-mentor');
  roadmap = (await s.request<Roadmap>('GET', '/v1/roadmaps/your-first-90-days-as-a-tech-lead')).body;
  assert.ok(roadmap.steps.length >= 3);
});
after(() => s.close());

describe('posts linked to a roadmap step', () => {
  it('refuses a step of a roadmap the author is not on, then shows “Step 3 of …” once they are', async () => {
    const thread = (await s.request<Thread>('POST', '/v1/threads', { auth: author, body: { title: 'My 90 days', visibility: 'public' } })).body;
    const step = roadmap.steps[2]!;
    const link = { kind: 'roadmap_step', roadmapId: roadmap.id, stepId: step.id };
    const refused = await s.request<Problem>('POST', `/v1/threads/${thread.id}/posts`, {
      auth: author,
      body: { kind: 'milestone', body: 'Step three done.', link },
    });
    assert.equal(refused.status, 422, refused.text);
    assert.equal(refused.body.errors?.[0]?.pointer, '/link/roadmapId');

    assert.equal(
      (await s.request('PUT', `/v1/roadmaps/${roadmap.id}/progress/${roadmap.steps[0]!.id}`, { auth: author, body: { state: 'done' } })).status,
      200,
    );
    const created = await s.request<Post>('POST', `/v1/threads/${thread.id}/posts`, {
      auth: author,
      body: { kind: 'milestone', body: 'Step three done.', link },
    });
    assert.equal(created.status, 201, created.text);
    const expected = { ...link, roadmapTitle: roadmap.title, stepTitle: step.title, stepIndex: 3, stepCount: roadmap.steps.length };
    assert.deepEqual(created.body.link, expected);
    // What a reader of the embed gets, with a key.
    assert.deepEqual((await s.request<Post>('GET', `/v1/posts/${created.body.id}`, { auth: pk })).body.link, expected);

    // Only the owner edits the link; the same rule holds on update.
    const other = { kind: 'roadmap_step', roadmapId: roadmap.id, stepId: roadmap.steps[0]!.id };
    assert.equal((await s.request('PATCH', `/v1/posts/${created.body.id}`, { auth: reader, body: { link: other } })).status, 403);
    assert.equal((await s.request('PATCH', `/v1/posts/${created.body.id}`, { auth: pk, body: { link: other } })).status, 403);
    const moved = await s.request<Post>('PATCH', `/v1/posts/${created.body.id}`, { auth: author, body: { link: other } });
    assert.equal(moved.status, 200, moved.text);
    assert.equal(moved.body.link?.kind === 'roadmap_step' && moved.body.link.stepIndex, 1);
    const unlinked = await s.request<Post>('PATCH', `/v1/posts/${created.body.id}`, { auth: author, body: { link: null } });
    assert.equal(unlinked.body.link, null);
  });
});

describe('posts linked to a room goal', () => {
  it('carries the goal’s title; a room the author is not in is refused', async () => {
    const mentee = await s.tokenFor('demo-mentee');
    const own = s.db
      .prepare(
        "SELECT g.id AS goal, g.room_id AS room, g.title FROM goals g JOIN rooms r ON r.id = g.room_id WHERE r.mentee_id = 'usr_demomentee' ORDER BY g.id LIMIT 1",
      )
      .get() as { goal: string; room: string; title: string };
    const thread = (await s.request<Thread>('POST', '/v1/threads', { auth: mentee, body: { title: 'Room goals', visibility: 'public' } })).body;
    const link = { kind: 'room_goal', roomId: own.room, goalId: own.goal };
    const created = await s.request<Post>('POST', `/v1/threads/${thread.id}/posts`, { auth: mentee, body: { kind: 'update', body: 'Halfway there.', link } });
    assert.equal(created.status, 201, created.text);
    assert.deepEqual(created.body.link, { ...link, goalTitle: own.title });
    const theirs = (await s.request<Thread>('POST', '/v1/threads', { auth: author, body: { title: 'Not my room', visibility: 'public' } })).body;
    const refused = await s.request<Problem>('POST', `/v1/threads/${theirs.id}/posts`, {
      auth: author,
      body: { kind: 'update', body: 'Borrowed goal.', link },
    });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.errors?.[0]?.pointer, '/link/roomId');
  });
});

describe('posts linked to a step of an organization’s roadmap that changes', () => {
  it('numbers steps among the live ones, refuses a removed step or a roadmap the author may no longer read, and shows a removed step as gone', async () => {
    const acme = demo.keys.acmeSecret;
    const admin = async (method: 'POST' | 'PATCH', path: string, body?: unknown) => {
      const res = await s.request<OrgRoadmap>(method, path, { auth: acme, ...(body === undefined ? {} : { body }) });
      assert.ok(res.status === 200 || res.status === 201, res.text);
      return res.body;
    };
    const draft = await admin('POST', '/v1/org/roadmaps', {
      title: 'Links across versions',
      summary: 'A roadmap whose steps change after people wrote about them.',
      level: 'beginner',
      topics: ['onboarding'],
      steps: [{ title: 'First' }, { title: 'Second' }, { title: 'Third' }],
    });
    const v1 = await admin('POST', `/v1/org/roadmaps/${draft.id}/publish`);
    const [first, second, third] = v1.steps.map((step) => step.id) as [string, string, string];
    const employee = await s.tokenFor('acme-employee');
    assert.equal((await s.request('PUT', `/v1/roadmaps/${v1.id}/progress/${first}`, { auth: employee, body: { state: 'done' } })).status, 200);
    const thread = (await s.request<Thread>('POST', '/v1/threads', { auth: employee, body: { title: 'Onboarding, in public', visibility: 'public' } })).body;
    const post = (step: string) =>
      s.request<Post & Problem>('POST', `/v1/threads/${thread.id}/posts`, {
        auth: employee,
        body: { kind: 'update', body: 'Done.', link: { kind: 'roadmap_step', roadmapId: v1.id, stepId: step } },
      });
    // Open pages hear new posts live, each as its reader may see it: a page outside Acme without
    // Acme's titles, a page of Acme's (the author's colleague, signed in) with them, as on reload.
    const events = `${s.url}/v1/events?types=thread.post.created&threadIds=${thread.id}`;
    const outsidePage = await connectSse(events, { Authorization: `Bearer ${pk}` });
    const colleague = await s.tokenFor({ externalUserId: `colleague-${process.pid}`, name: 'A Colleague', org: 'acme' });
    const acmePage = await connectSse(events, { Authorization: `Bearer ${colleague}` });
    const linkHeard = async (stream: typeof outsidePage) => {
      const heard = JSON.parse((await stream.next(10_000)).data) as { data: Post };
      const link = heard.data.link;
      return [heard.data.id, link?.kind === 'roadmap_step' && [link.stepId, link.roadmapTitle, link.stepTitle]];
    };
    let onThird: Awaited<ReturnType<typeof post>>;
    try {
      onThird = await post(third);
      assert.deepEqual(await linkHeard(outsidePage), [onThird.body.id, [third, null, null]]);
      assert.deepEqual(await linkHeard(acmePage), [onThird.body.id, [third, 'Links across versions', 'Third']]);
    } finally {
      outsidePage.close();
      acmePage.close();
    }
    const onSecond = await post(second);
    assert.equal(onThird.status, 201, onThird.text);
    assert.equal(onThird.body.link?.kind === 'roadmap_step' && `${onThird.body.link.stepIndex} of ${onThird.body.link.stepCount}`, '3 of 3');
    // A reader outside Acme (the demo organization's key) may not read Acme's roadmap: nor its titles through a post.
    const outside = (await s.request<Post>('GET', `/v1/posts/${onThird.body.id}`, { auth: pk })).body.link;
    assert.equal(outside?.kind === 'roadmap_step' && outside.roadmapTitle, null);
    assert.equal((await s.request('GET', `/v1/roadmaps/${v1.id}`, { auth: pk })).status, 404, 'as the roadmap itself answers');

    // Version 2 drops the second step.
    await admin('PATCH', `/v1/org/roadmaps/${v1.id}`, {
      steps: [
        { id: first, title: 'First' },
        { id: third, title: 'Third' },
      ],
    });
    await admin('POST', `/v1/org/roadmaps/${v1.id}/publish`);
    const read = async (id: string) => (await s.request<Post>('GET', `/v1/posts/${id}`, { auth: employee })).body.link;
    const moved = await read(onThird.body.id);
    assert.equal(moved?.kind === 'roadmap_step' && `${moved.stepIndex} of ${moved.stepCount}`, '2 of 2', 'counted among the live steps');
    assert.deepEqual(await read(onSecond.body.id), {
      kind: 'roadmap_step',
      roadmapId: v1.id,
      stepId: second,
      roadmapTitle: null,
      stepTitle: null,
      stepIndex: null,
      stepCount: null,
    });
    const targets = (await s.request<LinkTargets>('GET', '/v1/me/post-link-targets', { auth: employee })).body;
    assert.deepEqual(
      targets.roadmaps.find((r) => r.roadmapId === v1.id)?.steps.map((step) => [step.index, step.stepId]),
      [
        [1, first],
        [2, third],
      ],
    );
    const removed = await post(second);
    assert.equal(removed.status, 422, removed.text);
    assert.equal(removed.body.errors?.[0]?.pointer, '/link/stepId');
    const noWrite = s.db.prepare('SELECT count(*) FROM posts WHERE thread_id = ?').pluck().get(thread.id);
    assert.equal(noWrite, 2, 'the refused post was not written');

    // Unpublished, the roadmap is no one's to read, nor to link to.
    await admin('POST', `/v1/org/roadmaps/${v1.id}/unpublish`);
    const hidden = await post(first);
    assert.equal(hidden.status, 422, hidden.text);
    assert.equal(hidden.body.errors?.[0]?.pointer, '/link/roadmapId');
  });
});
