// Open event streams are capped per person (user token) and per client IP: a flood of idle
// connections from one credential or one address gets 429 with Retry-After instead of
// holding the server's memory and sockets.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '../support/harness.js';
import { readSse, type SseReader } from './sse-reader.js';

describe('event stream caps', () => {
  let s: TestSandbox;
  before(async () => {
    s = await startSandbox({ streams: { maxPerCredential: 2, maxPerIp: 3 } });
  });
  after(() => s.close());

  async function open(auth: string): Promise<SseReader & { problem?: { code: string; status: number }; retryAfter: string | null }> {
    const abort = new AbortController();
    const response = await fetch(`${s.url}/v1/events`, { headers: { Authorization: `Bearer ${auth}`, Accept: 'text/event-stream' }, signal: abort.signal });
    if (response.status !== 200) {
      return Object.assign(readSse(new Response(null), abort), {
        status: response.status,
        problem: (await response.json()) as { code: string; status: number },
        retryAfter: response.headers.get('Retry-After'),
      });
    }
    const stream = readSse(response, abort);
    await stream.opened;
    return Object.assign(stream, { retryAfter: null });
  }

  it('refuses a third stream of one person (even with another token) and a fourth from one IP, with 429 and Retry-After', async () => {
    const first = await open(await s.tokenFor('demo-mentee'));
    const second = await open(await s.tokenFor('demo-mentee'));
    const opened: SseReader[] = [first, second];
    try {
      assert.equal(first.status, 200);
      assert.equal(second.status, 200);
      const third = await open(await s.tokenFor('demo-mentee'));
      assert.equal(third.status, 429);
      assert.equal(third.problem?.code, 'rate_limited');
      assert.match(third.retryAfter ?? '', /^\d+$/);

      // Another person from the same address: the credential cap is per person, the IP cap still counts.
      const other = await open(await s.tokenFor('demo-mentor'));
      opened.push(other);
      assert.equal(other.status, 200);
      const fourth = await open('pk_test_demo');
      assert.equal(fourth.status, 429, 'a fourth stream from one IP was accepted');
      assert.equal(fourth.problem?.code, 'rate_limited');
      assert.match(fourth.retryAfter ?? '', /^\d+$/);

      // A closed stream frees its place.
      first.close();
      let again: Awaited<ReturnType<typeof open>> | undefined;
      for (let i = 0; i < 100 && again?.status !== 200; i++) {
        again = await open('pk_test_demo');
        if (again.status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      assert.equal(again?.status, 200);
      opened.push(again!);
    } finally {
      for (const stream of opened) stream.close();
    }
  });

  it('counts streams served in-process (no socket) as one local address', async () => {
    const streams: Response[] = [];
    const aborts: AbortController[] = [];
    try {
      for (let i = 0; i < 4; i++) {
        const abort = new AbortController();
        aborts.push(abort);
        streams.push(
          await s.sandbox.app.request('/v1/events', { headers: { Authorization: 'Bearer pk_test_demo', Accept: 'text/event-stream' }, signal: abort.signal }),
        );
      }
      assert.deepEqual(
        streams.map((r) => r.status),
        [200, 200, 200, 429],
      );
    } finally {
      for (const abort of aborts) abort.abort();
      for (const response of streams) await response.body?.cancel().catch(() => {});
    }
  });
});
