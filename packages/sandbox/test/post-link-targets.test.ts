// GET /v1/me/post-link-targets: what a person's posts may link to (their roadmaps' steps, their
// rooms' goals), only their own, by the rules a post's `link` is checked with.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Thread = components['schemas']['Thread'];
type Post = components['schemas']['Post'];
type Roadmap = components['schemas']['Roadmap'];
type Problem = components['schemas']['Problem'];
type Targets = components['schemas']['PostLinkTargets'];

let s: TestSandbox;
let newcomer: string; // a new person: on no roadmap, in no room
let mentee: string; // demo-mentee, in the seeded rooms
const pk = 'pk_test_demo';

before(async () => {
  s = await startSandbox({ mentors: 50 });
  newcomer = await s.tokenFor({ externalUserId: `targets-${process.pid}`, name: 'New Linker' });
  mentee = await s.tokenFor('demo-mentee');
});
after(() => s.close());

async function targets(auth: string): Promise<Targets> {
  const res = await s.request<Targets>('GET', '/v1/me/post-link-targets', { auth });
  assert.equal(res.status, 200, res.text);
  return res.body;
}

async function thread(auth: string): Promise<Thread> {
  const res = await s.request<Thread>('POST', '/v1/threads', { auth, body: { title: 'Linked posts', visibility: 'public' } });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

describe('what may I link', () => {
  it('lists a roadmap once the person is on it, each step numbered as a linked post shows it', async () => {
    assert.deepEqual(await targets(newcomer), { roadmaps: [], rooms: [] });
    const roadmap = (await s.request<Roadmap>('GET', '/v1/roadmaps/your-first-90-days-as-a-tech-lead')).body;
    const progress = await s.request('PUT', `/v1/roadmaps/${roadmap.id}/progress/${roadmap.steps[0]!.id}`, { auth: newcomer, body: { state: 'doing' } });
    assert.equal(progress.status, 200, progress.text);

    const listed = (await targets(newcomer)).roadmaps;
    assert.deepEqual(listed, [
      { roadmapId: roadmap.id, title: roadmap.title, steps: roadmap.steps.map((step, i) => ({ stepId: step.id, index: i + 1, title: step.title })) },
    ]);
    // The third step, picked from the list, is accepted and reads "Step 3 of …".
    const step = listed[0]!.steps[2]!;
    const created = await s.request<Post>('POST', `/v1/threads/${(await thread(newcomer)).id}/posts`, {
      auth: newcomer,
      body: { kind: 'milestone', body: 'Third step.', link: { kind: 'roadmap_step', roadmapId: roadmap.id, stepId: step.stepId } },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.link?.kind === 'roadmap_step' && created.body.link.stepIndex, step.index);
  });

  it('lists the goals of the rooms the person takes part in, and nobody else’s', async () => {
    const own = s.db
      .prepare(
        `SELECT DISTINCT g.room_id FROM goals g JOIN rooms r ON r.id = g.room_id
         WHERE r.mentee_id = 'usr_demomentee' OR r.mentor_user_id = 'usr_demomentee'`,
      )
      .pluck()
      .all() as string[];
    assert.ok(own.length > 0, 'the seed gives the demo mentee a room with goals');
    const rooms = (await targets(mentee)).rooms;
    assert.deepEqual(rooms.map((r) => r.roomId).sort(), [...own].sort());
    for (const room of rooms) {
      const goals = s.db.prepare('SELECT id FROM goals WHERE room_id = ? ORDER BY created_at, id').pluck().all(room.roomId);
      assert.deepEqual(
        room.goals.map((g) => g.goalId),
        goals,
      );
    }
    // Someone else's room goal exists, and is listed for nobody outside the room.
    const foreign = s.db
      .prepare(
        `SELECT g.id AS goalId, g.room_id AS roomId FROM goals g JOIN rooms r ON r.id = g.room_id
         WHERE r.mentee_id <> 'usr_demomentee' AND r.mentor_user_id <> 'usr_demomentee' LIMIT 1`,
      )
      .get() as { goalId: string; roomId: string } | undefined;
    assert.ok(foreign, 'the seed has rooms the demo mentee is not in');
    assert.ok(!rooms.some((r) => r.roomId === foreign.roomId));
    assert.deepEqual((await targets(newcomer)).rooms, []);

    // Linking to it anyway is refused, naming the field.
    const refused = await s.request<Problem>('POST', `/v1/threads/${(await thread(mentee)).id}/posts`, {
      auth: mentee,
      body: { kind: 'update', body: 'Borrowed goal.', link: { kind: 'room_goal', ...foreign } },
    });
    assert.equal(refused.status, 422, refused.text);
    assert.equal(refused.body.errors?.[0]?.pointer, '/link/roomId');
    // One of the person's own goals, picked from the list, is accepted.
    const goal = rooms[0]!.goals[0]!;
    const created = await s.request<Post>('POST', `/v1/threads/${(await thread(mentee)).id}/posts`, {
      auth: mentee,
      body: { kind: 'update', body: 'Halfway.', link: { kind: 'room_goal', roomId: rooms[0]!.roomId, goalId: goal.goalId } },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.link?.kind === 'room_goal' && created.body.link.goalTitle, goal.title);
  });

  it('refuses bad input and callers who are not a person', async () => {
    const bad = await s.request<Problem>('GET', '/v1/me/post-link-targets', { auth: mentee, query: { roomId: 'room_abcdef' } });
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.body.code, 'invalid_parameter');
    const key = await s.request<Problem>('GET', '/v1/me/post-link-targets', { auth: pk });
    assert.equal(key.status, 403);
    assert.equal(key.body.code, 'publishable_key_read_only');
  });
});
