// Posts linked to a roadmap step or a room goal: validated (the author must be on the
// roadmap, in the room) and returned with what "Step 3 of Your first 90 days" needs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Thread = components['schemas']['Thread'];
type Post = components['schemas']['Post'];
type Roadmap = components['schemas']['Roadmap'];
type Problem = components['schemas']['Problem'];

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
