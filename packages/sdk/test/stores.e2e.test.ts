// The stores end to end against a real sandbox over HTTP (and its real SSE stream): seeded
// mentors and search pages, a live thread, the offline outbox for real (three posts written
// offline arrive exactly once, a replay changes nothing, and at a 30% fault rate nothing is
// lost or doubled), optimistic progress that persists, and a refused post rolled back.
// Every answer the SDK receives is checked against the contract.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { MenteoCore, type ClientOptions } from '../src/core/client-core.js';
import { PermissionDeniedError } from '../src/core/errors.js';
import { createStores, memoryStorage, type KeyValueStorage, type MenteoStores, type OutboxEntry, type StoresOptions } from '../src/stores/index.js';
import { contractChecks } from './support/contract-hooks.js';
import { until, mounted, waitFor } from './support/store-waits.js';

let s: TestSandbox;
let menteeToken: string;
const checks = contractChecks();
const replayed: string[] = []; // Idempotency-Keys the server answered from its record
const thread = 'thr_learningtolead';
const made: MenteoStores[] = [];

before(async () => {
  s = await startSandbox({ mentors: 120 });
  menteeToken = await s.tokenFor('demo-mentee');
});
after(async () => {
  for (const stores of made) stores.dispose();
  await s.close();
});
afterEach(() => assert.deepEqual(checks.violations, []));

const clientOptions = (base: string): ClientOptions => ({
  baseUrl: base,
  maxRetries: 0,
  retryDelay: { initialDelayMs: 1, maxDelayMs: 5 },
  hooks: {
    beforeRequest: checks.hooks.beforeRequest ?? [],
    afterResponse: [
      ...(checks.hooks.afterResponse ?? []),
      (request, _options, response) => {
        if (response.headers.get('idempotent-replayed') === 'true') replayed.push(request.headers.get('idempotency-key') ?? '');
      },
    ],
  },
});
const make = (client: ClientOptions, options: StoresOptions = {}, base = s.url) => {
  const stores = createStores(new MenteoCore({ ...clientOptions(base), ...client }), { graceMs: 5, storage: memoryStorage(), ...options });
  made.push(stores);
  return stores;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A network switched by the test, and storage a test can copy (another tab, a reload). */
function device() {
  let up = true;
  const listeners = new Set<() => void>();
  const map = new Map<string, string>();
  const storage: KeyValueStorage = { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
  return {
    storage,
    map,
    online: () => up,
    onOnline: (callback: () => void) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    setOnline(value: boolean) {
      up = value;
      if (up) for (const callback of listeners) callback();
    },
  };
}

/** How many posts of the thread carry `body`, counted through the API. */
async function serverCount(body: string, base = s): Promise<number> {
  const res = await base.request<{ data: { body: string }[] }>('GET', `/v1/threads/${thread}/posts`, { auth: menteeToken, query: { limit: 100 } });
  assert.equal(res.status, 200);
  return res.body.data.filter((p) => p.body === body).length;
}

let seq = 0;
const unique = (what: string) => `${what} (stores e2e ${process.pid}-${++seq})`;

describe('stores end to end', () => {
  it('mentor store and a paginated mentor search over seeded data', async () => {
    const stores = make({ publishableKey: 'pk_test_demo' });
    const $mentor = stores.mentor('men_demomentor');
    const stopMentor = await mounted($mentor, (m) => !!m.data);
    const direct = await s.request<{ id: string; name: string }>('GET', '/v1/mentors/men_demomentor');
    assert.equal($mentor.get().data?.name, direct.body.name);

    const params = { helpsWith: ['leadership' as const], sort: 'rating' as const, limit: 4 };
    const $search = stores.mentorSearch(params);
    const stop = await mounted($search, (v) => v.loaded);
    const pages: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 3; i++) {
      const res = await s.request<{ data: { id: string }[]; nextCursor: string | null; totalCount: number }>('GET', '/v1/mentors', {
        query: { ...params, cursor },
      });
      pages.push(...res.body.data.map((m) => m.id));
      cursor = res.body.nextCursor ?? undefined;
      if (i === 0) assert.equal($search.get().totalCount, res.body.totalCount);
    }
    await $search.loadMore();
    await $search.loadMore();
    assert.deepEqual(
      $search.get().items.map((m) => m.id),
      pages,
    );
    assert.equal($search.get().hasMore, cursor !== undefined);
    stop();
    stopMentor();
  });

  it('a thread’s posts update live when another client posts', async () => {
    const reader = make({ publishableKey: 'pk_test_demo' });
    const $posts = reader.threadPosts(thread);
    const $thread = reader.thread(thread);
    const stops = [await mounted($posts, (p) => p.loaded), await mounted($thread, (t) => !!t.data)];
    await sleep(150); // the stream connects
    const posts = $thread.get().data!.counts.posts;
    const body = unique('Shipped the on-call rotation');
    const res = await s.request<{ id: string }>('POST', `/v1/threads/${thread}/posts`, { auth: menteeToken, body: { kind: 'breakthrough', body } });
    assert.equal(res.status, 201);
    await until($posts, (p) => p.pendingNew === 1);
    await until($thread, (t) => t.data!.counts.posts === posts + 1);
    $posts.showNew();
    assert.equal($posts.get().items[0]!.id, res.body.id);
    for (const stop of stops) stop();
  });

  it('the outbox for real: three posts written offline arrive exactly once; replaying again changes nothing', async () => {
    const phone = device();
    phone.setOnline(false);
    const stores = make({ token: menteeToken }, { storage: phone.storage, online: phone.online, onOnline: phone.onOnline, live: false });
    const $posts = stores.threadPosts(thread);
    const stop = await mounted($posts, (p) => p.loaded);
    const bodies = [unique('Offline on the train: 1/3'), unique('Offline on the train: 2/3'), unique('Offline on the train: 3/3')];
    const sent = bodies.map((body) => stores.createPost(thread, { kind: 'update', body }));
    // Stored under the person, once the outbox learned who the token is (GET /v1/me).
    const key = `menteo.outbox:${s.url}:usr_demomentee`;
    await waitFor(() => (JSON.parse(phone.map.get(key) ?? '[]') as OutboxEntry[]).length === 3);
    const queued = JSON.parse(phone.map.get(key)!) as OutboxEntry[];
    assert.deepEqual(
      queued.map((e) => e.body.body),
      bodies,
    );
    assert.equal(new Set(queued.map((e) => e.key)).size, 3);
    assert.deepEqual(
      $posts
        .get()
        .items.slice(0, 3)
        .map((p) => p.pending),
      ['queued', 'queued', 'queued'],
    );
    for (const body of bodies) assert.equal(await serverCount(body), 0);
    const snapshot = new Map(phone.map); // what a second tab (or the page before a crash) still holds

    phone.setOnline(true);
    const created = await Promise.all(sent);
    for (const body of bodies) assert.equal(await serverCount(body), 1);
    assert.equal(phone.map.get(key), undefined);
    assert.deepEqual(
      $posts
        .get()
        .items.slice(0, 3)
        .map((p) => p.id),
      created.map((p) => p.id).reverse(),
    );

    // Replaying the same entries again (same keys): the server answers from its record.
    const tab = device();
    for (const [k, v] of snapshot) tab.map.set(k, v);
    const other = make({ token: menteeToken }, { storage: tab.storage, online: tab.online, onOnline: tab.onOnline, live: false });
    await other.flush();
    await until(other.outbox.entries, (e) => e.length === 0);
    for (const body of bodies) assert.equal(await serverCount(body), 1);
    assert.deepEqual(replayed.filter((key) => queued.some((e) => e.key === key)).sort(), queued.map((e) => e.key).sort());
    stop();
  });

  it('at a 30% fault rate (half of them after the commit) the outbox loses nothing and doubles nothing', async () => {
    const flaky = await startSandbox({ mentors: 50, failRate: 0.3, seed: 7 });
    try {
      const token = await (async () => {
        for (;;) {
          try {
            return await flaky.tokenFor('demo-mentee');
          } catch {
            // the fault injection hit the token request too
          }
        }
      })();
      const phone = device();
      const stores = make({ token }, { storage: phone.storage, online: phone.online, onOnline: phone.onOnline, live: false }, flaky.url);
      const replaysBefore = replayed.length;
      const bodies = Array.from({ length: 20 }, (_, i) => unique(`Flaky network post ${i + 1}`));
      const sent = bodies.map((body) => stores.createPost(thread, { kind: 'update', body }));
      for (let round = 0; round < 100 && stores.outbox.entries.get().length; round++) await stores.flush();
      const posts = await Promise.all(sent);
      assert.equal(stores.outbox.entries.get().length, 0);
      for (const [i, body] of bodies.entries()) {
        assert.deepEqual(flaky.db.prepare('SELECT id FROM posts WHERE body = ?').pluck().all(body), [posts[i]!.id], body);
      }
      assert.ok(replayed.length > replaysBefore, 'some sends were replays of posts committed by an attempt whose answer was lost');
    } finally {
      await flaky.close();
    }
  });

  it('an optimistic progress update is shown at once and persisted', async () => {
    const stores = make({ token: menteeToken }, { live: false });
    const slug = 'your-first-90-days-as-a-tech-lead';
    const $progress = stores.roadmapProgress(slug);
    const stop = await mounted($progress, (p) => !!p.data);
    const before = $progress.get().data!;
    const step = before.steps.find((x) => x.state === 'todo')!;
    const update = stores.updateProgress(slug, step.stepId, { state: 'done', note: 'Met every report 1:1' });
    const optimistic = $progress.get().data!;
    assert.equal(optimistic.percent, Math.round(((before.doneCount + before.skippedCount + 1) / before.steps.length) * 100));
    await update;
    const server = await s.request<typeof optimistic>('GET', `/v1/roadmaps/${slug}/progress`, { auth: menteeToken });
    assert.equal(server.body.percent, optimistic.percent);
    assert.equal(server.body.steps.find((x) => x.stepId === step.stepId)!.state, 'done');
    assert.deepEqual($progress.get().data, server.body);
    stop();
  });

  it('posting to a thread you do not own (403) is rolled back and reported', async () => {
    const stores = make({ token: menteeToken }, { live: false });
    const other = s.db.prepare("SELECT id FROM threads WHERE owner_id <> 'usr_demomentee' AND visibility = 'public' LIMIT 1").pluck().get() as string;
    const $posts = stores.threadPosts(other);
    const stop = await mounted($posts, (p) => p.loaded);
    const before = $posts.get().items;
    const body = unique('Not my thread');
    const attempt = stores.createPost(other, { kind: 'question', body });
    assert.equal($posts.get().items[0]!.body, body);
    await assert.rejects(attempt, PermissionDeniedError);
    assert.deepEqual($posts.get().items, before);
    assert.ok(stores.lastError.get() instanceof PermissionDeniedError);
    assert.equal(stores.outbox.entries.get().length, 0);
    stop();
  });
});
