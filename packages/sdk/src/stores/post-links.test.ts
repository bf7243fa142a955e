// A post linked to a room goal through the stores: shown at once with the link as written,
// then with the goal's title from the server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { mounted, until } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { createStoreContext, memoryStorage, threadStores, type StoreContext } from './index.js';

const api = mockApi();
const contexts: StoreContext[] = [];
after(() => {
  for (const c of contexts) c.dispose();
});

let owner: string;
before(async () => {
  owner = await api.data.tokenFor('demo-mentee');
});

describe('post links in the stores', () => {
  it('a pending post carries its link without titles; the server’s post brings the goal’s title', async () => {
    const context = createStoreContext(new MenteoCore({ token: owner, ...fast, maxRetries: 0 }), { live: false, graceMs: 5, storage: memoryStorage() });
    contexts.push(context);
    const goal = api.data.db
      .prepare(
        "SELECT g.id, g.room_id AS roomId, g.title FROM goals g JOIN rooms r ON r.id = g.room_id WHERE r.mentee_id = 'usr_demomentee' ORDER BY g.id LIMIT 1",
      )
      .get() as { id: string; roomId: string; title: string };
    const res = await api.data.fetch('POST', '/v1/threads', { auth: owner, body: { title: `Linked posts ${process.pid}`, visibility: 'public' } });
    const threadId = ((await res.json()) as { id: string }).id;
    const $posts = threadStores(context).threadPosts(threadId);
    const stop = await mounted($posts, (s) => s.loaded);
    const link = { kind: 'room_goal' as const, roomId: goal.roomId, goalId: goal.id };
    const creating = threadStores(context).createPost(threadId, { kind: 'update', body: 'Halfway to the goal.', link });
    // Shown once the outbox's module is in (no thread of the writer's was shown before on this page).
    await until($posts, (state) => !!state.items[0]?.pending);
    assert.deepEqual($posts.get().items[0]!.link, { ...link, goalTitle: null }, 'pending: as written');
    const post = await creating;
    assert.deepEqual(post.link, { ...link, goalTitle: goal.title });
    assert.deepEqual($posts.get().items[0]!.link, { ...link, goalTitle: goal.title });
    stop();
  });
});
