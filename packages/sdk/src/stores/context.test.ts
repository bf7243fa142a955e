// A store context's lifetime: what is made on it is stopped with it, even when it is made late.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MenteoCore } from '../core/client-core.js';
import { createStoreContext } from './context.js';
import { liveFeed } from './live.js';
import { memoryStorage } from './storage.js';

/** A context whose client counts the requests it would send (the address is closed: none gets an answer). */
const context = () => {
  let requests = 0;
  const fetch: typeof globalThis.fetch = () => {
    requests++;
    return Promise.reject(new TypeError('fetch failed'));
  };
  const core = new MenteoCore({ publishableKey: 'pk_test_demo', baseUrl: 'http://127.0.0.1:9', maxRetries: 0, fetch });
  return { context: createStoreContext(core, { storage: memoryStorage() }), requests: () => requests };
};

describe('store context', () => {
  it('runs every cleanup once, at dispose()', () => {
    const { context: c } = context();
    const runs: string[] = [];
    c.onDispose(() => runs.push('a'));
    c.onDispose(() => runs.push('b'));
    assert.deepEqual(runs, []);
    c.dispose();
    c.dispose();
    assert.deepEqual(runs, ['a', 'b']);
  });

  it('stops at once what is made on it after dispose(): a live feed asked for late never opens', async () => {
    const { context: c, requests } = context();
    c.dispose();
    let stopped = false;
    c.onDispose(() => (stopped = true));
    assert.equal(stopped, true, 'a cleanup registered after dispose() runs at once');
    const feed = liveFeed(c);
    feed.watch('thr_learningtolead');
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(feed.open, false);
    assert.equal(requests(), 0, 'no event stream asked for');
  });
});
