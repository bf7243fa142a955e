import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Thread = components['schemas']['Thread'];
type Post = components['schemas']['Post'];
type PostList = components['schemas']['PostList'];
type PostReactionUpdate = components['schemas']['PostReactionUpdate'];
type Comment = components['schemas']['Comment'];
type CommentList = components['schemas']['CommentList'];
type Problem = components['schemas']['Problem'];

let s: TestSandbox;
let mentee: string; // owns the threads below (org_demo)
let mentor: string; // same organization
let acme: string; // another organization
const pk = 'pk_test_demo';

// The clock is frozen at t0 and moved forward by seconds (user tokens live 15 minutes).
let t0 = 0;
let seconds = 0;
function tick(): string {
  seconds += 1;
  const date = new Date(t0 + seconds * 1000);
  s.setNow(date);
  return date.toISOString();
}

before(async () => {
  s = await startSandbox({ mentors: 60 });
  t0 = Math.ceil(s.now().getTime() / 1000) * 1000 + 1000;
  tick();
  mentee = await s.tokenFor('demo-mentee');
  mentor = await s.tokenFor('demo-mentor');
  acme = await s.tokenFor('acme-employee');
});
after(() => s.close());

async function thread(visibility: Thread['visibility'] = 'public', auth = mentee): Promise<Thread> {
  const res = await s.request<Thread>('POST', '/v1/threads', { auth, body: { title: `A ${visibility} test thread`, visibility } });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

async function post(threadId: string, body: Record<string, unknown> = {}, auth = mentee): Promise<Post> {
  tick();
  const res = await s.request<Post>('POST', `/v1/threads/${threadId}/posts`, { auth, body: { kind: 'update', body: 'A post.', ...body } });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

function count(sql: string, ...args: unknown[]): number {
  return (s.db.prepare(sql).get(...args) as { n: number }).n;
}

function events(type: string, since: number): { audience: string[]; public: number; thread_id: string | null; data: Record<string, unknown> }[] {
  return (
    s.db.prepare('SELECT audience, public, thread_id, data FROM events WHERE type = ? AND seq > ? ORDER BY seq').all(type, since) as {
      audience: string;
      public: number;
      thread_id: string | null;
      data: string;
    }[]
  ).map((e) => ({ ...e, audience: JSON.parse(e.audience) as string[], data: JSON.parse(e.data) as Record<string, unknown> }));
}

function lastSeq(): number {
  return (s.db.prepare('SELECT coalesce(max(seq), 0) AS n FROM events').get() as { n: number }).n;
}

describe('posts', () => {
  it('creates, retrieves, edits and deletes a post', async () => {
    const t = await thread();
    const createdAt = tick();
    const created = await s.request<Post>('POST', `/v1/threads/${t.id}/posts`, {
      auth: mentee,
      body: { kind: 'challenge', body: 'My 1:1s keep turning into **status updates**.' },
    });
    assert.equal(created.status, 201, created.text);
    assert.match(created.body.id, /^post_/);
    assert.equal(created.body.threadId, t.id);
    assert.equal(created.body.author.id, 'usr_demomentee');
    assert.equal(created.body.createdAt, createdAt);
    assert.equal(created.body.editedAt, null);
    assert.equal(created.body.link, null);
    assert.deepEqual(created.body.reactions, { cheer: 0, insightful: 0, support: 0, bookmark: 0 });
    assert.equal(created.body.commentCount, 0);

    const fetched = await s.request<Post>('GET', `/v1/posts/${created.body.id}`, { auth: pk });
    assert.equal(fetched.status, 200);
    assert.equal(fetched.body.body, 'My 1:1s keep turning into **status updates**.');
    const threadNow = await s.request<Thread>('GET', `/v1/threads/${t.id}`, { auth: pk });
    assert.equal(threadNow.body.counts.posts, 1);
    assert.equal(threadNow.body.lastPostAt, createdAt);

    const editedAt = tick();
    const edited = await s.request<Post>('PATCH', `/v1/posts/${created.body.id}`, { auth: mentee, body: { body: 'Edited.', kind: 'breakthrough' } });
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.body, 'Edited.');
    assert.equal(edited.body.kind, 'breakthrough');
    assert.equal(edited.body.editedAt, editedAt);
    assert.equal(edited.body.createdAt, createdAt);

    const deleted = await s.request('DELETE', `/v1/posts/${created.body.id}`, { auth: mentee });
    assert.equal(deleted.status, 204);
    assert.equal((await s.request('GET', `/v1/posts/${created.body.id}`, { auth: mentee })).status, 404);
    assert.equal((await s.request('DELETE', `/v1/posts/${created.body.id}`, { auth: mentee })).status, 404);
    const after = await s.request<Thread>('GET', `/v1/threads/${t.id}`, { auth: pk });
    assert.equal(after.body.counts.posts, 0);
    assert.equal(after.body.lastPostAt, null);
  });

  it('lets only the owner write: 403 for those who see the thread, 404 for those who do not', async () => {
    const open = await thread('public');
    const org = await thread('organization');
    const before = count('SELECT COUNT(*) AS n FROM posts');
    const body = { kind: 'update', body: 'Not mine to write' };
    assert.equal((await s.request<Problem>('POST', `/v1/threads/${open.id}/posts`, { auth: mentor, body })).status, 403);
    assert.equal((await s.request('POST', `/v1/threads/${open.id}/posts`, { auth: acme, body })).status, 403);
    assert.equal((await s.request('POST', `/v1/threads/${org.id}/posts`, { auth: mentor, body })).status, 403);
    assert.equal((await s.request('POST', `/v1/threads/${org.id}/posts`, { auth: acme, body })).status, 404);
    assert.equal((await s.request('POST', `/v1/threads/${open.id}/posts`, { auth: pk, body })).status, 403);
    assert.equal((await s.request('POST', '/v1/threads/thr_doesnotexist1/posts', { auth: mentee, body })).status, 404);

    const p = await post(org.id);
    assert.equal((await s.request('PATCH', `/v1/posts/${p.id}`, { auth: mentor, body: { body: 'x' } })).status, 403);
    assert.equal((await s.request('PATCH', `/v1/posts/${p.id}`, { auth: acme, body: { body: 'x' } })).status, 404);
    assert.equal((await s.request('DELETE', `/v1/posts/${p.id}`, { auth: mentor })).status, 403);
    assert.equal((await s.request('DELETE', `/v1/posts/${p.id}`, { auth: acme })).status, 404);
    assert.equal((await s.request('DELETE', `/v1/posts/${p.id}`, { auth: pk })).status, 403);
    assert.equal(count('SELECT COUNT(*) AS n FROM posts'), before + 1);
    assert.equal((s.db.prepare('SELECT body FROM posts WHERE id = ?').get(p.id) as { body: string }).body, 'A post.');
  });

  it('rejects a body over 10,000 characters with 422 /body and writes nothing', async () => {
    const t = await thread();
    const since = lastSeq();
    const res = await s.request<Problem>('POST', `/v1/threads/${t.id}/posts`, { auth: mentee, body: { kind: 'update', body: 'x'.repeat(10_001) } });
    assert.equal(res.status, 422);
    assert.equal(res.body.code, 'validation_failed');
    assert.ok(
      res.body.errors?.some((e) => e.pointer === '/body' && e.in === 'body'),
      JSON.stringify(res.body.errors),
    );
    assert.equal(count('SELECT COUNT(*) AS n FROM posts WHERE thread_id = ?', t.id), 0);
    assert.equal(lastSeq(), since);
    const empty = await s.request<Problem>('POST', `/v1/threads/${t.id}/posts`, { auth: mentee, body: { kind: 'update', body: '' } });
    assert.equal(empty.status, 422);
    const badKind = await s.request<Problem>('POST', `/v1/threads/${t.id}/posts`, { auth: mentee, body: { kind: 'rant', body: 'hi' } });
    assert.ok(badKind.body.errors?.some((e) => e.pointer === '/kind'));
    const longest = await post(t.id, { body: 'y'.repeat(10_000) });
    assert.equal(longest.body.length, 10_000);
    const patch = await s.request<Problem>('PATCH', `/v1/posts/${longest.id}`, { auth: mentee, body: { body: 'z'.repeat(10_001) } });
    assert.equal(patch.status, 422);
    assert.ok(patch.body.errors?.some((e) => e.pointer === '/body'));
    assert.equal((await s.request('PATCH', `/v1/posts/${longest.id}`, { auth: mentee, body: {} })).status, 422);
    assert.equal((s.db.prepare('SELECT edited_at FROM posts WHERE id = ?').get(longest.id) as { edited_at: string | null }).edited_at, null);
  });

  it('replays createThreadPost for the same Idempotency-Key: one post, one event', async () => {
    const t = await thread();
    const since = lastSeq();
    const headers = { 'Idempotency-Key': 'post-retry-0001' };
    const body = { kind: 'milestone', body: 'Shipped it.' };
    const first = await s.request<Post>('POST', `/v1/threads/${t.id}/posts`, { auth: mentee, headers, body });
    tick();
    const second = await s.request<Post>('POST', `/v1/threads/${t.id}/posts`, { auth: mentee, headers, body });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.body.id, first.body.id);
    assert.equal(second.body.createdAt, first.body.createdAt);
    assert.equal(count('SELECT COUNT(*) AS n FROM posts WHERE thread_id = ?', t.id), 1);
    assert.equal(events('thread.post.created', since).length, 1);
    const reused = await s.request<Problem>('POST', `/v1/threads/${t.id}/posts`, { auth: mentee, headers, body: { kind: 'milestone', body: 'Other.' } });
    assert.equal(reused.status, 422);
    assert.equal(reused.body.code, 'idempotency_key_reused');
    assert.equal(count('SELECT COUNT(*) AS n FROM posts WHERE thread_id = ?', t.id), 1);
  });
});

describe('listThreadPosts', () => {
  it('lists newest first and filters by kind', async () => {
    const t = await thread();
    const kinds = ['update', 'challenge', 'breakthrough', 'milestone', 'question', 'challenge'] as const;
    const made: Post[] = [];
    for (const kind of kinds) made.push(await post(t.id, { kind, body: `A ${kind}` }));
    const all = await s.request<PostList>('GET', `/v1/threads/${t.id}/posts`, { auth: pk });
    assert.deepEqual(
      all.body.data.map((p) => p.id),
      made.map((p) => p.id).reverse(),
    );
    assert.equal(all.body.nextCursor, null);
    assert.ok(all.body.data.every((p) => p.viewerReactions.length === 0));
    const some = await s.request<PostList>('GET', `/v1/threads/${t.id}/posts`, { auth: pk, query: { kind: ['challenge', 'milestone'] } });
    assert.deepEqual(
      some.body.data.map((p) => p.kind),
      ['challenge', 'milestone', 'challenge'],
    );
    assert.equal((await s.request('GET', `/v1/threads/${t.id}/posts`, { auth: pk, query: { kind: 'rant' } })).status, 400);
  });

  it('pages without repeats or gaps when a post is written between page loads', async () => {
    const t = await thread();
    const made: Post[] = [];
    for (let i = 0; i < 7; i++) made.push(await post(t.id, { body: `Post ${i}` }));
    const expected = made.map((p) => p.id).reverse();

    const seen: string[] = [];
    let res = await s.request<PostList>('GET', `/v1/threads/${t.id}/posts`, { auth: pk, query: { limit: 3 } });
    seen.push(...res.body.data.map((p) => p.id));
    const late = await post(t.id, { body: 'Written between page loads' });
    while (res.body.nextCursor) {
      res = await s.request<PostList>('GET', `/v1/threads/${t.id}/posts`, { auth: pk, query: { limit: 3, cursor: res.body.nextCursor } });
      assert.ok(res.body.data.length <= 3);
      seen.push(...res.body.data.map((p) => p.id));
      // Another write while the reader is on the last pages.
      if (seen.length === 6) await post(t.id, { body: 'And another' });
    }
    assert.deepEqual(seen, expected);
    const fresh = await s.request<PostList>('GET', `/v1/threads/${t.id}/posts`, { auth: pk, query: { limit: 2 } });
    assert.equal(fresh.body.data[1]!.id, late.id);
  });

  it('rejects a cursor of another thread, and answers 404 for an invisible thread', async () => {
    const a = await thread();
    const b = await thread();
    for (let i = 0; i < 2; i++) await post(a.id);
    const page = await s.request<PostList>('GET', `/v1/threads/${a.id}/posts`, { auth: pk, query: { limit: 1 } });
    assert.ok(page.body.nextCursor);
    const foreign = await s.request<Problem>('GET', `/v1/threads/${b.id}/posts`, { auth: pk, query: { cursor: page.body.nextCursor! } });
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body.code, 'invalid_cursor');
    const hidden = await thread('private');
    assert.equal((await s.request('GET', `/v1/threads/${hidden.id}/posts`, { auth: mentor })).status, 404);
  });
});

describe('links', () => {
  it('accepts a step of that roadmap and rejects others with 422 /link/...', async () => {
    const steps = s.db.prepare('SELECT id, roadmap_id FROM roadmap_steps ORDER BY roadmap_id, position').all() as { id: string; roadmap_id: string }[];
    const first = steps[0]!;
    const foreign = steps.find((st) => st.roadmap_id !== first.roadmap_id)!;
    assert.ok(first && foreign, 'seeded roadmaps');
    const t = await thread();
    // The author must be on the roadmap: progress on one of its steps.
    const progress = await s.request('PUT', `/v1/roadmaps/${first.roadmap_id}/progress/${first.id}`, { auth: mentee, body: { state: 'doing' } });
    assert.equal(progress.status, 200, progress.text);
    const ok = await post(t.id, { kind: 'milestone', link: { kind: 'roadmap_step', roadmapId: first.roadmap_id, stepId: first.id } });
    assert.deepEqual(
      { kind: ok.link?.kind, roadmapId: ok.link?.kind === 'roadmap_step' && ok.link.roadmapId, stepId: ok.link?.kind === 'roadmap_step' && ok.link.stepId },
      { kind: 'roadmap_step', roadmapId: first.roadmap_id, stepId: first.id },
    );

    const before = count('SELECT COUNT(*) AS n FROM posts WHERE thread_id = ?', t.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'roadmap_step', roadmapId: 'rdm_doesnotexist', stepId: first.id }, '/link/roadmapId'],
      [{ kind: 'roadmap_step', roadmapId: first.roadmap_id, stepId: foreign.id }, '/link/stepId'],
      [{ kind: 'roadmap_step', roadmapId: first.roadmap_id, stepId: 'stp_doesnotexist' }, '/link/stepId'],
    ];
    for (const [link, pointer] of cases) {
      const res = await s.request<Problem>('POST', `/v1/threads/${t.id}/posts`, { auth: mentee, body: { kind: 'update', body: 'Linked', link } });
      assert.equal(res.status, 422, JSON.stringify(link));
      assert.deepEqual(
        res.body.errors?.map((e) => e.pointer),
        [pointer],
      );
    }
    // Shape errors come from the contract: an unknown link kind, a missing field.
    const shape = await s.request<Problem>('POST', `/v1/threads/${t.id}/posts`, {
      auth: mentee,
      body: { kind: 'update', body: 'Linked', link: { kind: 'roadmap_step', roadmapId: first.roadmap_id } },
    });
    assert.equal(shape.status, 422);
    assert.equal(count('SELECT COUNT(*) AS n FROM posts WHERE thread_id = ?', t.id), before);
  });

  it('accepts a goal of a room the author takes part in, as mentee or as mentor, and nothing else', async () => {
    const own = s.db
      .prepare(
        "SELECT g.id AS goal, g.room_id AS room FROM goals g JOIN rooms r ON r.id = g.room_id WHERE r.mentee_id = 'usr_demomentee' ORDER BY g.id LIMIT 1",
      )
      .get() as { goal: string; room: string };
    const mentored = s.db
      .prepare(
        "SELECT g.id AS goal, g.room_id AS room FROM goals g JOIN rooms r ON r.id = g.room_id JOIN mentors m ON m.id = r.mentor_id WHERE m.user_id = 'usr_demomentor' AND r.mentee_id <> 'usr_demomentee' ORDER BY g.id LIMIT 1",
      )
      .get() as { goal: string; room: string };
    assert.ok(own && mentored, 'seeded rooms with goals for the demo people');

    const t = await thread();
    const ok = await post(t.id, { link: { kind: 'room_goal', roomId: own.room, goalId: own.goal } });
    const goalTitle = s.db.prepare('SELECT title FROM goals WHERE id = ?').pluck().get(own.goal) as string;
    assert.deepEqual(ok.link, { kind: 'room_goal', roomId: own.room, goalId: own.goal, goalTitle });
    const mentorThread = await thread('public', mentor);
    const asMentor = await post(mentorThread.id, { link: { kind: 'room_goal', roomId: mentored.room, goalId: mentored.goal } }, mentor);
    assert.equal(asMentor.link?.kind, 'room_goal');

    const before = count('SELECT COUNT(*) AS n FROM posts WHERE thread_id = ?', t.id);
    const cases: [Record<string, unknown>, string][] = [
      // A room Priya is not in: same answer as a room that does not exist.
      [{ kind: 'room_goal', roomId: mentored.room, goalId: mentored.goal }, '/link/roomId'],
      [{ kind: 'room_goal', roomId: 'room_doesnotexist', goalId: own.goal }, '/link/roomId'],
      // Her room, another room's goal.
      [{ kind: 'room_goal', roomId: own.room, goalId: mentored.goal }, '/link/goalId'],
    ];
    for (const [link, pointer] of cases) {
      const res = await s.request<Problem>('POST', `/v1/threads/${t.id}/posts`, { auth: mentee, body: { kind: 'update', body: 'Linked', link } });
      assert.equal(res.status, 422, JSON.stringify(link));
      assert.equal(res.body.code, 'validation_failed');
      assert.deepEqual(
        res.body.errors?.map((e) => e.pointer),
        [pointer],
      );
    }
    assert.equal(count('SELECT COUNT(*) AS n FROM posts WHERE thread_id = ?', t.id), before);

    // Edits validate links too, and `link: null` removes one.
    const bad = await s.request<Problem>('PATCH', `/v1/posts/${ok.id}`, {
      auth: mentee,
      body: { link: { kind: 'room_goal', roomId: own.room, goalId: mentored.goal } },
    });
    assert.equal(bad.status, 422);
    assert.equal((s.db.prepare('SELECT link_goal_id FROM posts WHERE id = ?').get(ok.id) as { link_goal_id: string }).link_goal_id, own.goal);
    const cleared = await s.request<Post>('PATCH', `/v1/posts/${ok.id}`, { auth: mentee, body: { link: null } });
    assert.equal(cleared.body.link, null);
    assert.equal(cleared.body.body, 'A post.');
  });
});

describe('reactions', () => {
  it('counts one reaction per person per kind, idempotently, across many people', async () => {
    const t = await thread();
    const p = await post(t.id);
    const first = await s.request<PostReactionUpdate>('PUT', `/v1/posts/${p.id}/reactions/cheer`, { auth: mentor });
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(first.body, { postId: p.id, threadId: t.id, reactions: { cheer: 1, insightful: 0, support: 0, bookmark: 0 }, viewerReactions: ['cheer'] });
    const twice = await s.request<PostReactionUpdate>('PUT', `/v1/posts/${p.id}/reactions/cheer`, { auth: mentor });
    assert.equal(twice.body.reactions.cheer, 1);
    const support = await s.request<PostReactionUpdate>('PUT', `/v1/posts/${p.id}/reactions/support`, { auth: mentor });
    assert.deepEqual(support.body.viewerReactions, ['cheer', 'support']);

    const people = await Promise.all(Array.from({ length: 6 }, (_, i) => s.tokenFor({ externalUserId: `reactor-${i}`, name: `Reactor ${i}` })));
    people.push(acme);
    for (const auth of people) {
      assert.equal((await s.request('PUT', `/v1/posts/${p.id}/reactions/cheer`, { auth })).status, 200);
      assert.equal((await s.request('PUT', `/v1/posts/${p.id}/reactions/cheer`, { auth })).status, 200);
    }
    await s.request('PUT', `/v1/posts/${p.id}/reactions/bookmark`, { auth: people[0]! });
    const fetched = await s.request<Post>('GET', `/v1/posts/${p.id}`, { auth: people[0]! });
    assert.deepEqual(fetched.body.reactions, { cheer: 8, insightful: 0, support: 1, bookmark: 0 }, 'bookmarks are private: never counted');
    assert.deepEqual(fetched.body.viewerReactions, ['cheer', 'bookmark']);
    assert.deepEqual((await s.request<Post>('GET', `/v1/posts/${p.id}`, { auth: pk })).body.viewerReactions, []);
    assert.equal((await s.request<Thread>('GET', `/v1/threads/${t.id}`)).body.counts.reactions, 9, 'the bookmark is not counted');
    assert.equal(count('SELECT COUNT(*) AS n FROM reactions WHERE post_id = ?', p.id), 10);

    const removed = await s.request<PostReactionUpdate>('DELETE', `/v1/posts/${p.id}/reactions/cheer`, { auth: mentor });
    assert.equal(removed.status, 200);
    assert.deepEqual(removed.body.reactions, { cheer: 7, insightful: 0, support: 1, bookmark: 0 });
    assert.deepEqual(removed.body.viewerReactions, ['support']);
    const removedAgain = await s.request<PostReactionUpdate>('DELETE', `/v1/posts/${p.id}/reactions/cheer`, { auth: mentor });
    assert.equal(removedAgain.body.reactions.cheer, 7);
    assert.equal((await s.request<Thread>('GET', `/v1/threads/${t.id}`)).body.counts.reactions, 8);
  });

  it('emits post.reaction.updated only when the counts change, without anyone’s own reactions', async () => {
    const t = await thread();
    await s.request('PUT', `/v1/threads/${t.id}/follow`, { auth: acme });
    const p = await post(t.id);
    const since = lastSeq();
    await s.request('PUT', `/v1/posts/${p.id}/reactions/insightful`, { auth: mentor });
    await s.request('PUT', `/v1/posts/${p.id}/reactions/insightful`, { auth: mentor });
    await s.request('DELETE', `/v1/posts/${p.id}/reactions/support`, { auth: mentor });
    const emitted = events('post.reaction.updated', since);
    assert.equal(emitted.length, 1);
    assert.deepEqual(emitted[0]!.data, { postId: p.id, threadId: t.id, reactions: { cheer: 0, insightful: 1, support: 0, bookmark: 0 }, viewerReactions: [] });
    assert.deepEqual(new Set(emitted[0]!.audience), new Set(['usr_demomentee', 'usr_acmeemployee']));
    assert.equal(emitted[0]!.public, 1);
    assert.equal(emitted[0]!.thread_id, t.id);
  });

  it('refuses keys (403), unknown kinds (400) and invisible posts (404)', async () => {
    const open = await thread();
    const p = await post(open.id);
    assert.equal((await s.request('PUT', `/v1/posts/${p.id}/reactions/cheer`, { auth: pk })).status, 403);
    assert.equal((await s.request('DELETE', `/v1/posts/${p.id}/reactions/cheer`, { auth: 'sk_test_demo' })).status, 403);
    assert.equal((await s.request('PUT', `/v1/posts/${p.id}/reactions/love`, { auth: mentor })).status, 400);
    const org = await thread('organization');
    const hidden = await post(org.id);
    assert.equal((await s.request('PUT', `/v1/posts/${hidden.id}/reactions/cheer`, { auth: acme })).status, 404);
    assert.equal((await s.request('PUT', `/v1/posts/${hidden.id}/reactions/cheer`, { auth: mentor })).status, 200);
    assert.equal((await s.request('PUT', '/v1/posts/post_doesnotexist/reactions/cheer', { auth: mentor })).status, 404);
    assert.equal(count('SELECT COUNT(*) AS n FROM reactions WHERE post_id IN (?, ?)', p.id, hidden.id), 1);
  });
});

describe('comments', () => {
  it('adds comments, lists them oldest first across pages, and counts them', async () => {
    const t = await thread();
    const p = await post(t.id);
    const made: Comment[] = [];
    for (const [i, auth] of [mentor, acme, mentee].entries()) {
      const at = tick();
      const res = await s.request<Comment>('POST', `/v1/posts/${p.id}/comments`, { auth, body: { body: `Comment ${i}` } });
      assert.equal(res.status, 201, res.text);
      assert.match(res.body.id, /^cmt_/);
      assert.equal(res.body.postId, p.id);
      assert.equal(res.body.createdAt, at);
      made.push(res.body);
    }
    assert.deepEqual(
      made.map((c) => c.author.id),
      ['usr_demomentor', 'usr_acmeemployee', 'usr_demomentee'],
    );
    const first = await s.request<CommentList>('GET', `/v1/posts/${p.id}/comments`, { auth: pk, query: { limit: 2 } });
    assert.equal(first.status, 200);
    assert.ok(first.body.nextCursor);
    const second = await s.request<CommentList>('GET', `/v1/posts/${p.id}/comments`, { auth: pk, query: { limit: 2, cursor: first.body.nextCursor! } });
    assert.equal(second.body.nextCursor, null);
    assert.deepEqual(
      [...first.body.data, ...second.body.data].map((c) => c.id),
      made.map((c) => c.id),
    );
    assert.equal((await s.request<Post>('GET', `/v1/posts/${p.id}`)).body.commentCount, 3);
    assert.equal((await s.request<Thread>('GET', `/v1/threads/${t.id}`)).body.counts.comments, 3);
  });

  it('validates, refuses keys and hides comments of invisible posts', async () => {
    const t = await thread();
    const p = await post(t.id);
    const long = await s.request<Problem>('POST', `/v1/posts/${p.id}/comments`, { auth: mentor, body: { body: 'x'.repeat(2001) } });
    assert.equal(long.status, 422);
    assert.ok(long.body.errors?.some((e) => e.pointer === '/body'));
    assert.equal((await s.request('POST', `/v1/posts/${p.id}/comments`, { auth: mentor, body: { body: '' } })).status, 422);
    assert.equal((await s.request('POST', `/v1/posts/${p.id}/comments`, { auth: pk, body: { body: 'By a key' } })).status, 403);
    assert.equal(count('SELECT COUNT(*) AS n FROM comments WHERE post_id = ?', p.id), 0);
    const hidden = await post((await thread('private')).id);
    assert.equal((await s.request('POST', `/v1/posts/${hidden.id}/comments`, { auth: mentor, body: { body: 'Peek' } })).status, 404);
    assert.equal((await s.request('GET', `/v1/posts/${hidden.id}/comments`, { auth: mentor })).status, 404);
    assert.equal((await s.request('GET', `/v1/posts/${hidden.id}/comments`, { auth: mentee })).status, 200);
    const headers = { 'Idempotency-Key': 'comment-retry-0001' };
    const a = await s.request<Comment>('POST', `/v1/posts/${p.id}/comments`, { auth: mentor, headers, body: { body: 'Once' } });
    const b = await s.request<Comment>('POST', `/v1/posts/${p.id}/comments`, { auth: mentor, headers, body: { body: 'Once' } });
    assert.equal(a.body.id, b.body.id);
    assert.equal(count('SELECT COUNT(*) AS n FROM comments WHERE post_id = ?', p.id), 1);
  });
});

describe('deletePost', () => {
  it('removes the post with its reactions and comments, and the thread totals follow', async () => {
    const t = await thread();
    const keep = await post(t.id, { body: 'Stays' });
    const doomed = await post(t.id, { body: 'Goes' });
    for (const auth of [mentor, acme]) {
      await s.request('PUT', `/v1/posts/${doomed.id}/reactions/cheer`, { auth });
      await s.request('POST', `/v1/posts/${doomed.id}/comments`, { auth, body: { body: 'Nice' } });
    }
    await s.request('PUT', `/v1/posts/${keep.id}/reactions/support`, { auth: mentor });
    await s.request('POST', `/v1/posts/${keep.id}/comments`, { auth: mentor, body: { body: 'Keep going' } });
    const counts = (await s.request<Thread>('GET', `/v1/threads/${t.id}`)).body.counts;
    assert.deepEqual(counts, { posts: 2, followers: 0, reactions: 3, comments: 3 });

    assert.equal((await s.request('DELETE', `/v1/posts/${doomed.id}`, { auth: mentee })).status, 204);
    assert.equal(count('SELECT COUNT(*) AS n FROM reactions WHERE post_id = ?', doomed.id), 0);
    assert.equal(count('SELECT COUNT(*) AS n FROM comments WHERE post_id = ?', doomed.id), 0);
    assert.equal(count('SELECT COUNT(*) AS n FROM reactions WHERE post_id = ?', keep.id), 1);
    const after = await s.request<Thread>('GET', `/v1/threads/${t.id}`);
    assert.deepEqual(after.body.counts, { posts: 1, followers: 0, reactions: 1, comments: 1 });
    assert.equal(after.body.lastPostAt, keep.createdAt);
    assert.equal((await s.request('GET', `/v1/posts/${doomed.id}/comments`)).status, 404);
  });
});

describe('events', () => {
  it('sends thread.post.created to the owner and followers, publicly for public threads', async () => {
    const t = await thread('public');
    const reader = await s.tokenFor({ externalUserId: 'event-reader', name: 'Event Reader' });
    await s.request('PUT', `/v1/threads/${t.id}/follow`, { auth: acme });
    await s.request('PUT', `/v1/threads/${t.id}/follow`, { auth: reader });
    const since = lastSeq();
    const p = await post(t.id, { kind: 'breakthrough', body: 'It clicked' });
    const emitted = events('thread.post.created', since);
    assert.equal(emitted.length, 1);
    const readerId = (s.db.prepare("SELECT id FROM users WHERE external_id = 'event-reader'").get() as { id: string }).id;
    assert.deepEqual(new Set(emitted[0]!.audience), new Set(['usr_demomentee', 'usr_acmeemployee', readerId]));
    assert.equal(emitted[0]!.public, 1);
    assert.equal(emitted[0]!.thread_id, t.id);
    assert.equal(emitted[0]!.data.id, p.id);
    assert.equal(emitted[0]!.data.body, 'It clicked');
    assert.deepEqual(emitted[0]!.data.viewerReactions, []);
  });

  it('keeps organization and private threads out of public streams and away from those who cannot see them', async () => {
    const t = await thread('organization');
    await s.request('PUT', `/v1/threads/${t.id}/follow`, { auth: mentor });
    let since = lastSeq();
    await post(t.id);
    let emitted = events('thread.post.created', since);
    assert.deepEqual(emitted[0]!.audience, ['usr_demomentee', 'usr_demomentor']);
    assert.equal(emitted[0]!.public, 0);
    assert.equal(emitted[0]!.thread_id, null);

    // Made private after people followed it: it stops reaching them.
    await s.request('PATCH', `/v1/threads/${t.id}`, { auth: mentee, body: { visibility: 'private' } });
    since = lastSeq();
    await post(t.id);
    emitted = events('thread.post.created', since);
    assert.deepEqual(emitted[0]!.audience, ['usr_demomentee']);
    assert.equal(emitted[0]!.public, 0);
  });

  it('treats unlisted threads as public for watchers of that thread', async () => {
    const t = await thread('unlisted');
    const since = lastSeq();
    await post(t.id);
    const emitted = events('thread.post.created', since);
    assert.equal(emitted[0]!.public, 1);
    assert.equal(emitted[0]!.thread_id, t.id);
  });
});
