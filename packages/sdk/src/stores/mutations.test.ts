// Writes through the stores against the in-process sandbox behind msw: optimistic changes
// and their exact rollback, the offline outbox (idempotency keys, replay once, a lost answer
// replayed without doubling), drafts. The sandbox answers; handlers in front only hold a
// request, cut the connection, or replay a real error answer of the sandbox.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { createSandbox } from '@menteo/sandbox';
import { fast, mockApi, sleep } from '../../test/support/mock-api.js';
import { FakeStorage, network } from '../../test/support/offline.js';
import { API, type Captured } from '../../test/support/sandbox-data.js';
import { MenteoCore, type ClientOptions } from '../core/client-core.js';
import { APIError } from '../core/errors.js';
import { createStores, withTotals, type MenteoStores, type StoresOptions } from './index.js';
import { until, waitFor, mounted } from '../../test/support/store-waits.js';

const api = mockApi();
const thread = 'thr_learningtolead';
const postsPath = `/v1/threads/${thread}/posts`;
const roadmap = 'senior-engineer-to-engineering-manager';
let token: string;
let internalError: Captured; // a real 500 of a sandbox whose database went away

before(async () => {
  token = await api.data.tokenFor('demo-mentee');
  const broken = createSandbox({ db: ':memory:', mentors: 50, log: () => {} });
  broken.db.close();
  internalError = await api.data.capture('POST', postsPath, { body: { kind: 'update', body: 'x' } }, broken.app);
  assert.equal(internalError.status, 500);
});

const core = (options: ClientOptions = {}) => new MenteoCore({ token, ...fast, maxRetries: 0, ...options });
const stores: MenteoStores[] = [];
const make = (options: StoresOptions = {}, client: ClientOptions = {}) => {
  const made = createStores(core(client), { live: false, graceMs: 5, storage: new FakeStorage(), ...options });
  stores.push(made);
  return made;
};
after(() => {
  for (const s of stores) s.dispose();
});

/** A gate a handler waits at until the test opens it. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

let seq = 0;
const unique = (what: string) => `${what} (stores test ${process.pid}-${++seq})`;
const postsWithBody = (body: string) => api.data.db.prepare('SELECT id FROM posts WHERE body = ?').pluck().all(body) as string[];
const withoutPending = <T extends { pending?: unknown }>(items: readonly T[]) => items.filter((i) => !i.pending);

describe('optimistic writes', () => {
  it('a new post shows at once as pending, then as the server’s post; the thread counts it once', async () => {
    const s = make();
    const $posts = s.threadPosts(thread);
    const $thread = s.thread(thread);
    const stops = [await mounted($posts, (p) => p.loaded), await mounted($thread, (t) => !!t.data)];
    const count = $thread.get().data!.counts.posts;
    const hold = gate();
    api.server.use(
      http.post(`${API}${postsPath}`, async ({ request }) => {
        await hold.opened;
        return api.data.forward(request);
      }),
    );
    const body = unique('Ran my first skip-level');
    const created = s.createPost(thread, { kind: 'update', body });
    const optimistic = $posts.get().items[0]!;
    assert.equal(optimistic.body, body);
    assert.equal(optimistic.pending, 'sending');
    assert.match(optimistic.id, /^pending_menteo-/);
    assert.equal(optimistic.author.id, 'usr_demomentee'); // the thread's owner, the only one who may post

    hold.open();
    const post = await created;
    const state = $posts.get();
    assert.equal(state.items[0]!.id, post.id);
    assert.equal(state.items[0]!.pending, undefined);
    assert.equal(state.items.filter((p) => p.body === body).length, 1);
    assert.equal($thread.get().data!.counts.posts, count + 1);
    assert.deepEqual(postsWithBody(body), [post.id]);
    assert.deepEqual((s.storage as FakeStorage).outbox(), []);
    for (const stop of stops) stop();
  });

  for (const [status, make403] of [
    [403, true],
    [500, false],
  ] as const) {
    it(`a post the server refuses (${status}) is rolled back exactly and the error exposed`, async () => {
      const s = make();
      // 403: a public thread someone else owns; 500: a real internal error of the sandbox.
      const target = make403
        ? (api.data.db.prepare("SELECT id FROM threads WHERE owner_id <> 'usr_demomentee' AND visibility = 'public' LIMIT 1").pluck().get() as string)
        : thread;
      if (!make403) api.server.use(http.post(`${API}${postsPath}`, () => internalError.replay()));
      const $posts = s.threadPosts(target);
      const stop = await mounted($posts, (p) => p.loaded);
      const before = $posts.get().items;
      const body = unique('Not mine to write');
      const created = s.createPost(target, { kind: 'update', body });
      assert.equal($posts.get().items.length, before.length + 1);
      await assert.rejects(created, (error: unknown) => error instanceof APIError && error.status === status);
      assert.deepEqual($posts.get().items, before);
      const lastError = s.lastError.get();
      assert.ok(lastError instanceof APIError);
      assert.equal(lastError.status, status);
      assert.deepEqual((s.storage as FakeStorage).outbox(), []);
      assert.deepEqual(postsWithBody(body), []);
      s.clearError();
      assert.equal(s.lastError.get(), undefined);
      stop();
    });
  }

  it('a reaction counts at once; a failed one is undone exactly while another that succeeded stays', async () => {
    const s = make();
    const $posts = s.threadPosts(thread);
    const stop = await mounted($posts, (p) => p.loaded);
    const post = withoutPending($posts.get().items).find((p) => p.viewerReactions.length === 0)!;
    const cheer = post.reactions.cheer;
    const support = post.reactions.support;
    assert.ok(!post.viewerReactions.includes('cheer') && !post.viewerReactions.includes('support'));
    const failing = gate();
    api.server.use(
      http.put(`${API}/v1/posts/:postId/reactions/support`, async () => {
        await failing.opened;
        return internalError.replay();
      }),
    );
    const find = () => $posts.get().items.find((p) => p.id === post.id)!;

    const supported = s.toggleReaction(post.id, 'support');
    const cheered = s.toggleReaction(post.id, 'cheer');
    assert.equal(find().reactions.support, support + 1);
    assert.equal(find().reactions.cheer, cheer + 1);
    assert.deepEqual([...find().viewerReactions].sort(), ['cheer', 'support']);
    const update = await cheered;
    assert.deepEqual(update.viewerReactions, ['cheer']);
    failing.open();
    await assert.rejects(supported, APIError);

    assert.equal(find().reactions.support, support);
    assert.equal(find().reactions.cheer, cheer + 1);
    assert.deepEqual(find().viewerReactions, ['cheer']);
    assert.equal((s.lastError.get() as APIError).status, 500);

    // Toggling again removes it, on the server too.
    await s.toggleReaction(post.id, 'cheer');
    assert.equal(find().reactions.cheer, cheer);
    assert.deepEqual(find().viewerReactions, []);
    stop();
  });

  it('progress changes at once with the percentage recomputed as the API does; a refusal restores it exactly', async () => {
    const s = make();
    const $progress = s.roadmapProgress(roadmap);
    const stop = await mounted($progress, (p) => !!p.data);
    const before = $progress.get().data!;
    const step = before.steps.find((x) => x.state === 'todo' || x.state === 'doing')!;
    const hold = gate();
    api.server.use(
      http.put(`${API}/v1/roadmaps/:id/progress/:step`, async ({ request }) => {
        await hold.opened;
        return api.data.forward(request);
      }),
    );
    const updated = s.updateProgress(roadmap, step.stepId, { state: 'done', note: 'Shadowed two 1:1s' });
    const optimistic = $progress.get().data!;
    const finished = before.doneCount + before.skippedCount + 1;
    assert.equal(optimistic.doneCount, before.doneCount + 1);
    assert.equal(optimistic.percent, Math.round((finished / before.steps.length) * 100));
    assert.equal(optimistic.steps.find((x) => x.stepId === step.stepId)!.note, 'Shadowed two 1:1s');
    hold.open();
    const server = await updated;
    const confirmed = $progress.get().data!;
    assert.deepEqual(confirmed, server);
    assert.equal(server.percent, optimistic.percent);
    assert.equal(server.currentStepId, optimistic.currentStepId);
    assert.deepEqual(withTotals(server), server);

    // A note over 2000 characters: the sandbox answers 422 and the change is undone.
    await assert.rejects(
      s.updateProgress(roadmap, step.stepId, { state: 'skipped', note: 'x'.repeat(2001) }),
      (e: unknown) => e instanceof APIError && e.status === 422,
    );
    assert.deepEqual($progress.get().data, confirmed);
    // Put the step back for the other tests.
    await s.updateProgress(roadmap, step.stepId, { state: step.state, note: step.note });
    stop();
  });

  it('a message shows at once and is confirmed; one to a finished room (409) is rolled back', async () => {
    const s = make();
    const room = api.data.flagshipRoomId();
    const $messages = s.roomMessages(room);
    const stop = await mounted($messages, (m) => m.loaded);
    const body = unique('See you Thursday');
    const sent = s.sendMessage(room, { body });
    assert.equal($messages.get().items[0]!.body, body);
    assert.ok($messages.get().items[0]!.pending);
    const message = await sent;
    assert.equal($messages.get().items[0]!.id, message.id);
    assert.equal($messages.get().items[0]!.pending, undefined);

    const finished = api.data.db.prepare("SELECT id FROM rooms WHERE mentee_id = 'usr_demomentee' AND status = 'completed'").pluck().get() as string;
    const $closed = s.roomMessages(finished);
    const stopClosed = await mounted($closed, (m) => m.loaded);
    const before = $closed.get().items;
    await assert.rejects(s.sendMessage(finished, { body: unique('Too late') }), (e: unknown) => e instanceof APIError && e.status === 409);
    assert.deepEqual($closed.get().items, before);
    stop();
    stopClosed();
  });

  it('a room transition updates the room and refreshes room lists; an illegal one rejects', async () => {
    const s = make();
    const room = api.data.flagshipRoomId();
    const $room = s.room(room);
    const $rooms = s.rooms({ status: ['paused'] });
    const stops = [await mounted($room, (r) => !!r.data), await mounted($rooms, (r) => r.loaded)];
    assert.ok(!$rooms.get().items.some((r) => r.id === room));
    const paused = await s.transitionRoom(room, 'pause', { reason: 'Parental leave' });
    assert.equal(paused.status, 'paused');
    assert.equal($room.get().data?.status, 'paused');
    await until($rooms, (r) => r.items.some((x) => x.id === room));
    await assert.rejects(s.transitionRoom(room, 'accept'), (e: unknown) => e instanceof APIError && e.status === 409);
    assert.equal((s.lastError.get() as APIError).code, 'invalid_transition');
    await s.transitionRoom(room, 'resume');
    assert.equal($room.get().data?.status, 'active');
    for (const stop of stops) stop();
  });
});

describe('offline outbox', () => {
  it('keeps offline posts in storage with their keys, shows them queued, sends each once when online returns', async () => {
    const net = network();
    net.set(false);
    const storage = new FakeStorage();
    const s = make({ storage, online: net.online, onOnline: net.onOnline });
    const $posts = s.threadPosts(thread);
    const stop = await mounted($posts, (p) => p.loaded);
    const bodies = [unique('Offline one'), unique('Offline two')];
    const sent = bodies.map((body) => s.createPost(thread, { kind: 'update', body }));
    // Stored under the person once the outbox knows who is signed in (GET /v1/me).
    await waitFor(() => storage.outbox().length === 2);
    await sleep(10);
    assert.equal(api.callsTo(postsPath, 'POST').length, 0);
    const queued = storage.outbox();
    for (const e of queued) assert.equal(e.userId, 'usr_demomentee');
    assert.deepEqual(
      queued.map((e) => [e.kind, e.target, e.body.body]),
      bodies.map((body) => ['post', thread, body]),
    );
    for (const e of queued) assert.match(e.key, /^menteo-[0-9a-f-]{36}$/);
    assert.deepEqual(
      $posts
        .get()
        .items.slice(0, 2)
        .map((p) => [p.body, p.pending]),
      [...bodies].reverse().map((body) => [body, 'queued']),
    );
    assert.equal(s.outbox.entries.get().length, 2);

    net.set(true);
    const posts = await Promise.all(sent);
    const calls = api.callsTo(postsPath, 'POST');
    assert.deepEqual(
      calls.map((c) => c.headers.get('idempotency-key')),
      queued.map((e) => e.key),
    );
    assert.deepEqual(storage.outbox(), []);
    for (const [i, body] of bodies.entries()) assert.deepEqual(postsWithBody(body), [posts[i]!.id]);
    assert.deepEqual(
      $posts
        .get()
        .items.slice(0, 2)
        .map((p) => [p.id, p.pending]),
      [...posts].reverse().map((p) => [p.id, undefined]),
    );
    stop();
  });

  it('a connection failure keeps the post queued with its key; the retry uses the same key', async () => {
    const storage = new FakeStorage();
    const s = make({ storage });
    let attempts = 0;
    api.server.use(http.post(`${API}${postsPath}`, ({ request }) => (attempts++ === 0 ? HttpResponse.error() : api.data.forward(request))));
    const body = unique('Flaky network');
    const created = s.createPost(thread, { kind: 'update', body });
    await waitFor(() => attempts === 1 && s.outbox.entries.get().length === 1);
    await sleep(10);
    assert.equal(storage.outbox()[0]?.body.body, body);
    await s.flush();
    const post = await created;
    const keys = api.callsTo(postsPath, 'POST').map((c) => c.headers.get('idempotency-key'));
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
    assert.deepEqual(postsWithBody(body), [post.id]);
    assert.deepEqual(storage.outbox(), []);
  });

  it('committed but the answer lost: the replay, and a replay from a reloaded page, do not double it', async () => {
    const storage = new FakeStorage();
    const s = make({ storage });
    // The sandbox handles and commits the post; the connection dies before the answer arrives.
    api.server.use(
      http.post(`${API}${postsPath}`, async ({ request }) => {
        await api.data.forward(request);
        return HttpResponse.error();
      }),
    );
    const body = unique('Committed, answer lost');
    const created = s.createPost(thread, { kind: 'milestone', body });
    await until(s.outbox.entries, (e) => e.length === 1);
    await sleep(20);
    assert.equal(postsWithBody(body).length, 1, 'the first attempt committed');
    const reloaded = storage.copy(); // what another tab, or this page after a reload, still has
    api.server.resetHandlers();

    await s.flush();
    const post = await created;
    assert.deepEqual(postsWithBody(body), [post.id]);
    assert.deepEqual(storage.outbox(), []);

    // A second page with the old outbox sends the entry again: the same key, the same post.
    const again = make({ storage: reloaded });
    const $posts = again.threadPosts(thread);
    const stop = await mounted($posts, (p) => p.loaded);
    await again.flush();
    assert.deepEqual(reloaded.outbox(), []);
    assert.deepEqual(postsWithBody(body), [post.id]);
    assert.equal($posts.get().items.filter((p) => p.body === body).length, 1);
    const replays = api.callsTo(postsPath, 'POST');
    assert.equal(new Set(replays.map((c) => c.headers.get('idempotency-key'))).size, 1);
    stop();
  });

  it('a reloaded page shows the queued entries as pending; a replay the server refuses is dropped and reported', async () => {
    const net = network();
    net.set(false);
    const storage = new FakeStorage();
    const first = make({ storage, online: net.online, onOnline: net.onOnline });
    const other = api.data.db.prepare("SELECT id FROM threads WHERE owner_id <> 'usr_demomentee' AND visibility = 'public' LIMIT 1").pluck().get() as string;
    const body = unique('Written offline before a reload');
    void first.createPost(thread, { kind: 'update', body });
    void first.createPost(other, { kind: 'update', body });
    await waitFor(() => storage.outbox().length === 2); // in storage once the person is known
    first.dispose();

    const second = make({ storage, online: net.online, onOnline: net.onOnline });
    const $posts = second.threadPosts(thread);
    const stop = await mounted($posts, (p) => p.loaded);
    // Shown once the outbox knows whose entries to show.
    await until($posts, (p) => p.items[0]?.body === body);
    assert.deepEqual([$posts.get().items[0]!.body, $posts.get().items[0]!.pending], [body, 'queued']);

    net.set(true);
    await until(second.outbox.entries, (e) => e.length === 0);
    assert.equal(postsWithBody(body).length, 1);
    assert.equal($posts.get().items[0]!.pending, undefined);
    assert.equal((second.lastError.get() as APIError).status, 403);
    stop();
  });

  it('a 503 keeps the post queued rather than undoing it', async () => {
    const storage = new FakeStorage();
    const s = make({ storage });
    const unavailable = await api.data.unavailable();
    api.server.use(http.post(`${API}${postsPath}`, () => unavailable.replay()));
    const body = unique('Server busy');
    const created = s.createPost(thread, { kind: 'update', body });
    await until(s.outbox.entries, (e) => e.length === 1);
    await sleep(10);
    assert.equal(storage.outbox().length, 1);
    api.server.resetHandlers();
    await s.flush();
    await created;
    assert.equal(postsWithBody(body).length, 1);
  });

  it('storage that refuses writes (full) keeps the outbox in memory: the post is still sent', async () => {
    const net = network();
    net.set(false);
    const storage = new FakeStorage();
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const s = make({ storage, online: net.online, onOnline: net.onOnline });
    const body = unique('Written with a full disk');
    const created = s.createPost(thread, { kind: 'update', body });
    assert.equal(s.outbox.entries.get().length, 1);
    net.set(true);
    const post = await created;
    assert.deepEqual(postsWithBody(body), [post.id]);
    assert.equal(s.outbox.entries.get().length, 0);
  });

  it('drafts survive a reload; an empty draft is forgotten', async () => {
    const storage = new FakeStorage();
    const s = make({ storage });
    // Typed before the person is known: kept, and stored as theirs once known.
    s.draft(`post:${thread}`).set('Half a thought');
    assert.equal(s.draft(`post:${thread}`), s.draft(`post:${thread}`));
    await waitFor(() => storage.map.has(`menteo.drafts:${API}:usr_demomentee`));
    const reloaded = make({ storage });
    await until(reloaded.draft(`post:${thread}`), (text) => text === 'Half a thought');
    reloaded.draft(`post:${thread}`).set('');
    assert.equal(storage.map.size, 0);
  });
});
