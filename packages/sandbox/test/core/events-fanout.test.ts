// Event fan-out under load: a write costs work only for the subscribers it reaches, a client
// too slow to read is dropped (and resumes without loss) instead of buffered without limit,
// and a replay from the start of a long log is read page by page as the client reads.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { appendEvent } from '../../src/events/event-log.js';
import { startSandbox, type TestSandbox } from '../support/harness.js';
import { readSse, type SseReader } from './sse-reader.js';

interface Counted {
  reads: number;
  restore(): void;
}

/** Counts statements run against the event log (reads of `events`), on every statement of `db`. */
function countLogReads(db: TestSandbox['db']): Counted {
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<'all' | 'get' | 'iterate', (...args: unknown[]) => unknown>;
  const originals = { all: proto.all, get: proto.get, iterate: proto.iterate };
  const counted: Counted = {
    reads: 0,
    restore: () => Object.assign(proto, originals),
  };
  for (const name of ['all', 'get', 'iterate'] as const) {
    const original = originals[name];
    proto[name] = function (this: { source: string }, ...args: unknown[]) {
      if (/\bFROM events\b/i.test(this.source)) counted.reads++;
      return original.apply(this, args);
    };
  }
  return counted;
}

describe('event fan-out', () => {
  let s: TestSandbox;
  let owner: string;
  let threadId: string;
  let quietThreadId: string;
  before(async () => {
    s = await startSandbox({ streams: { maxPerIp: 0, maxPerCredential: 0, maxQueuedBytes: 16 * 1024 } });
    owner = await s.tokenFor('demo-mentee');
    const threads = await s.request<{ data: { id: string; visibility: string }[] }>('GET', '/v1/threads', { query: { limit: 50 } });
    const open = threads.body.data.filter((t) => t.visibility === 'public');
    const mine = await s.request<{ data: { id: string; visibility: string }[] }>('GET', '/v1/threads', { auth: owner, query: { owner: 'usr_demomentee' } });
    threadId = mine.body.data.find((t) => t.visibility === 'public')!.id;
    quietThreadId = open.find((t) => t.id !== threadId)!.id;
  });
  after(() => s.close());

  const head = () => (s.db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM events').get() as { seq: number }).seq;
  function open(query: string, headers: Record<string, string> = {}, lazy = false): Promise<SseReader> {
    const abort = new AbortController();
    return Promise.resolve(
      s.sandbox.app.request(`/v1/events${query}`, {
        headers: { Authorization: 'Bearer pk_test_demo', Accept: 'text/event-stream', ...headers },
        signal: abort.signal,
      }),
    ).then((response) => readSse(response, abort, { lazy }));
  }
  async function post(body: string): Promise<string> {
    const res = await s.sandbox.app.request(`/v1/threads/${threadId}/posts`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${owner}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'update', body }),
    });
    assert.equal(res.status, 201);
    return ((await res.json()) as { id: string }).id;
  }

  it('a write reads the log for no idle subscriber: fan-out costs only the subscribers it reaches', async () => {
    const idle = await Promise.all(Array.from({ length: 60 }, () => open(`?threadIds=${quietThreadId}`)));
    const watcher = await open(`?threadIds=${threadId}`);
    try {
      await Promise.all([...idle, watcher].map((stream) => stream.opened));
      const counted = countLogReads(s.db);
      try {
        for (let i = 0; i < 5; i++) await post(`fan-out ${i}`);
        for (let i = 0; i < 5; i++) assert.equal((await watcher.next()).event, 'thread.post.created');
      } finally {
        counted.restore();
      }
      // Before: every write made each of the 61 subscribers re-read the log (305 reads).
      assert.ok(counted.reads <= 5, `${counted.reads} reads of the event log for 5 writes with 60 idle subscribers`);
      for (const stream of idle) assert.equal(stream.messages.length, 0);
    } finally {
      for (const stream of [...idle, watcher]) stream.close();
    }
  });

  it('drops a client too slow to read instead of buffering for it; it resumes with Last-Event-ID and loses nothing', async () => {
    const start = String(head());
    const slow = await open(`?threadIds=${threadId}`, {}, true);
    const reader = await open(`?threadIds=${threadId}`);
    try {
      const posted: string[] = [];
      // About 40 KB of events for a client allowed 16 KB in its queue.
      for (let i = 0; i < 40; i++) {
        posted.push(await post(`slow reader ${i} ${'·'.repeat(300)}`));
        // The reading client reads each event as it comes (in-process writes would otherwise all land in one turn).
        await reader.next();
      }
      const got: string[] = [];
      for (;;) {
        try {
          got.push((JSON.parse((await slow.next(300)).data) as { data: { id: string } }).data.id);
        } catch {
          break;
        }
      }
      assert.equal(
        await Promise.race([slow.ended, new Promise((resolve) => setTimeout(() => resolve('open'), 1000))]),
        'error',
        'the slow stream was not dropped',
      );
      assert.ok(got.length < posted.length, `the slow client got all ${got.length} events: nothing bounded its queue`);
      const lastSeen = slow.messages.at(-1)?.id ?? start;
      const resumed = await open(`?threadIds=${threadId}`, { 'Last-Event-ID': lastSeen });
      try {
        while (got.length < posted.length) got.push((JSON.parse((await resumed.next()).data) as { data: { id: string } }).data.id);
        assert.deepEqual(got, posted, 'events lost, repeated or out of order across the drop');
        await assert.rejects(resumed.next(200), /no message/);
      } finally {
        resumed.close();
      }
    } finally {
      slow.close();
      reader.close();
    }
  });

  it('replays a long log page by page as the client reads, not all at once', async () => {
    const start = head();
    const insert = s.db.transaction(() => {
      for (let i = 0; i < 3000; i++) {
        appendEvent(s.db, 'roadmap.progress.updated', { n: i, pad: 'x'.repeat(200) } as never, { userIds: ['usr_demomentee'] }, new Date());
      }
    });
    insert();
    const stream = await open('', { Authorization: `Bearer ${owner}`, 'Last-Event-ID': String(start) });
    try {
      const first = await stream.next();
      assert.equal(Number(first.id), start + 1);
      // What the server has not read from the log yet can still change under it: cut the log short.
      s.db.prepare('DELETE FROM events WHERE seq > ?').run(start + 500);
      const sentinel = await post('after the replay');
      let replayed = 1;
      for (;;) {
        const message = await stream.next();
        if (message.event === 'thread.post.created') {
          assert.equal((JSON.parse(message.data) as { data: { id: string } }).data.id, sentinel);
          break;
        }
        replayed++;
      }
      // Before: the whole history (3000 events) was read into the stream's queue on connect.
      assert.equal(replayed, 500);
    } finally {
      stream.close();
    }
  });
});
