// The live feed's listeners: each `listen` can be undone, and the store domains that listen
// undo theirs when their context is disposed, so a torn-down stores object keeps no handler
// (and no store) reachable from a feed. A fake subscription delivers the events by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MenteoCore } from '../core/client-core.js';
import { createStores, memoryStorage } from './index.js';
import { LiveFeed, type LiveEvent, type Subscribe } from './live.js';

/** A feed over a subscription that hands its handler to the test. */
function feed(): { live: LiveFeed; deliver: (event: LiveEvent) => void } {
  let handler: ((event: LiveEvent) => void) | undefined;
  const subscribe: Subscribe = (_params, h) => {
    handler = h;
    return { lastEventId: undefined, close: () => {} };
  };
  const live = new LiveFeed(subscribe, () => {});
  live.watch();
  return { live, deliver: (event) => handler?.(event) };
}

const opened = (live: LiveFeed) =>
  new Promise<void>((resolve) => {
    const check = () => (live.open ? resolve() : setTimeout(check, 1));
    check();
  });

const event = (id: string): LiveEvent =>
  ({ id, type: 'roadmap.progress.updated', createdAt: '2026-05-10T08:00:00.000Z', data: { roadmapId: 'rdm_x', steps: [] } }) as unknown as LiveEvent;

describe('LiveFeed.listen', () => {
  it('returns the undo: a removed listener hears nothing more, the others still do', async () => {
    const { live, deliver } = feed();
    await opened(live);
    const heard: string[] = [];
    const other: string[] = [];
    const unlisten = live.listen((e) => heard.push(e.id));
    live.listen((e) => other.push(e.id));
    deliver(event('1'));
    unlisten();
    unlisten(); // twice is harmless
    deliver(event('2'));
    assert.deepEqual(heard, ['1']);
    assert.deepEqual(other, ['1', '2']);
  });

  it('the same function listening twice is removed once per undo', async () => {
    const { live, deliver } = feed();
    await opened(live);
    const heard: string[] = [];
    const listener = (e: LiveEvent) => heard.push(e.id);
    const first = live.listen(listener);
    live.listen(listener);
    first();
    deliver(event('1'));
    assert.deepEqual(heard, ['1']);
  });

  it('every listener the store domains add is removed when the stores are disposed', () => {
    const added: (() => void)[] = [];
    const removed = new Set<() => void>();
    const listen = LiveFeed.prototype.listen;
    LiveFeed.prototype.listen = function (this: LiveFeed, listener) {
      const undo = listen.call(this, listener);
      const recorded = () => {
        removed.add(recorded);
        undo();
      };
      added.push(recorded);
      return recorded;
    };
    try {
      const stores = createStores(new MenteoCore({ publishableKey: 'pk_test_demo', token: 'tok_unused' }), { storage: memoryStorage() });
      // Each getter of a live domain makes it (and its listener); none sends a request until subscribed.
      stores.rooms();
      stores.threadPosts('thr_learningtolead');
      stores.roadmapProgress('senior-engineer-to-engineering-manager');
      stores.roomReviews('room_x');
      stores.roomSessions('room_x');
      stores.introCalls();
      assert.ok(added.length >= 6, `listeners added: ${added.length}`);
      assert.equal(removed.size, 0);
      stores.dispose();
      assert.equal(removed.size, added.length, 'every listener was removed');
    } finally {
      LiveFeed.prototype.listen = listen;
    }
  });
});

describe('LiveFeed.watch', () => {
  it('opens at once for something new, and closes once when several stores let go a few milliseconds apart', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const opens: string[] = [];
    const closes: string[] = [];
    const subscribe: Subscribe = (params) => {
      const key = params.threadIds?.join() ?? '';
      opens.push(key);
      return { lastEventId: undefined, close: () => closes.push(key) };
    };
    const live = new LiveFeed(subscribe, () => {});
    const unwatchA = live.watch('thr_a');
    const unwatchB = live.watch('thr_b');
    t.mock.timers.tick(0);
    assert.deepEqual(opens, ['thr_a,thr_b']);

    // Stores unmount one timer at a time: A lets go, then B a few milliseconds later.
    unwatchA();
    t.mock.timers.tick(5);
    unwatchB();
    t.mock.timers.tick(500);
    assert.deepEqual(opens, ['thr_a,thr_b'], 'not reopened for thr_b alone in between');
    assert.deepEqual(closes, ['thr_a,thr_b']);
    assert.equal(live.open, false);

    // A new watch while a narrowing waits is not held back by it.
    const unwatchC = live.watch('thr_c');
    t.mock.timers.tick(0);
    assert.deepEqual(opens, ['thr_a,thr_b', 'thr_c']);
    const unwatchD = live.watch('thr_d');
    unwatchC();
    t.mock.timers.tick(0);
    assert.deepEqual(opens.at(-1), 'thr_d');
    unwatchD();
    live.close();
  });
});
