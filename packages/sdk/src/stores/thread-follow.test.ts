// Following through the stores, against the in-process sandbox behind msw: the optimistic
// toggle (and its undo), and another reader's follow moving an open page's count live.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi, sleep } from '../../test/support/mock-api.js';
import { mounted, until, waitFor } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { APIError } from '../core/errors.js';
import { createStoreContext, memoryStorage, threadStores, type StoreContext } from './index.js';

const api = mockApi();
const contexts: StoreContext[] = [];
const make = (token?: string, live = false) => {
  const context = createStoreContext(new MenteoCore({ ...(token ? { token } : { publishableKey: 'pk_test_demo' }), ...fast, maxRetries: 0 }), {
    live,
    graceMs: 5,
    storage: memoryStorage(),
  });
  contexts.push(context);
  return context;
};
after(() => {
  for (const c of contexts) c.dispose();
});

let owner: string; // demo-mentee
let reader: string; // demo-mentor
let other: string; // acme-employee

async function freshThread(): Promise<string> {
  const res = await api.data.fetch('POST', '/v1/threads', { auth: owner, body: { title: `Follow stores ${process.pid}`, visibility: 'public' } });
  return ((await res.json()) as { id: string }).id;
}

before(async () => {
  owner = await api.data.tokenFor('demo-mentee');
  reader = await api.data.tokenFor('demo-mentor');
  other = await api.data.tokenFor('acme-employee');
});

describe('follow stores', () => {
  it('toggles following and the count at once, then keeps the server’s answer', async () => {
    const threadId = await freshThread();
    const context = make(reader);
    const $thread = threadStores(context).thread(threadId);
    const stop = await mounted($thread, (s) => !!s.data);
    assert.equal($thread.get().data!.viewer?.following, false);
    const following = threadStores(context).toggleFollow(threadId);
    assert.equal($thread.get().data!.viewer?.following, true, 'shown before the server answered');
    assert.equal($thread.get().data!.counts.followers, 1);
    const answer = await following;
    assert.equal(answer.counts.followers, 1);
    assert.equal($thread.get().data!.counts.followers, 1);
    await threadStores(context).toggleFollow(threadId);
    assert.equal($thread.get().data!.viewer?.following, false);
    assert.equal($thread.get().data!.counts.followers, 0);
    stop();
  });

  it('undoes a follow the server refuses (the owner’s own thread: 409)', async () => {
    const threadId = await freshThread();
    const context = make(owner);
    const $thread = threadStores(context).thread(threadId);
    const stop = await mounted($thread, (s) => !!s.data);
    const refused = threadStores(context).toggleFollow(threadId, true);
    assert.equal($thread.get().data!.counts.followers, 1, 'optimistic');
    await assert.rejects(refused, (e: unknown) => e instanceof APIError && e.status === 409);
    assert.equal($thread.get().data!.viewer?.following, false);
    assert.equal($thread.get().data!.counts.followers, 0);
    assert.ok(context.lastError.get() instanceof APIError);
    stop();
  });

  it('another reader’s follow moves the count on a page without a token, live', async () => {
    const threadId = await freshThread();
    const watcher = make(undefined, true);
    const $thread = threadStores(watcher).thread(threadId);
    const stop = await mounted($thread, (s) => !!s.data);
    await waitFor(() => api.callsTo('/v1/events').some((c) => c.url.searchParams.get('threadIds') === threadId));
    await sleep(60);
    await threadStores(make(other)).toggleFollow(threadId, true);
    const state = await until($thread, (s) => s.data?.counts.followers === 1);
    assert.equal(state.data!.viewer, null, 'a key caller has no viewer, event or not');
    stop();
  });
});
