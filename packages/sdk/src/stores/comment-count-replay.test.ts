// A post's comment count when the live stream reopens (#12: "4 comments" seen for 3). Watching a
// second thread reopens the page's one subscription from the last event seen, and the sandbox
// hands over that thread's history since then: comments its freshly loaded posts already count.
// Against the in-process sandbox behind msw; the reopened stream is held until the list has
// loaded, so the history always arrives after it (the order that doubled the count).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { http } from 'msw';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { API } from '../../test/support/sandbox-data.js';
import { mounted, until, waitFor } from '../../test/support/store-waits.js';
import { MenteoCore } from '../core/client-core.js';
import { createStoreContext, memoryStorage, type StoreContext, threadStores } from './index.js';
import { type LiveEvent, liveFeed } from './live.js';

const api = mockApi();
const contexts: StoreContext[] = [];
after(() => {
  for (const c of contexts) c.dispose();
});

let owner: string; // demo-mentee
let seq = 0;
const unique = (what: string) => `${what} (comment count test ${process.pid}-${++seq})`;

async function call<T>(method: string, path: string, body: unknown): Promise<T> {
  const answer = await api.data.fetch(method, path, { auth: owner, body });
  assert.ok(answer.ok, `${method} ${path}: ${answer.status}`);
  return (await answer.json()) as T;
}

/** A public thread of the owner's with one post. */
async function threadWithPost(): Promise<{ threadId: string; postId: string }> {
  const { id: threadId } = await call<{ id: string }>('POST', '/v1/threads', { title: unique('Counts'), visibility: 'public' });
  const { id: postId } = await call<{ id: string }>('POST', `/v1/threads/${threadId}/posts`, { kind: 'question', body: 'Tips?' });
  return { threadId, postId };
}

/**
 * The live stream as a server older than the count in comment events sent it: each
 * `post.comment.created` without `commentCount`. Whole lines only, so an event split across
 * chunks is still rewritten.
 */
function withoutCommentCounts(answer: Response): Response {
  if (!answer.body || !answer.headers.get('content-type')?.includes('text/event-stream')) return answer;
  let partial = '';
  const strip = (line: string) => {
    if (!line.startsWith('data:') || !line.includes('"post.comment.created"')) return line;
    const event = JSON.parse(line.slice('data:'.length)) as { data: { commentCount?: number } };
    delete event.data.commentCount;
    return `data: ${JSON.stringify(event)}`;
  };
  const lines = new TransformStream<string, string>({
    transform(chunk, controller) {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      if (parts.length) controller.enqueue(`${parts.map(strip).join('\n')}\n`);
    },
    flush(controller) {
      if (partial) controller.enqueue(strip(partial));
    },
  });
  const body = answer.body.pipeThrough(new TextDecoderStream()).pipeThrough(lines).pipeThrough(new TextEncoderStream());
  return new Response(body, { status: answer.status, headers: answer.headers });
}

const comment = (postId: string) => call<{ id: string }>('POST', `/v1/posts/${postId}/comments`, { body: unique('A comment') });

before(async () => {
  owner = await api.data.tokenFor('demo-mentee');
});

describe('a post’s comment count across a reopened live stream', () => {
  it('counts each comment once when the stream reopens and replays comments the loaded posts already count', async () => {
    const a = await threadWithPost();
    const context = createStoreContext(new MenteoCore({ publishableKey: 'pk_test_demo', ...fast, maxRetries: 0 }), { graceMs: 5, storage: memoryStorage() });
    contexts.push(context);
    const heard: LiveEvent[] = [];
    liveFeed(context).listen((event) => heard.push(event));
    const stores = threadStores(context);
    const $a = stores.threadPosts(a.threadId);
    const stops = [await mounted($a, (s) => s.loaded)];
    await waitFor(() => api.callsTo('/v1/events').length === 1);
    // An event on the first stream, so the subscription has a last event id to resume from.
    const first = await comment(a.postId);
    await waitFor(() => heard.some((e) => e.type === 'post.comment.created' && e.data.id === first.id));

    const b = await threadWithPost();
    for (let i = 0; i < 3; i++) await comment(b.postId);
    // The stream reopened for thread b waits until b's posts have loaded.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    api.server.use(
      http.get(`${API}/v1/events`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('threadIds')?.includes(b.threadId)) await released;
        return api.data.forward(request);
      }),
    );
    const $b = stores.threadPosts(b.threadId);
    const $thread = stores.thread(b.threadId);
    stops.push(await mounted($b, (s) => s.loaded), await mounted($thread, (s) => s.data !== undefined));
    const count = () => $b.get().items.find((p) => p.id === b.postId)?.commentCount;
    assert.equal(count(), 3, 'the list as the API answered');
    assert.equal($thread.get().data?.counts.comments, 3);
    await waitFor(() => api.callsTo('/v1/events').length === 2);
    release();
    const reopened = api.callsTo('/v1/events').at(-1)!;
    assert.equal(reopened.url.searchParams.get('threadIds'), [a.threadId, b.threadId].sort().join());
    assert.equal(reopened.url.searchParams.get('after') ?? reopened.headers.get('last-event-id'), heard.at(-1)!.id, 'resumed from the last event seen');

    // A fourth comment after the history: once it is heard, the post counts 4 (not 3 + 3 replayed + 1).
    const fourth = await comment(b.postId);
    await waitFor(() => heard.some((e) => e.type === 'post.comment.created' && e.data.id === fourth.id));
    assert.equal(heard.filter((e) => e.type === 'post.comment.created' && e.data.postId === b.postId).length, 4, 'the three replayed, and the new one');
    await until($b, () => count() === 4);
    await until($thread, (s) => s.data?.counts.comments === 4);
    // The events carry the post's count: no page reads the post to learn it.
    assert.deepEqual([...api.callsTo(`/v1/posts/${a.postId}`, 'GET'), ...api.callsTo(`/v1/posts/${b.postId}`, 'GET')], [], 'no read of the posts');
    for (const stop of stops) stop();
  });

  it('reads the post’s count from the API when the event does not carry it (an older server)', async () => {
    const { threadId, postId } = await threadWithPost();
    api.server.use(http.get(`${API}/v1/events`, async ({ request }) => withoutCommentCounts(await api.data.forward(request))));
    const context = createStoreContext(new MenteoCore({ publishableKey: 'pk_test_demo', ...fast, maxRetries: 0 }), { graceMs: 5, storage: memoryStorage() });
    contexts.push(context);
    const heard: LiveEvent[] = [];
    liveFeed(context).listen((event) => heard.push(event));
    const stores = threadStores(context);
    const $posts = stores.threadPosts(threadId);
    const $thread = stores.thread(threadId);
    const stops = [await mounted($posts, (s) => s.loaded), await mounted($thread, (s) => s.data !== undefined)];
    await waitFor(() => api.callsTo('/v1/events').length === 1);
    const { id } = await comment(postId);
    await waitFor(() => heard.some((e) => e.type === 'post.comment.created' && e.data.id === id));
    const event = heard.find((e) => e.type === 'post.comment.created' && e.data.id === id);
    assert.equal(event?.type === 'post.comment.created' && 'commentCount' in event.data, false, 'the count was taken out of the event');
    await until($posts, (s) => s.items.find((p) => p.id === postId)?.commentCount === 1);
    await until($thread, (s) => s.data?.counts.comments === 1);
    assert.equal(api.callsTo(`/v1/posts/${postId}`, 'GET').length, 1, 'one read of the post');
    for (const stop of stops) stop();
  });
});
