// A stream opened with a user token ends when the token expires, after a
// `menteo.token_expired` message that carries the id to resume from: it never delivers a
// person's private events to a credential that is no longer valid. The clock is the
// sandbox's, moved by the test.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '../support/harness.js';
import { readSse, type SseReader } from './sse-reader.js';

const minute = 60_000;

describe('event streams and token expiry', () => {
  let s: TestSandbox;
  let clock: Date;
  let roomId: string;
  before(async () => {
    // A fast heartbeat: the periodic check is what ends a stream that has nothing to deliver.
    s = await startSandbox({ streams: { heartbeatMs: 25 } });
    clock = s.now();
    s.setNow(clock);
    roomId = (s.db.prepare(`SELECT id FROM rooms WHERE mentor_id = 'men_demomentor' AND mentee_id = 'usr_demomentee'`).get() as { id: string }).id;
  });
  after(() => s.close());

  async function open(token: string, lastEventId?: string): Promise<SseReader> {
    const abort = new AbortController();
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' };
    if (lastEventId) headers['Last-Event-ID'] = lastEventId;
    const response = await fetch(`${s.url}/v1/events?types=room.message.created`, { headers, signal: abort.signal });
    assert.equal(response.status, 200);
    return readSse(response, abort);
  }
  /** The mentor writes to the mentee's room (a private event of the mentee), with a token valid now. */
  async function message(body: string): Promise<string> {
    const res = await s.request<{ id: string }>('POST', `/v1/rooms/${roomId}/messages`, { auth: await s.tokenFor('demo-mentor'), body: { body } });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id;
  }
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
    s.setNow(clock);
  };

  it('ends with menteo.token_expired before delivering the next private event, and the id resumes without loss', async () => {
    const stream = await open(await s.tokenFor('demo-mentee'));
    try {
      const before = await message('before expiry');
      const live = await stream.next();
      assert.equal((JSON.parse(live.data) as { data: { id: string } }).data.id, before);

      advance(16 * minute); // past the token's 15 minutes
      const afterExpiry = await message('after expiry');
      const notice = await stream.next();
      assert.equal(notice.event, 'menteo.token_expired', `got ${notice.event}: ${notice.data}`);
      const body = JSON.parse(notice.data) as { code: string; lastEventId: string };
      assert.equal(body.code, 'token_expired');
      assert.equal(body.lastEventId, live.id);
      assert.equal(notice.id, live.id, 'the notice sets the id a reconnect resumes from');
      assert.equal(await stream.ended, 'eof');
      assert.equal(stream.messages.length, 2, 'a private event reached an expired token');

      // A fresh token resumes from the notice's id and gets exactly what it missed.
      const resumed = await open(await s.tokenFor('demo-mentee'), body.lastEventId);
      try {
        assert.equal((JSON.parse((await resumed.next()).data) as { data: { id: string } }).data.id, afterExpiry);
        await assert.rejects(resumed.next(200), /no message/);
      } finally {
        resumed.close();
      }
    } finally {
      stream.close();
    }
  });

  it('ends a stream with nothing to deliver once the clock passes the expiry', async () => {
    const stream = await open(await s.tokenFor('demo-mentee'));
    try {
      await stream.opened;
      advance(16 * minute);
      const notice = await stream.next(5000);
      assert.equal(notice.event, 'menteo.token_expired');
      assert.equal(await stream.ended, 'eof');
    } finally {
      stream.close();
    }
  });
});
