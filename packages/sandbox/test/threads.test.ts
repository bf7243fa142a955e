import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { openDatabase } from '../src/db/database.js';
import { seedDatabase } from '../src/seed/index.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Thread = components['schemas']['Thread'];
type ThreadList = components['schemas']['ThreadList'];
type Post = components['schemas']['Post'];
type PostList = components['schemas']['PostList'];
type Problem = components['schemas']['Problem'];

let s: TestSandbox;
let mentee: string; // owner of the test threads (org_demo)
let mentor: string; // same organization
let acme: string; // another organization
const pk = 'pk_test_demo';
const sk = 'sk_test_demo';

// The clock is frozen at t0 and only moves forward by seconds: user tokens live 15 minutes.
let t0 = 0;
function setClock(seconds: number): string {
  const date = new Date(t0 + seconds * 1000);
  s.setNow(date);
  return date.toISOString();
}

before(async () => {
  s = await startSandbox({ mentors: 60 });
  t0 = Math.ceil(s.now().getTime() / 1000) * 1000 + 1000;
  setClock(0);
  mentee = await s.tokenFor('demo-mentee');
  mentor = await s.tokenFor('demo-mentor');
  acme = await s.tokenFor('acme-employee');
});
after(() => s.close());

async function createThread(auth: string, body: Record<string, unknown>): Promise<Thread> {
  const res = await s.request<Thread>('POST', '/v1/threads', { auth, body });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

async function listAll(auth: string, query: Record<string, string | number | boolean | undefined>): Promise<Thread[]> {
  const all: Thread[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const res = await s.request<ThreadList>('GET', '/v1/threads', { auth, query: { ...query, limit: 100, cursor } });
    assert.equal(res.status, 200, res.text);
    all.push(...res.body.data);
    if (!res.body.nextCursor) return all;
    cursor = res.body.nextCursor;
  }
  throw new Error('listing never ended');
}

describe('visibility', () => {
  const threads: Record<Thread['visibility'], Thread> = {} as Record<Thread['visibility'], Thread>;
  const posts: Record<string, Post> = {};

  before(async () => {
    for (const visibility of ['public', 'unlisted', 'organization', 'private'] as const) {
      threads[visibility] = await createThread(mentee, { title: `Matrix ${visibility} thread`, visibility, tags: ['matrix'] });
      const post = await s.request<Post>('POST', `/v1/threads/${threads[visibility].id}/posts`, {
        auth: mentee,
        body: { kind: 'update', body: `A post on the ${visibility} thread` },
      });
      assert.equal(post.status, 201, post.text);
      posts[visibility] = post.body;
    }
  });

  // Who may retrieve, per visibility: [publishable, secret, owner, same-org user, other-org user].
  const retrieveMatrix: Record<Thread['visibility'], [number, number, number, number, number]> = {
    public: [200, 200, 200, 200, 200],
    unlisted: [200, 200, 200, 200, 200],
    organization: [404, 404, 200, 200, 404],
    private: [404, 404, 200, 404, 404],
  };
  // Who finds it in a listing (unlisted is never listed except to the owner).
  const listMatrix: Record<Thread['visibility'], [boolean, boolean, boolean, boolean, boolean]> = {
    public: [true, true, true, true, true],
    unlisted: [false, false, true, false, false],
    organization: [false, false, true, true, false],
    private: [false, false, true, false, false],
  };
  const callers = () => [pk, sk, mentee, mentor, acme];
  const names = ['publishable key', 'secret key', 'owner', 'same-org user', 'other-org user'];

  for (const visibility of ['public', 'unlisted', 'organization', 'private'] as const) {
    it(`retrieves a ${visibility} thread, its posts and a post only for those allowed`, async () => {
      for (const [i, auth] of callers().entries()) {
        const expected = retrieveMatrix[visibility][i]!;
        const thread = await s.request<Thread | Problem>('GET', `/v1/threads/${threads[visibility].id}`, { auth });
        assert.equal(thread.status, expected, `${names[i]} retrieving ${visibility}`);
        const list = await s.request('GET', `/v1/threads/${threads[visibility].id}/posts`, { auth });
        assert.equal(list.status, expected, `${names[i]} listing posts of ${visibility}`);
        const post = await s.request('GET', `/v1/posts/${posts[visibility]!.id}`, { auth });
        assert.equal(post.status, expected, `${names[i]} retrieving a post of ${visibility}`);
        if (expected === 404) assert.equal((thread.body as Problem).code, 'not_found');
      }
    });

    it(`lists a ${visibility} thread only to those allowed`, async () => {
      for (const [i, auth] of callers().entries()) {
        const listed = await listAll(auth, { owner: 'usr_demomentee', tag: 'matrix' });
        assert.equal(
          listed.some((t) => t.id === threads[visibility].id),
          listMatrix[visibility][i],
          `${names[i]} listing ${visibility}`,
        );
      }
    });
  }

  it('shows viewer only to user callers', async () => {
    const byKey = await s.request<Thread>('GET', `/v1/threads/${threads.public.id}`, { auth: pk });
    assert.equal(byKey.body.viewer, null);
    const byOwner = await s.request<Thread>('GET', `/v1/threads/${threads.public.id}`, { auth: mentee });
    assert.deepEqual(byOwner.body.viewer, { isOwner: true, following: false });
    const byOther = await s.request<Thread>('GET', `/v1/threads/${threads.public.id}`, { auth: acme });
    assert.deepEqual(byOther.body.viewer, { isOwner: false, following: false });
  });

  it('hides the seeded Acme organization thread from other organizations', async () => {
    assert.equal((await s.request('GET', '/v1/threads/thr_acmeaccessibility', { auth: mentee })).status, 404);
    assert.equal((await s.request('GET', '/v1/threads/thr_acmeaccessibility', { auth: 'pk_test_acme' })).status, 404);
    const own = await s.request<Thread>('GET', '/v1/threads/thr_acmeaccessibility', { auth: acme });
    assert.equal(own.status, 200);
    assert.equal(own.body.visibility, 'organization');
    const colleague = await s.tokenFor({ externalUserId: 'acme-colleague', name: 'Acme Colleague', org: 'acme' });
    assert.equal((await s.request('GET', '/v1/threads/thr_acmeaccessibility', { auth: colleague })).status, 200);
    const listed = await listAll(colleague, {});
    assert.ok(listed.some((t) => t.id === 'thr_acmeaccessibility'));
    assert.ok(!(await listAll(mentor, {})).some((t) => t.id === 'thr_acmeaccessibility'));
    const post = s.db.prepare("SELECT id FROM posts WHERE thread_id = 'thr_acmeaccessibility' LIMIT 1").get() as { id: string };
    assert.equal((await s.request('GET', `/v1/posts/${post.id}`, { auth: mentee })).status, 404);
    assert.equal((await s.request('PUT', `/v1/posts/${post.id}/reactions/cheer`, { auth: mentee })).status, 404);
    assert.equal((await s.request('GET', `/v1/posts/${post.id}/comments`, { auth: mentee })).status, 404);
  });

  it('answers 404 for a thread that does not exist and 400 for a malformed id', async () => {
    assert.equal((await s.request('GET', '/v1/threads/thr_doesnotexist1', { auth: mentee })).status, 404);
    assert.equal((await s.request('GET', '/v1/threads/not-a-thread', { auth: mentee })).status, 400);
  });
});

describe('createThread', () => {
  it('creates a thread with defaults and answers 201', async () => {
    const thread = await createThread(mentor, { title: 'Mentoring, what I learned', summary: 'Notes.', tags: ['mentoring', 'lessons-learned'] });
    assert.match(thread.id, /^thr_/);
    assert.equal(thread.visibility, 'public');
    assert.equal(thread.owner.id, 'usr_demomentor');
    assert.deepEqual(thread.counts, { posts: 0, followers: 0, reactions: 0, comments: 0 });
    assert.equal(thread.lastPostAt, null);
    assert.equal(thread.canonicalUrl, null);
    const row = s.db.prepare('SELECT owner_org_id, tags FROM threads WHERE id = ?').get(thread.id) as { owner_org_id: string; tags: string };
    assert.equal(row.owner_org_id, 'org_demo');
    assert.deepEqual(JSON.parse(row.tags), ['mentoring', 'lessons-learned']);
  });

  it('rejects invalid bodies with 422 and names the field, writing nothing', async () => {
    const before = (s.db.prepare('SELECT COUNT(*) AS n FROM threads').get() as { n: number }).n;
    const cases: [Record<string, unknown>, string][] = [
      [{ title: 'ab' }, '/title'],
      [{ title: 'x'.repeat(141) }, '/title'],
      [{ title: 'Fine title', tags: ['Not Kebab'] }, '/tags/0'],
      [{ title: 'Fine title', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, '/tags'],
      [{ title: 'Fine title', visibility: 'secret' }, '/visibility'],
      [{ title: 'Fine title', canonicalUrl: 'not a url' }, '/canonicalUrl'],
      [{ title: 'Fine title', summary: 'x'.repeat(1001) }, '/summary'],
      [{ title: 'Fine title', extra: true }, ''],
    ];
    for (const [body, pointer] of cases) {
      const res = await s.request<Problem>('POST', '/v1/threads', { auth: mentee, body });
      assert.equal(res.status, 422, JSON.stringify(body));
      assert.equal(res.body.code, 'validation_failed');
      assert.ok(
        res.body.errors?.some((e) => e.pointer.startsWith(pointer)),
        `${JSON.stringify(body)} → ${JSON.stringify(res.body.errors)}`,
      );
    }
    assert.equal((s.db.prepare('SELECT COUNT(*) AS n FROM threads').get() as { n: number }).n, before);
  });

  it('refuses keys (403) and missing credentials (401)', async () => {
    assert.equal((await s.request('POST', '/v1/threads', { auth: pk, body: { title: 'By a key' } })).status, 403);
    assert.equal((await s.request('POST', '/v1/threads', { auth: sk, body: { title: 'By a key' } })).status, 403);
    assert.equal((await s.request('POST', '/v1/threads', { auth: null, body: { title: 'Nobody' } })).status, 401);
  });

  it('replays a retried create with the same Idempotency-Key', async () => {
    const headers = { 'Idempotency-Key': 'thread-create-retry-1' };
    const first = await s.request<Thread>('POST', '/v1/threads', { auth: mentee, headers, body: { title: 'Created once' } });
    const second = await s.request<Thread>('POST', '/v1/threads', { auth: mentee, headers, body: { title: 'Created once' } });
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.body.id, first.body.id);
    assert.equal((s.db.prepare("SELECT COUNT(*) AS n FROM threads WHERE title = 'Created once'").get() as { n: number }).n, 1);
  });
});

describe('updateThread', () => {
  it('lets the owner change fields, stamps updatedAt and reindexes tags', async () => {
    const createdAt = setClock(10);
    const thread = await createThread(mentee, { title: 'Before the edit', tags: ['old-tag'], canonicalUrl: 'https://priya.dev/a' });
    const updatedAt = setClock(20);
    const res = await s.request<Thread>('PATCH', `/v1/threads/${thread.id}`, {
      auth: mentee,
      body: { title: 'After the edit', tags: ['new-tag'], summary: 'Now with a summary', canonicalUrl: null },
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.title, 'After the edit');
    assert.equal(res.body.summary, 'Now with a summary');
    assert.equal(res.body.canonicalUrl, null);
    assert.deepEqual(res.body.tags, ['new-tag']);
    assert.equal(res.body.createdAt, createdAt);
    assert.equal(res.body.updatedAt, updatedAt);
    assert.ok((await listAll(pk, { tag: 'new-tag' })).some((t) => t.id === thread.id));
    assert.ok(!(await listAll(pk, { tag: 'old-tag' })).some((t) => t.id === thread.id));
    // Fields not sent stay as they were.
    const again = await s.request<Thread>('PATCH', `/v1/threads/${thread.id}`, { auth: mentee, body: { visibility: 'private' } });
    assert.equal(again.body.title, 'After the edit');
    assert.equal(again.body.visibility, 'private');
    assert.equal((await s.request('GET', `/v1/threads/${thread.id}`, { auth: pk })).status, 404);
  });

  it('answers 403 to someone who can see it and 404 to someone who cannot', async () => {
    const open = await createThread(mentee, { title: 'Open thread to patch' });
    const org = await createThread(mentee, { title: 'Org thread to patch', visibility: 'organization' });
    assert.equal((await s.request<Problem>('PATCH', `/v1/threads/${open.id}`, { auth: mentor, body: { title: 'Hijack' } })).status, 403);
    assert.equal((await s.request('PATCH', `/v1/threads/${open.id}`, { auth: acme, body: { title: 'Hijack' } })).status, 403);
    assert.equal((await s.request('PATCH', `/v1/threads/${org.id}`, { auth: mentor, body: { title: 'Hijack' } })).status, 403);
    assert.equal((await s.request('PATCH', `/v1/threads/${org.id}`, { auth: acme, body: { title: 'Hijack' } })).status, 404);
    assert.equal((await s.request('PATCH', `/v1/threads/${open.id}`, { auth: pk, body: { title: 'Hijack' } })).status, 403);
    assert.equal((await s.request('PATCH', `/v1/threads/${open.id}`, { auth: mentee, body: {} })).status, 422);
    const row = s.db.prepare('SELECT title FROM threads WHERE id = ?').get(open.id) as { title: string };
    assert.equal(row.title, 'Open thread to patch');
  });
});

describe('follow', () => {
  it('follows and unfollows idempotently, keeping counts right', async () => {
    const thread = await createThread(mentee, { title: 'Follow me' });
    const first = await s.request<Thread>('PUT', `/v1/threads/${thread.id}/follow`, { auth: acme });
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(first.body.viewer, { isOwner: false, following: true });
    assert.equal(first.body.counts.followers, 1);
    const again = await s.request<Thread>('PUT', `/v1/threads/${thread.id}/follow`, { auth: acme });
    assert.equal(again.body.counts.followers, 1);
    const second = await s.request<Thread>('PUT', `/v1/threads/${thread.id}/follow`, { auth: mentor });
    assert.equal(second.body.counts.followers, 2);
    const byKey = await s.request<Thread>('GET', `/v1/threads/${thread.id}`, { auth: pk });
    assert.equal(byKey.body.counts.followers, 2);

    const gone = await s.request<Thread>('DELETE', `/v1/threads/${thread.id}/follow`, { auth: acme });
    assert.equal(gone.status, 200);
    assert.deepEqual(gone.body.viewer, { isOwner: false, following: false });
    assert.equal(gone.body.counts.followers, 1);
    const goneAgain = await s.request<Thread>('DELETE', `/v1/threads/${thread.id}/follow`, { auth: acme });
    assert.equal(goneAgain.body.counts.followers, 1);
    assert.equal((s.db.prepare('SELECT COUNT(*) AS n FROM thread_follows WHERE thread_id = ?').get(thread.id) as { n: number }).n, 1);
  });

  it('lists followed threads with following=true (user tokens only)', async () => {
    const reader = await s.tokenFor({ externalUserId: 'follow-reader', name: 'Follow Reader' });
    const a = await createThread(mentee, { title: 'Followed A' });
    await createThread(mentee, { title: 'Not followed B' });
    assert.equal((await s.request('PUT', `/v1/threads/${a.id}/follow`, { auth: reader })).status, 200);
    const listed = await listAll(reader, { following: true });
    assert.deepEqual(
      listed.map((t) => t.id),
      [a.id],
    );
    assert.ok(listed.every((t) => t.viewer?.following === true));
    const byKey = await s.request<Problem>('GET', '/v1/threads', { auth: pk, query: { following: true } });
    assert.equal(byKey.status, 400);
    assert.equal(byKey.body.code, 'invalid_parameter');
  });

  it('refuses owners (409), keys (403) and invisible threads (404)', async () => {
    const thread = await createThread(mentee, { title: 'Mine to follow?' });
    assert.equal((await s.request<Problem>('PUT', `/v1/threads/${thread.id}/follow`, { auth: mentee })).status, 409);
    assert.equal((await s.request('PUT', `/v1/threads/${thread.id}/follow`, { auth: pk })).status, 403);
    const hidden = await createThread(mentee, { title: 'Private, unfollowable', visibility: 'private' });
    assert.equal((await s.request('PUT', `/v1/threads/${hidden.id}/follow`, { auth: mentor })).status, 404);
    assert.equal((await s.request('DELETE', `/v1/threads/${hidden.id}/follow`, { auth: mentor })).status, 404);
  });
});

describe('listThreads', () => {
  it('orders by latest activity, then id, across pages without repeats or gaps', async () => {
    const all = await listAll(pk, {});
    const keys = all.map((t) => [t.lastPostAt && t.lastPostAt > t.updatedAt ? t.lastPostAt : t.updatedAt, t.id] as const);
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      assert.ok(a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]), `order at ${i}: ${a.join(' ')} then ${b.join(' ')}`);
    }
    assert.equal(new Set(all.map((t) => t.id)).size, all.length);
    const paged: Thread[] = [];
    let cursor: string | undefined;
    do {
      const res = await s.request<ThreadList>('GET', '/v1/threads', { auth: pk, query: { limit: 7, cursor } });
      assert.ok(res.body.data.length <= 7);
      paged.push(...res.body.data);
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    assert.deepEqual(
      paged.map((t) => t.id),
      all.map((t) => t.id),
    );
  });

  it('moves a thread to the top when it gets a post', async () => {
    const createdAt = setClock(30);
    const thread = await createThread(mentee, { title: 'Sleepy thread' });
    setClock(40);
    const other = await createThread(mentor, { title: 'Newer thread' });
    let top = await s.request<ThreadList>('GET', '/v1/threads', { auth: pk, query: { limit: 1 } });
    assert.equal(top.body.data[0]!.id, other.id);
    const postedAt = setClock(50);
    await s.request('POST', `/v1/threads/${thread.id}/posts`, { auth: mentee, body: { kind: 'update', body: 'Waking up' } });
    top = await s.request<ThreadList>('GET', '/v1/threads', { auth: pk, query: { limit: 1 } });
    assert.equal(top.body.data[0]!.id, thread.id);
    assert.equal(top.body.data[0]!.lastPostAt, postedAt);
    assert.equal(top.body.data[0]!.updatedAt, createdAt);
  });

  it('filters by owner, tag and q', async () => {
    const thread = await createThread(acme, { title: 'Quokka-sized experiments', summary: 'Tiny 100% weekly bets', tags: ['quokka-tag'] });
    assert.deepEqual(
      (await listAll(pk, { tag: 'quokka-tag' })).map((t) => t.id),
      [thread.id],
    );
    assert.deepEqual(
      (await listAll(pk, { q: 'QUOKKA' })).map((t) => t.id),
      [thread.id],
    );
    assert.deepEqual(
      (await listAll(pk, { q: '100% weekly' })).map((t) => t.id),
      [thread.id],
    );
    // `%` and `_` are literal, not wildcards.
    assert.equal((await listAll(pk, { q: '1_0%' })).length, 0);
    const byOwner = await listAll(pk, { owner: 'usr_acmeemployee' });
    assert.ok(byOwner.length >= 1 && byOwner.every((t) => t.owner.id === 'usr_acmeemployee'));
    assert.ok(byOwner.every((t) => t.visibility === 'public'));
  });

  it('rejects bad parameters and foreign cursors with 400', async () => {
    assert.equal((await s.request('GET', '/v1/threads', { query: { limit: 0 } })).status, 400);
    assert.equal((await s.request('GET', '/v1/threads', { query: { tag: 'Not A Tag' } })).status, 400);
    assert.equal((await s.request('GET', '/v1/threads', { query: { owner: 'nobody' } })).status, 400);
    const bad = await s.request<Problem>('GET', '/v1/threads', { query: { cursor: 'garbage.cursor' } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.code, 'invalid_cursor');
    const posts = await s.request<PostList>('GET', '/v1/threads/thr_learningtolead/posts', { query: { limit: 1 } });
    const foreign = await s.request<Problem>('GET', '/v1/threads', { query: { cursor: posts.body.nextCursor! } });
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body.code, 'invalid_cursor');
  });
});

describe('seed', () => {
  it('seeds at least 30 public threads of 5–25 posts, with links, reactions and comments', () => {
    const open = s.db
      .prepare("SELECT id, post_count, owner_id FROM threads WHERE visibility = 'public' AND id IN (SELECT thread_id FROM posts) AND created_at < ?")
      .all(new Date(t0 - 86_400_000).toISOString()) as { id: string; post_count: number; owner_id: string }[];
    const story = open.filter((t) => t.id !== 'thr_learningtolead');
    assert.ok(story.length >= 30, `${story.length} public threads`);
    for (const t of story) assert.ok(t.post_count >= 5 && t.post_count <= 25, `${t.id} has ${t.post_count} posts`);
    const mentorOwned = story.filter((t) => s.db.prepare('SELECT 1 FROM mentors WHERE user_id = ?').get(t.owner_id));
    assert.ok(mentorOwned.length >= 15, `${mentorOwned.length} owned by mentors`);
    const kinds = s.db.prepare('SELECT DISTINCT kind FROM posts').all() as { kind: string }[];
    assert.equal(kinds.length, 5);
    const linked = s.db.prepare("SELECT link_roadmap_id, link_step_id FROM posts WHERE link_kind = 'roadmap_step'").all() as {
      link_roadmap_id: string;
      link_step_id: string;
    }[];
    assert.ok(linked.length >= 5, `${linked.length} posts linked to steps`);
    for (const l of linked) assert.ok(s.db.prepare('SELECT 1 FROM roadmap_steps WHERE id = ? AND roadmap_id = ?').get(l.link_step_id, l.link_roadmap_id));
    const reactors = s.db.prepare('SELECT COUNT(DISTINCT user_id) AS n FROM reactions').get() as { n: number };
    assert.ok(reactors.n >= 30, `${reactors.n} people reacted`);
    assert.ok((s.db.prepare('SELECT COUNT(*) AS n FROM comments').get() as { n: number }).n >= 50);
  });

  it('keeps the counters equal to the rows they count', () => {
    const drift = s.db
      .prepare(
        `SELECT t.id FROM threads t WHERE
           t.post_count <> (SELECT COUNT(*) FROM posts p WHERE p.thread_id = t.id)
           OR t.follower_count <> (SELECT COUNT(*) FROM thread_follows f WHERE f.thread_id = t.id)
           OR t.reaction_count <> (SELECT COUNT(*) FROM reactions r JOIN posts p ON p.id = r.post_id WHERE p.thread_id = t.id AND r.kind <> 'bookmark')
           OR t.comment_count <> (SELECT COUNT(*) FROM comments c JOIN posts p ON p.id = c.post_id WHERE p.thread_id = t.id)
           OR coalesce(t.last_post_at, '') <> coalesce((SELECT MAX(created_at) FROM posts p WHERE p.thread_id = t.id), '')`,
      )
      .all();
    assert.deepEqual(drift, []);
    const postDrift = s.db
      .prepare(
        `SELECT p.id FROM posts p WHERE
           p.cheer_count <> (SELECT COUNT(*) FROM reactions r WHERE r.post_id = p.id AND r.kind = 'cheer')
           OR p.support_count <> (SELECT COUNT(*) FROM reactions r WHERE r.post_id = p.id AND r.kind = 'support')
           OR p.insightful_count <> (SELECT COUNT(*) FROM reactions r WHERE r.post_id = p.id AND r.kind = 'insightful')
           OR p.bookmark_count <> (SELECT COUNT(*) FROM reactions r WHERE r.post_id = p.id AND r.kind = 'bookmark')
           OR p.comment_count <> (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id)`,
      )
      .all();
    assert.deepEqual(postDrift, []);
  });

  it("seeds the demo mentee's thread with a post linked to her room's goal", async () => {
    const res = await s.request<Thread>('GET', '/v1/threads/thr_learningtolead');
    assert.equal(res.status, 200);
    assert.equal(res.body.owner.id, 'usr_demomentee');
    assert.equal(res.body.title, 'Learning to lead: my first year as a tech lead');
    assert.equal(res.body.counts.posts, 12);
    const posts = await s.request<PostList>('GET', '/v1/threads/thr_learningtolead/posts', { query: { limit: 100 } });
    const goalPosts = posts.body.data.filter((p) => p.link?.kind === 'room_goal');
    assert.equal(goalPosts.length, 1);
    const link = goalPosts[0]!.link as components['schemas']['RoomGoalLink'];
    assert.ok(
      s.db
        .prepare("SELECT 1 FROM goals g JOIN rooms r ON r.id = g.room_id WHERE g.id = ? AND r.id = ? AND r.mentee_id = 'usr_demomentee'")
        .get(link.goalId, link.roomId),
    );
  });

  it('seeds an Acme organization thread and a private one', async () => {
    const org = s.db
      .prepare("SELECT owner_id, visibility, post_count FROM threads WHERE owner_id = 'usr_acmeemployee' AND visibility = 'organization'")
      .get() as { post_count: number } | undefined;
    assert.ok(org && org.post_count > 0);
    const priv = s.db.prepare("SELECT id FROM threads WHERE visibility = 'private' AND id = 'thr_priyaprivate'").get();
    assert.ok(priv);
    assert.equal((await s.request('GET', '/v1/threads/thr_priyaprivate', { auth: mentor })).status, 404);
    assert.equal((await s.request('GET', '/v1/threads/thr_priyaprivate', { auth: mentee })).status, 200);
  });

  it('is deterministic: the same seed gives the same threads and posts', () => {
    const snapshot = () => {
      const db = openDatabase(':memory:');
      seedDatabase(db, { seed: 7, mentors: 40, now: new Date('2026-11-01T00:00:00.000Z') });
      const rows = db
        .prepare(
          `SELECT t.id, t.title, t.post_count, t.reaction_count, t.follower_count,
                  (SELECT group_concat(p.id || p.kind || p.created_at || length(p.body), ',') FROM posts p WHERE p.thread_id = t.id) AS posts
           FROM threads t ORDER BY t.id`,
        )
        .all();
      db.close();
      return rows;
    };
    assert.deepEqual(snapshot(), snapshot());
  });
});
