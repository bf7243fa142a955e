// A stream whose user token expires: the API ends it with `menteo.token_expired` (see the
// sandbox's events-expiry test); the subscription asks its token function for a fresh token
// and resumes from the id the notice carries, without losing or repeating an event. The
// sandbox runs in-process on a clock the test moves, so no token lifetime is waited out.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSandbox, type Sandbox } from '@menteo/sandbox';
import { testNow } from '@menteo/sandbox/testing';
import { Menteo } from '../client.js';
import type { Event } from './events.js';

const API = 'https://api.menteo.test';
const limit = { timeout: 15_000 };

async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('events.subscribe when the user token expires mid-stream', () => {
  let clock = new Date(testNow());
  let sandbox: Sandbox;
  let roomId: string;
  const streams: { authorization: string | null; lastEventId: string | null }[] = [];
  before(() => {
    sandbox = createSandbox({ db: ':memory:', mentors: 50, log: () => {}, rateLimit: { limit: 0, windowSeconds: 60 }, now: () => clock });
    roomId = sandbox.db.prepare(`SELECT id FROM rooms WHERE mentor_id = 'men_demomentor' AND mentee_id = 'usr_demomentee'`).pluck().get() as string;
  });
  after(() => sandbox.close());

  async function call(method: string, path: string, auth: string, body?: unknown): Promise<Response> {
    return sandbox.fetch(
      new Request(`${API}${path}`, {
        method,
        headers: { Authorization: `Bearer ${auth}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      }),
    );
  }
  /** A token minted now (by the sandbox's clock), as a company backend would. */
  async function tokenFor(externalUserId: string): Promise<string> {
    const name = sandbox.db.prepare('SELECT name FROM users WHERE external_id = ?').pluck().get(externalUserId) as string;
    const res = await call('POST', '/v1/auth/tokens', 'sk_test_demo', { externalUserId, name });
    assert.equal(res.status, 201);
    return ((await res.json()) as { token: string }).token;
  }
  async function message(body: string): Promise<string> {
    const res = await call('POST', `/v1/rooms/${roomId}/messages`, await tokenFor('demo-mentor'), { body });
    assert.equal(res.status, 201);
    return ((await res.json()) as { id: string }).id;
  }

  it('refreshes the token through the token function and resumes from the last id, losing and repeating nothing', limit, async () => {
    const start = (
      (await (
        await sandbox.fetch(new Request(`${API}/v1/events`, { headers: { Authorization: 'Bearer pk_test_demo', Accept: 'application/json' } }))
      ).json()) as { lastEventId: string }
    ).lastEventId;
    let asked = 0;
    const menteo = new Menteo({
      baseUrl: API,
      token: () => {
        asked++;
        return tokenFor('demo-mentee');
      },
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (new URL(request.url).pathname === '/v1/events') {
          streams.push({ authorization: request.headers.get('authorization'), lastEventId: request.headers.get('last-event-id') });
        }
        return sandbox.fetch(request);
      },
    });
    const received: Event[] = [];
    const errors: unknown[] = [];
    const sub = menteo.events.subscribe({ types: ['room.message.created'] }, (event) => received.push(event), {
      lastEventId: start,
      reconnectDelayMs: 60_000, // only the expiry path reconnects quickly
      onError: (error) => errors.push(error),
    });
    try {
      const ids: string[] = [await message('before expiry')];
      await until(() => received.length === 1, 'the first message');

      clock = new Date(clock.getTime() + 16 * 60_000); // past the 15-minute token
      ids.push(await message('sent after expiry'));
      await until(() => received.length === 2, 'the message sent after expiry, on a fresh token');
      ids.push(await message('live again'));
      await until(() => received.length === 3, 'the next live message');

      assert.deepEqual(
        received.map((e) => (e.type === 'room.message.created' ? e.data.id : e.type)),
        ids,
        'lost, repeated or foreign events',
      );
      assert.equal(asked, 2, 'the token function was asked once more');
      assert.equal(streams.length, 2);
      assert.notEqual(streams[1]!.authorization, streams[0]!.authorization);
      assert.equal(streams[0]!.lastEventId, start);
      assert.equal(streams[1]!.lastEventId, received[0]!.id, 'resumed after the last event delivered');
      assert.equal(sub.lastEventId, received[2]!.id);
      assert.deepEqual(errors, []);
    } finally {
      sub.close();
      await sub.closed;
    }
  });
});
