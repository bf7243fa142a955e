// Live stores: the events endpoint (streamed by the in-process sandbox through msw) feeds
// thread posts, reactions, room messages, room status and roadmap progress; one subscription
// per stores object, opened while a live store is subscribed and closed after the last.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi, sleep } from '../../test/support/mock-api.js';
import { MenteoCore, type ClientOptions } from '../core/client-core.js';
import { memoryStorage } from './storage.js';
import { createStores, type MenteoStores, type StoresOptions } from './index.js';
import { until, waitFor, mounted } from '../../test/support/store-waits.js';
import { fetchSignals } from '../../test/support/fetch-signals.js';

const api = mockApi();
const thread = 'thr_learningtolead';
const postsPath = `/v1/threads/${thread}/posts`;
let mentee: string;
let mentor: string;

before(async () => {
  mentee = await api.data.tokenFor('demo-mentee');
  mentor = await api.data.tokenFor('demo-mentor');
});

const made: MenteoStores[] = [];
const make = (client: ClientOptions = {}, options: StoresOptions = {}) => {
  const stores = createStores(new MenteoCore({ publishableKey: 'pk_test_demo', ...fast, maxRetries: 0, ...client }), {
    graceMs: 5,
    storage: memoryStorage(),
    ...options,
  });
  made.push(stores);
  return stores;
};
after(() => {
  for (const s of made) s.dispose();
});

/** Waits until `count` event streams were opened, and the last one is reading from the sandbox. */
async function streams(count: number): Promise<void> {
  await waitFor(() => api.callsTo('/v1/events').length >= count);
  await sleep(60);
}

let seq = 0;
const unique = (what: string) => `${what} (live test ${process.pid}-${++seq})`;
const post = async (token: string, body: string) => {
  const res = await api.data.fetch('POST', postsPath, { auth: token, body: { kind: 'update', body } });
  assert.equal(res.status, 201);
  return (await res.json()) as { id: string };
};

describe('live stores', () => {
  it('posts by others wait in pendingNew until showNew(); the thread counts them', async () => {
    const reader = make();
    const $posts = reader.threadPosts(thread);
    const $thread = reader.thread(thread);
    const stops = [await mounted($posts, (p) => p.loaded), await mounted($thread, (t) => !!t.data)];
    await streams(1);
    assert.deepEqual(api.callsTo('/v1/events')[0]!.url.searchParams.get('threadIds'), thread);
    const count = $thread.get().data!.counts.posts;
    const top = $posts.get().items[0]!.id;

    const { id } = await post(mentee, unique('Week 12: delegated the incident review'));
    const state = await until($posts, (p) => p.pendingNew === 1);
    assert.equal(state.items[0]!.id, top, 'not shown before showNew()');
    await until($thread, (t) => t.data!.counts.posts === count + 1);

    $posts.showNew();
    assert.equal($posts.get().items[0]!.id, id);
    assert.equal($posts.get().items[1]!.id, top);
    assert.equal($posts.get().pendingNew, 0);
    for (const stop of stops) stop();
  });

  it('your own post comes back as an event without doubling or a banner', async () => {
    const writer = make({ token: mentee });
    const $posts = writer.threadPosts(thread);
    const $thread = writer.thread(thread);
    const stops = [await mounted($posts, (p) => p.loaded), await mounted($thread, (t) => !!t.data)];
    await streams(1);
    const count = $thread.get().data!.counts.posts;
    const body = unique('Posted from this page');
    const created = await writer.createPost(thread, { kind: 'update', body });
    // A second page watching the thread proves the event went out before we look.
    const watcher = make();
    const $watched = watcher.threadPosts(thread);
    const stopWatcher = await mounted($watched, (p) => p.loaded);
    await streams(2);
    await post(mentee, unique('And one more from elsewhere'));
    await until($watched, (p) => p.pendingNew === 1);
    await until($posts, (p) => p.pendingNew === 1);
    assert.equal($posts.get().items.filter((p) => p.body === body).length, 1);
    assert.equal($posts.get().items[0]!.id, created.id);
    assert.equal($thread.get().data!.counts.posts, count + 2);
    for (const stop of stops) stop();
    stopWatcher();
  });

  it('reaction counts follow other people’s reactions', async () => {
    const reader = make();
    const $posts = reader.threadPosts(thread);
    const stop = await mounted($posts, (p) => p.loaded);
    await streams(1);
    const target = $posts.get().items.find((p) => !p.pending)!;
    const res = await api.data.fetch('PUT', `/v1/posts/${target.id}/reactions/insightful`, { auth: mentor });
    assert.equal(res.status, 200);
    const { reactions } = (await res.json()) as { reactions: { insightful: number } };
    await until($posts, (p) => p.items.find((x) => x.id === target.id)!.reactions.insightful === reactions.insightful);
    await api.data.fetch('DELETE', `/v1/posts/${target.id}/reactions/insightful`, { auth: mentor });
    stop();
  });

  it('one subscription per stores object, reopened from the last event for a new thread, closed after the last store', async () => {
    const recorder = fetchSignals();
    const signals = () => recorder.to('/v1/events').map((r) => r.signal!);
    const reader = make({ fetch: recorder.fetch });
    const stops = [await mounted(reader.threadPosts(thread), (p) => p.loaded), await mounted(reader.thread(thread), (t) => !!t.data)];
    await streams(1);
    assert.equal(api.callsTo('/v1/events').length, 1);
    await post(mentee, unique('Seen by the first stream'));
    await until(reader.threadPosts(thread), (p) => p.pendingNew === 1);

    const other = api.data.db.prepare("SELECT id FROM threads WHERE visibility = 'public' AND id <> ? LIMIT 1").pluck().get(thread) as string;
    stops.push(await mounted(reader.threadPosts(other), (p) => p.loaded));
    await streams(2);
    const reopened = api.callsTo('/v1/events')[1]!;
    assert.equal(reopened.url.searchParams.get('threadIds'), [thread, other].sort().join(','));
    assert.ok(reopened.headers.get('last-event-id') ?? reopened.url.searchParams.get('after'), 'resumes after the last event seen');
    assert.equal(signals()[0]!.aborted, true);

    for (const stop of stops) stop();
    await waitFor(() => !reader.live.open);
    await waitFor(() => signals()[1]!.aborted);
    assert.equal(api.callsTo('/v1/events').length, 2);
  });

  it('room messages and room changes reach the other participant', async () => {
    const room = api.data.flagshipRoomId();
    const other = make({ token: mentor, publishableKey: undefined });
    const $messages = other.roomMessages(room);
    const $room = other.room(room);
    const stops = [await mounted($messages, (m) => m.loaded), await mounted($room, (r) => !!r.data)];
    await streams(1);
    assert.equal(api.callsTo('/v1/events')[0]!.url.searchParams.get('threadIds'), null);

    const body = unique('Thursday works for me');
    const sent = await api.data.fetch('POST', `/v1/rooms/${room}/messages`, { auth: mentee, body: { body } });
    assert.equal(sent.status, 201);
    const state = await until($messages, (m) => m.items[0]?.body === body);
    assert.equal(state.items[0]!.author.id, 'usr_demomentee');
    await until($room, (r) => r.data!.lastMessageAt === state.items[0]!.createdAt);

    await api.data.fetch('POST', `/v1/rooms/${room}/pause`, { auth: mentee, body: { reason: 'Conference week' } });
    const paused = await until($room, (r) => r.data!.status === 'paused');
    assert.equal(paused.data!.viewerRole, 'mentor', 'our own view of the room is kept');
    await api.data.fetch('POST', `/v1/rooms/${room}/resume`, { auth: mentee, body: {} });
    await until($room, (r) => r.data!.status === 'active');
    for (const stop of stops) stop();
  });

  it('roadmap progress follows the same person’s other device', async () => {
    const slug = 'senior-engineer-to-engineering-manager';
    const phone = make({ token: mentee, publishableKey: undefined });
    const laptop = make({ token: mentee, publishableKey: undefined });
    const stops = [await mounted(phone.roadmapProgress(slug), (p) => !!p.data), await mounted(laptop.roadmapProgress(slug), (p) => !!p.data)];
    await streams(2);
    const before = laptop.roadmapProgress(slug).get().data!;
    const step = before.steps.find((s) => s.state === 'todo')!;
    const updated = await phone.updateProgress(slug, step.stepId, { state: 'doing' });
    const seen = await until(laptop.roadmapProgress(slug), (p) => p.data!.steps.find((s) => s.stepId === step.stepId)!.state === 'doing');
    assert.deepEqual(seen.data, updated);
    await phone.updateProgress(slug, step.stepId, { state: 'todo' });
    for (const stop of stops) stop();
  });
});
