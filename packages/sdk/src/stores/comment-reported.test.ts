// "Already reported" from the API, kept live (#12): a comment the reader reported reads
// `viewerReported: true` in their comment list, and stays so when its author's edit arrives
// over the stream (the event is built for many readers: false in it). Against the in-process
// sandbox behind msw.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { mounted, until, waitFor } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { commentStores, createStoreContext, memoryStorage, type StoreContext } from './index.js';

const api = mockApi();
const contexts: StoreContext[] = [];
after(() => {
  for (const c of contexts) c.dispose();
});

let owner: string; // demo-mentee
let reader: string; // demo-mentor
let author: string; // acme-employee

before(async () => {
  owner = await api.data.tokenFor('demo-mentee');
  reader = await api.data.tokenFor('demo-mentor');
  author = await api.data.tokenFor('acme-employee');
});

async function call<T>(auth: string, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await api.data.fetch(method, path, { auth, body });
  assert.ok(answer.ok, `${method} ${path}: ${answer.status}`);
  return (await answer.json()) as T;
}

describe('a comment the reader reported', () => {
  it('reads reported in their list, and stays reported when its author’s edit arrives live', async () => {
    const { id: threadId } = await call<{ id: string }>(owner, 'POST', '/v1/threads', { title: `Reported ${process.pid}`, visibility: 'public' });
    const { id: postId } = await call<{ id: string }>(owner, 'POST', `/v1/threads/${threadId}/posts`, { kind: 'question', body: 'Tips?' });
    const { id: commentId } = await call<{ id: string }>(author, 'POST', `/v1/posts/${postId}/comments`, { body: 'Buy cheap pills!' });
    const { id: otherId } = await call<{ id: string }>(author, 'POST', `/v1/posts/${postId}/comments`, { body: 'A fair question.' });
    await call(reader, 'PUT', `/v1/comments/${commentId}/report`, { reason: 'spam' });
    const context = createStoreContext(new MenteoCore({ token: reader, ...fast, maxRetries: 0 }), { graceMs: 5, storage: memoryStorage() });
    contexts.push(context);
    const $comments = commentStores(context).postComments(postId, threadId);
    const stop = await mounted($comments, (s) => s.loaded);
    const reported = (id: string) => $comments.get().items.find((c) => c.id === id)?.viewerReported;
    assert.equal(reported(commentId), true);
    assert.equal(reported(otherId), false);
    await waitFor(() => api.callsTo('/v1/events').some((c) => c.url.searchParams.get('threadIds')?.includes(threadId)));
    await call(author, 'PATCH', `/v1/comments/${commentId}`, { body: 'Buy cheap pills, now!' });
    await until($comments, (s) => s.items.find((c) => c.id === commentId)?.body === 'Buy cheap pills, now!');
    assert.equal(reported(commentId), true, 'the edit’s event (false: for everyone) does not undo it');
    stop();
  });
});
