// Realtime: events reach the people they are for, in order, and a reconnect with
// Last-Event-ID resumes exactly where the client left off.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '../support/harness.js';
import { connectSse } from '../support/sse.js';

describe('events', () => {
  let s: TestSandbox;
  let owner: string;
  let threadId: string;
  before(async () => {
    s = await startSandbox();
    owner = await s.tokenFor('demo-mentee');
    const threads = await s.request<{ data: { id: string; visibility: string }[] }>('GET', '/v1/threads', { auth: owner, query: { owner: 'usr_demomentee' } });
    threadId = threads.body.data.find((t) => t.visibility === 'public')!.id;
  });
  after(() => s.close());

  async function post(body: string): Promise<string> {
    const res = await s.request<{ id: string }>('POST', `/v1/threads/${threadId}/posts`, { auth: owner, body: { kind: 'update', body } });
    assert.equal(res.status, 201);
    return res.body.id;
  }

  it('streams public thread activity to a publishable key that watches the thread', async () => {
    const stream = await connectSse(`${s.url}/v1/events?threadIds=${threadId}`, { Authorization: 'Bearer pk_test_demo' });
    assert.equal(stream.status, 200);
    try {
      const postId = await post('Streaming works');
      const event = await stream.next();
      assert.equal(event.event, 'thread.post.created');
      const payload = JSON.parse(event.data) as { id: string; type: string; data: { id: string } };
      assert.equal(payload.id, event.id);
      assert.equal(payload.data.id, postId);
    } finally {
      stream.close();
    }
  });

  it('resumes after Last-Event-ID without losing or repeating an event', async () => {
    const first = await connectSse(`${s.url}/v1/events?threadIds=${threadId}`, { Authorization: 'Bearer pk_test_demo' });
    const posted = [await post('one')];
    const seen = [JSON.parse((await first.next()).data) as { id: string; data: { id: string } }];
    first.close();

    // While the client is away, three more posts happen.
    posted.push(await post('two'), await post('three'), await post('four'));

    const resumed = await connectSse(`${s.url}/v1/events?threadIds=${threadId}`, { Authorization: 'Bearer pk_test_demo', 'Last-Event-ID': seen[0]!.id });
    try {
      for (let i = 0; i < 3; i++) seen.push(JSON.parse((await resumed.next()).data) as { id: string; data: { id: string } });
      assert.deepEqual(
        seen.map((e) => e.data.id),
        posted,
        'events lost, repeated or out of order',
      );
      const ids = seen.map((e) => Number(e.id));
      assert.deepEqual(
        ids,
        [...ids].sort((a, b) => a - b),
      );
      await assert.rejects(resumed.next(300), /no event/, 'an extra event arrived');
    } finally {
      resumed.close();
    }
  });

  it('serves the same events as JSON pages for clients that cannot stream', async () => {
    const start = await s.request<{ data: unknown[]; lastEventId: string }>('GET', '/v1/events', {
      query: { threadIds: threadId },
      headers: { Accept: 'application/json' },
    });
    assert.equal(start.status, 200);
    const a = await post('poll a');
    const b = await post('poll b');
    const page = await s.request<{ data: { type: string; data: { id: string } }[]; lastEventId: string }>('GET', '/v1/events', {
      query: { threadIds: threadId, after: start.body.lastEventId },
      headers: { Accept: 'application/json' },
    });
    assert.deepEqual(
      page.body.data.map((e) => e.data.id),
      [a, b],
    );
    const empty = await s.request<{ data: unknown[]; lastEventId: string }>('GET', '/v1/events', {
      query: { threadIds: threadId, after: page.body.lastEventId },
      headers: { Accept: 'application/json' },
    });
    assert.deepEqual(empty.body.data, []);
    assert.equal(empty.body.lastEventId, page.body.lastEventId);
  });

  it("delivers a person's own events to their token, and not to strangers", async () => {
    const mine = await connectSse(`${s.url}/v1/events`, { Authorization: `Bearer ${owner}` });
    const stranger = await connectSse(`${s.url}/v1/events`, { Authorization: `Bearer ${await s.tokenFor('acme-employee')}` });
    try {
      const postId = await post('for my own devices');
      const event = JSON.parse((await mine.next()).data) as { type: string; data: { id: string } };
      assert.equal(event.type, 'thread.post.created');
      assert.equal(event.data.id, postId);
      await assert.rejects(stranger.next(300), /no event/, 'a stranger received an event not addressed to them');
    } finally {
      mine.close();
      stranger.close();
    }
  });

  it('filters by type', async () => {
    const stream = await connectSse(`${s.url}/v1/events?threadIds=${threadId}&types=room.updated`, { Authorization: 'Bearer pk_test_demo' });
    try {
      await post('not a room event');
      await assert.rejects(stream.next(300), /no event/);
    } finally {
      stream.close();
    }
  });

  it('refuses a Last-Event-ID it never sent', async () => {
    const res = await s.request<{ code: string }>('GET', '/v1/events', { headers: { 'Last-Event-ID': 'abc', Accept: 'application/json' } });
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'invalid_parameter');
  });
});
