// Reading history (an SSE replay after Last-Event-ID, or the JSON polling pages) shows the
// world as it is now: a deleted post is gone, an edited post has its latest body, and a
// thread made private no longer shows its posts to those who cannot see it any more.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '../support/harness.js';
import { readSse } from './sse-reader.js';

interface PostEvent {
  id: string;
  type: string;
  data: { id: string; body: string; editedAt: string | null };
}

describe('event replay applies current visibility and content', () => {
  let s: TestSandbox;
  let owner: string;
  let follower: string;
  let threadId: string;
  let start: string;
  let kept: string;
  let edited: string;
  before(async () => {
    s = await startSandbox();
    owner = await s.tokenFor('demo-mentee');
    follower = await s.tokenFor('acme-employee');
    const thread = await s.request<{ id: string }>('POST', '/v1/threads', { auth: owner, body: { title: 'Replay rules', visibility: 'public' } });
    assert.equal(thread.status, 201, JSON.stringify(thread.body));
    threadId = thread.body.id;
    assert.equal((await s.request('PUT', `/v1/threads/${threadId}/follow`, { auth: follower })).status < 300, true);
    start = (await s.request<{ lastEventId: string }>('GET', '/v1/events', { headers: { Accept: 'application/json' } })).body.lastEventId;
    const post = async (body: string) => {
      const res = await s.request<{ id: string }>('POST', `/v1/threads/${threadId}/posts`, { auth: owner, body: { kind: 'update', body } });
      assert.equal(res.status, 201);
      return res.body.id;
    };
    kept = await post('kept as written');
    edited = await post('first draft');
    const deleted = await post('said too much');
    assert.equal((await s.request('PATCH', `/v1/posts/${edited}`, { auth: owner, body: { body: 'second thoughts' } })).status, 200);
    assert.equal((await s.request('DELETE', `/v1/posts/${deleted}`, { auth: owner })).status, 204);
  });
  after(() => s.close());

  async function poll(auth: string, query: Record<string, string> = {}): Promise<PostEvent[]> {
    const res = await s.request<{ data: PostEvent[] }>('GET', '/v1/events', {
      auth,
      query: { after: start, types: 'thread.post.created', ...query },
      headers: { Accept: 'application/json' },
    });
    assert.equal(res.status, 200);
    return res.body.data;
  }
  async function replay(auth: string, query = ''): Promise<PostEvent[]> {
    const abort = new AbortController();
    const response = await fetch(`${s.url}/v1/events?types=thread.post.created${query}`, {
      headers: { Authorization: `Bearer ${auth}`, Accept: 'text/event-stream', 'Last-Event-ID': start },
      signal: abort.signal,
    });
    const stream = readSse(response, abort);
    const events: PostEvent[] = [];
    try {
      for (;;) events.push(JSON.parse((await stream.next(300)).data) as PostEvent);
    } catch {
      // no more within the wait: the replay is over
    } finally {
      stream.close();
    }
    return events;
  }
  const view = (events: PostEvent[]) => events.map((e) => [e.data.id, e.data.body, e.data.editedAt !== null]);

  it('a polling page leaves out a deleted post and shows the latest body of an edited one', async () => {
    assert.deepEqual(view(await poll('pk_test_demo', { threadIds: threadId })), [
      [kept, 'kept as written', false],
      [edited, 'second thoughts', true],
    ]);
  });

  it('an SSE replay does the same', async () => {
    assert.deepEqual(view(await replay('pk_test_demo', `&threadIds=${threadId}`)), [
      [kept, 'kept as written', false],
      [edited, 'second thoughts', true],
    ]);
  });

  it('once the thread is private, its history reaches only those who can still see it', async () => {
    assert.equal((await s.request('PATCH', `/v1/threads/${threadId}`, { auth: owner, body: { visibility: 'private' } })).status, 200);
    assert.deepEqual(await poll('pk_test_demo', { threadIds: threadId }), []);
    assert.deepEqual(await replay('pk_test_demo', `&threadIds=${threadId}`), []);
    // The follower (another organization) received these live; reading history now shows them nothing.
    assert.deepEqual(await poll(follower), []);
    assert.deepEqual(await replay(follower), []);
    // The owner still sees their own posts, as they are now.
    const mine = [
      [kept, 'kept as written', false],
      [edited, 'second thoughts', true],
    ];
    assert.deepEqual(view(await poll(owner)), mine);
    assert.deepEqual(view(await replay(owner)), mine);
  });
});
