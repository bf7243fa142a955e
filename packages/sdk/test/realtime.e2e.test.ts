// End to end: client.events against a real sandbox over real HTTP (no mocks): a signed-in
// subscriber and a publishable-key widget both see a new post, a closed subscriber resumes
// exactly where it left off, `stream()` lets go of its connection on `break`, and the
// polling transport sees the same events as the stream.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { Menteo } from '../src/client.js';
import type { Event, SubscribeOptions, Subscription } from '../src/realtime/events.js';

const thread = 'thr_learningtolead';
const limit = { timeout: 20_000 };

async function until(condition: () => boolean, what: string, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
const postIds = (events: Event[]) => events.map((e) => (e.type === 'thread.post.created' ? e.data.id : `(${e.type})`));

/** Subscribes and resolves once the stream is open (a subscription without `lastEventId` starts at "now"). */
async function listen(client: Menteo, params: Parameters<Menteo['events']['subscribe']>[0], options: SubscribeOptions = {}) {
  const received: Event[] = [];
  const errors: unknown[] = [];
  let sub!: Subscription;
  await new Promise<void>((resolve) => {
    sub = client.events.subscribe(params, (event) => received.push(event), { ...options, onOpen: resolve, onError: (e) => errors.push(e) });
  });
  return { sub, received, errors };
}

describe('realtime end to end (sandbox over HTTP)', () => {
  let s: TestSandbox;
  let mentee: Menteo;
  let widget: Menteo;
  const signals: AbortSignal[] = [];

  before(async () => {
    s = await startSandbox();
    mentee = new Menteo({ baseUrl: s.url, token: () => s.tokenFor('demo-mentee') });
    widget = new Menteo({
      baseUrl: s.url,
      publishableKey: 'pk_test_demo',
      // Records each request's signal, to see that the SDK lets go of its connections.
      fetch: (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return fetch(input, init);
      },
    });
  });
  after(() => s.close());

  let firstEventId: string;

  it('delivers a new post to its author (token) and to a widget watching the thread (publishable key)', limit, async () => {
    const own = await listen(mentee, {});
    const watching = await listen(widget, { threadIds: [thread] });
    const post = await mentee.threads.posts.create(thread, { kind: 'milestone', body: 'Ran my first **skip-level** 1:1' });
    await until(() => own.received.length >= 1 && watching.received.length >= 1, 'the post on both subscriptions');
    await settle();
    for (const { sub, received, errors } of [own, watching]) {
      sub.close();
      assert.equal(await sub.closed, undefined);
      assert.deepEqual(errors, []);
      assert.equal(received.length, 1);
      const event = received[0]!;
      assert.equal(event.type, 'thread.post.created');
      if (event.type === 'thread.post.created') {
        assert.equal(event.data.id, post.id);
        assert.equal(event.data.threadId, thread);
        assert.equal(event.data.body, post.body);
      }
      assert.equal(sub.lastEventId, event.id);
    }
    assert.equal(own.received[0]!.id, watching.received[0]!.id, 'one event, one id, for every subscriber');
    firstEventId = own.received[0]!.id;
  });

  it('resumes after a close with lastEventId: exactly what was missed, in order', limit, async () => {
    const first = await listen(widget, { threadIds: [thread] }, { lastEventId: firstEventId });
    const before = await mentee.threads.posts.create(thread, { kind: 'breakthrough', body: 'Delegated the release' });
    await until(() => first.received.length === 1, 'the live post');
    first.sub.close();
    await first.sub.closed;
    const resumeFrom = first.sub.lastEventId!;
    assert.deepEqual(postIds(first.received), [before.id]);

    const missed = [];
    for (const body of ['One', 'Two', 'Three']) missed.push(await mentee.threads.posts.create(thread, { kind: 'milestone', body }));
    const resumed = await listen(widget, { threadIds: [thread] }, { lastEventId: resumeFrom });
    await until(() => resumed.received.length >= 3, 'the three missed posts');
    await settle();
    resumed.sub.close();
    await resumed.sub.closed;
    assert.deepEqual(
      postIds(resumed.received),
      missed.map((p) => p.id),
    );
    assert.ok(resumed.received.every((e, i) => i === 0 || Number(e.id) > Number(resumed.received[i - 1]!.id)));
    assert.deepEqual(resumed.errors, []);
  });

  it('stream(): for await yields the posts; break closes the connection', limit, async () => {
    signals.length = 0;
    const created = [];
    for (const body of ['Alpha', 'Beta']) created.push(await mentee.threads.posts.create(thread, { kind: 'milestone', body }));
    const seen: Event[] = [];
    for await (const event of widget.events.stream({ threadIds: [thread], types: ['thread.post.created'] }, { lastEventId: firstEventId })) {
      seen.push(event);
      if (event.type === 'thread.post.created' && event.data.id === created[1]!.id) break;
    }
    assert.equal(seen.at(-1)!.type, 'thread.post.created');
    assert.deepEqual(
      postIds(seen).slice(-2),
      created.map((p) => p.id),
    );
    assert.equal(signals.length, 1, 'one connection');
    assert.equal(signals[0]!.aborted, true, 'the connection was released');
  });

  it('the polling transport receives the same events as the stream', limit, async () => {
    const streamed: Event[] = [];
    for await (const event of widget.events.stream({ threadIds: [thread] }, { lastEventId: firstEventId })) {
      streamed.push(event);
      if (streamed.length === 6) break;
    }
    const polled = await listen(widget, { threadIds: [thread] }, { lastEventId: firstEventId, transport: 'poll', pollIntervalMs: 50 });
    await until(() => polled.received.length >= 6, 'six polled events');
    const live = await mentee.threads.posts.create(thread, { kind: 'milestone', body: 'Polled live' });
    await until(() => polled.received.length >= 7, 'the live post, polled');
    await settle();
    polled.sub.close();
    await polled.sub.closed;
    assert.deepEqual(polled.received.slice(0, 6), streamed);
    assert.deepEqual(postIds(polled.received.slice(6)), [live.id]);
    assert.deepEqual(polled.errors, []);
  });
});
