// The comment stores against the in-process sandbox behind msw: paging a post's comments
// oldest first, and adding one as a signed-in person.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { MenteoCore } from '../core/client-core.js';
import { APIError } from '../core/errors.js';
import { commentStores, createStoreContext, memoryStorage, type StoreContext } from './index.js';
import { mounted, until } from '../../test/support/store-waits.js';

const api = mockApi();
const contexts: StoreContext[] = [];
const make = (token?: string) => {
  const context = createStoreContext(new MenteoCore({ ...(token ? { token } : { publishableKey: 'pk_test_demo' }), ...fast, maxRetries: 0 }), {
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

let postId: string;
let expected: string[];

before(() => {
  // A public post with more comments than one page holds.
  postId = api.data.db
    .prepare(
      "SELECT p.id FROM posts p JOIN threads t ON t.id = p.thread_id WHERE t.visibility = 'public' AND p.comment_count > 0 ORDER BY p.comment_count DESC LIMIT 1",
    )
    .pluck()
    .get() as string;
  expected = api.data.db.prepare('SELECT id FROM comments WHERE post_id = ? ORDER BY created_at, id').pluck().all(postId) as string[];
  assert.ok(expected.length > 0);
});

describe('comment stores', () => {
  it('loads a post’s comments oldest first, page by page, for a key caller', async () => {
    const $comments = commentStores(make()).postComments(postId);
    assert.equal($comments, commentStores(contexts.at(-1)!).postComments(postId), 'one store per post');
    const stop = await mounted($comments, (s) => s.loaded);
    while ($comments.get().hasMore) await $comments.loadMore();
    assert.deepEqual(
      $comments.get().items.map((c) => c.id),
      expected,
    );
    assert.equal(typeof $comments.get().items[0]!.author.name, 'string');
    stop();
  });

  it('adds a comment as the signed-in person and appends it to the loaded list', async () => {
    const context = make(await api.data.tokenFor('demo-mentor'));
    const { postComments, addComment } = commentStores(context);
    const $comments = postComments(postId);
    const stop = await mounted($comments, (s) => s.loaded);
    while ($comments.get().hasMore) await $comments.loadMore();
    const body = `Well done (comments test ${process.pid})`;
    const comment = await addComment(postId, body);
    assert.equal(comment.body, body);
    assert.equal(comment.author.id, 'usr_demomentor');
    await until($comments, (s) => s.items.at(-1)?.id === comment.id);
    assert.equal(api.data.db.prepare('SELECT body FROM comments WHERE id = ?').pluck().get(comment.id), body);
    stop();
  });

  it('rejects a comment from a key caller and records the error', async () => {
    const context = make();
    await assert.rejects(commentStores(context).addComment(postId, 'anonymous'), (error: unknown) => error instanceof APIError && error.status >= 400);
    assert.ok(context.lastError.get() instanceof APIError);
  });
});
