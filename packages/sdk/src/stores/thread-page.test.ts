// Finding a page's thread through the stores, against the in-process sandbox behind msw.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { mounted } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { createStoreContext, memoryStorage, threadPageStores, type StoreContext } from './index.js';

const api = mockApi();
const contexts: StoreContext[] = [];
const make = () => {
  const context = createStoreContext(new MenteoCore({ publishableKey: 'pk_test_demo', ...fast, maxRetries: 0 }), {
    live: false,
    graceMs: 5,
    storage: memoryStorage(),
  });
  contexts.push(context);
  return context;
};
after(() => {
  for (const c of contexts) c.dispose();
});

const page = `https://blog.example/leading-${process.pid}`;
let threadId: string;

before(async () => {
  const owner = await api.data.tokenFor('demo-mentee');
  const res = await api.data.fetch('POST', '/v1/threads', { auth: owner, body: { title: 'Found by its page', visibility: 'public', canonicalUrl: page } });
  threadId = ((await res.json()) as { id: string }).id;
});

describe('thread page stores', () => {
  it('finds the thread of a page from the URL as the browser has it', async () => {
    const $thread = threadPageStores(make()).threadForPage(`${page}/?utm_source=feed#comments`);
    const stop = await mounted($thread, (s) => s.data !== undefined);
    assert.equal($thread.get().data?.id, threadId);
    assert.match($thread.get().data!.htmlUrl, new RegExp(`/t/${threadId}$`));
    stop();
  });

  it('holds null for a page without a thread', async () => {
    const $thread = threadPageStores(make()).threadForPage('https://blog.example/no-thread-here');
    const stop = await mounted($thread, (s) => s.data !== undefined);
    assert.equal($thread.get().data, null);
    stop();
  });
});
