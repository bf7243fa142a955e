// Credentials: token functions refreshed once on `token_expired`, secret keys refused
// in pages, and no credential ever showing up in errors, serializations or logs.
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { describe, it } from 'node:test';
import { delay, http, HttpResponse } from 'msw';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { API } from '../../test/support/sandbox-data.js';
import { Menteo } from '../client.js';
import { BaseCore, type BaseOptions } from './base-core.js';
import type { ClientOptions } from './client-core.js';
import { APIConnectionError, APITimeoutError, AuthenticationError, MenteoError, NotFoundError } from './errors.js';

const api = mockApi();

/** A token function over the sandbox's real token endpoint, counting its calls. */
function tokenSource(person: string, options: { expireFirst?: number; expireAll?: boolean } = {}) {
  const source = Object.assign(
    async () => {
      source.calls++;
      const token = await api.data.tokenFor(person);
      if (options.expireAll || source.calls <= (options.expireFirst ?? 0)) api.data.expire(token);
      source.issued.push(token);
      return token;
    },
    { calls: 0, issued: [] as string[] },
  );
  return source;
}

describe('token refresh', () => {
  it('a 401 token_expired asks the token function once more and retries once', async () => {
    const token = tokenSource('demo-mentee', { expireFirst: 1 });
    const me = await new Menteo({ ...fast, token }).me.retrieve();
    assert.equal(me.externalUserId, 'demo-mentee');
    assert.equal(token.calls, 2);
    const sent = api.callsTo('/v1/me').map((c) => c.headers.get('authorization'));
    assert.deepEqual(
      sent,
      token.issued.map((t) => `Bearer ${t}`),
    );
  });

  it('10 concurrent requests hitting 401 trigger ONE refresh; a later expiry refreshes again', async () => {
    const token = tokenSource('demo-mentee', { expireFirst: 1 });
    const client = new Menteo({ ...fast, token });
    // Ten different requests (identical GETs would be merged into one).
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => client.rooms.list({ limit: i + 1 })));
    assert.deepEqual(
      results.map((page) => page.data.length <= 10),
      Array(10).fill(true),
    );
    assert.equal(token.calls, 2, 'one initial ask, one refresh');
    const calls = api.callsTo('/v1/rooms');
    assert.equal(calls.length, 20);
    assert.equal(new Set(calls.slice(10).map((c) => c.headers.get('authorization'))).size, 1, 'every retry used the one fresh token');

    api.data.expire(token.issued[1]!);
    await Promise.all([client.rooms.list({ limit: 1 }), client.me.retrieve()]);
    assert.equal(token.calls, 3);
  });

  it('a second 401 after the refresh surfaces as AuthenticationError (no loop)', async () => {
    const token = tokenSource('demo-mentee', { expireAll: true });
    await assert.rejects(new Menteo({ ...fast, token }).me.retrieve(), (error: unknown) => {
      assert.ok(error instanceof AuthenticationError);
      assert.equal(error.code, 'token_expired');
      return true;
    });
    assert.equal(token.calls, 2);
    assert.equal(api.callsTo('/v1/me').length, 2);
  });

  it('a string token is not refreshed', async () => {
    const token = await api.data.tokenFor('demo-mentee');
    api.data.expire(token);
    await assert.rejects(
      new Menteo({ ...fast, token }).me.retrieve(),
      (error: unknown) => error instanceof AuthenticationError && error.code === 'token_expired',
    );
    assert.equal(api.callsTo('/v1/me').length, 1);
  });

  it('other 401s (an unknown token) do not refresh', async () => {
    let calls = 0;
    const token = () => {
      calls++;
      return 'ut_notatokenthesandboxknows';
    };
    await assert.rejects(
      new Menteo({ ...fast, token }).me.retrieve(),
      (error: unknown) => error instanceof AuthenticationError && error.code === 'invalid_credential',
    );
    assert.equal(calls, 1);
    assert.equal(api.callsTo('/v1/me').length, 1);
  });

  it('a token function that fails is asked again by the next request (its failure is not kept)', async () => {
    let calls = 0;
    const token = async () => {
      if (++calls === 1) throw new Error('your backend is restarting');
      return api.data.tokenFor('demo-mentee');
    };
    const client = new Menteo({ ...fast, token });
    await assert.rejects(client.me.retrieve(), /your backend is restarting/);
    assert.equal(api.callsTo('/v1/me').length, 0, 'nothing sent without a token');
    assert.equal((await client.me.retrieve()).externalUserId, 'demo-mentee');
    assert.equal(calls, 2);
  });

  it("the retry after a refresh keeps the POST's Idempotency-Key", async () => {
    const token = tokenSource('demo-mentee', { expireFirst: 1 });
    const body = `Refreshed mid-write ${process.pid}-${Date.now()}`;
    const post = await new Menteo({ ...fast, token }).threads.posts.create('thr_learningtolead', { kind: 'update', body });
    const keys = api.callsTo('/v1/threads/thr_learningtolead/posts', 'POST').map((c) => c.headers.get('idempotency-key'));
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
    assert.deepEqual(api.data.db.prepare('SELECT id FROM posts WHERE body = ?').pluck().all(body), [post.id]);
  });
});

describe('secret keys in a browser', () => {
  function inBrowser(run: () => void): void {
    const g = globalThis as Record<string, unknown>;
    const saved = { window: g.window, document: g.document };
    g.window = globalThis;
    g.document = { title: 'A page' };
    try {
      run();
    } finally {
      if (saved.window === undefined) delete g.window;
      else g.window = saved.window;
      if (saved.document === undefined) delete g.document;
      else g.document = saved.document;
    }
  }

  it('are refused with a clear message, and there is no override', () => {
    inBrowser(() => {
      const check = (error: unknown) => {
        assert.ok(error instanceof MenteoError);
        assert.match(error.message, /secret key/i);
        assert.match(error.message, /browser/i);
        assert.ok(!error.message.includes('sk_test_demo'));
        return true;
      };
      assert.throws(() => new Menteo({ secretKey: 'sk_test_demo' }), check);
      const overrides = { secretKey: 'sk_test_demo', dangerouslyAllowBrowser: true, allowBrowser: true } as ClientOptions;
      assert.throws(() => new Menteo(overrides), check);
      const page = new Menteo({ publishableKey: 'pk_test_demo' });
      assert.throws(() => page.withOptions({ secretKey: 'sk_test_demo' }), check);
      // What pages may hold is fine.
      assert.equal(new Menteo({ publishableKey: 'pk_test_demo', token: () => 'ut_x' }).toJSON().credential, 'token');
    });
    assert.equal(typeof (globalThis as Record<string, unknown>).document, 'undefined', 'the globals were restored');
    assert.equal(new Menteo({ secretKey: 'sk_test_demo' }).toJSON().credential, 'secret', 'servers may hold it');
  });

  it("never leave a BaseCore (what a page's elements build on): it takes none, and sends none when given one anyway", async () => {
    const core = new BaseCore({ publishableKey: 'pk_test_demo', ...fast, secretKey: 'sk_test_demo' } as BaseOptions);
    await core.request({ method: 'GET', path: '/v1/mentors', query: { limit: 1 } });
    assert.deepEqual(
      api.callsTo('/v1/mentors').map((c) => c.headers.get('authorization')),
      ['Bearer pk_test_demo'],
    );
    await assert.rejects(core.authorization('secret'), (error: unknown) => error instanceof MenteoError && /needs a secretKey/.test(error.message));
    // Without a publishable key it has nothing to send for a call that needs one: the API refuses it.
    const keyless = new BaseCore({ ...fast, secretKey: 'sk_test_demo' } as BaseOptions);
    await assert.rejects(keyless.request({ method: 'GET', path: '/v1/mentors' }), AuthenticationError);
    assert.ok(!api.calls.some((c) => c.headers.get('authorization')?.includes('sk_test_demo')), 'the secret key was sent');
  });
});

describe('credentials never leak', () => {
  function assertClean(label: string, value: unknown, secrets: string[]): void {
    const views = [String(value), JSON.stringify(value) ?? '', inspect(value, { depth: 10, showHidden: false })];
    if (value instanceof Error) views.push(value.message, value.stack ?? '', inspect(value.cause, { depth: 10 }));
    for (const view of views) for (const secret of secrets) assert.ok(!view.includes(secret), `${label} shows ${secret}: ${view.slice(0, 300)}`);
  }

  it('not in errors (API, connection, timeout), client serializations or logger lines', async () => {
    const token = await api.data.tokenFor('demo-mentee');
    const secrets = ['sk_test_demo', token];
    const lines: string[] = [];
    const logger = { debug: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
    const server = new Menteo({ ...fast, secretKey: 'sk_test_demo', logger, maxRetries: 0 });
    const user = new Menteo({ ...fast, publishableKey: 'pk_test_demo', token, logger, maxRetries: 0 });

    for (const client of [server, user]) {
      assertClean('client', client, secrets);
      assertClean('client.toJSON()', client.toJSON(), secrets);
    }
    assert.deepEqual(JSON.parse(JSON.stringify(server)), { baseUrl: API, credential: 'secret' });
    assert.deepEqual(JSON.parse(JSON.stringify(user)), { baseUrl: API, credential: 'token' });

    await server.threads.retrieve('thr_learningtolead');
    await user.me.retrieve();
    const notFound = await server.threads.retrieve('thr_doesnotexist').catch((e: unknown) => e);
    assert.ok(notFound instanceof NotFoundError);
    assertClean('NotFoundError', notFound, secrets);
    const wrong = await new Menteo({ ...fast, secretKey: 'sk_test_notarealkeyatall', logger }).threads.retrieve('thr_learningtolead').catch((e: unknown) => e);
    assert.ok(wrong instanceof AuthenticationError);
    assertClean('AuthenticationError', wrong, [...secrets, 'sk_test_notarealkeyatall']);

    api.server.use(http.get(`${API}/v1/threads/:id`, () => HttpResponse.error()));
    const reset = await user.threads.retrieve('thr_learningtolead').catch((e: unknown) => e);
    assert.ok(reset instanceof APIConnectionError);
    assertClean('APIConnectionError', reset, secrets);

    api.server.use(
      http.get(`${API}/v1/threads/:id`, async ({ request }) => {
        await delay(300);
        return api.data.forward(request);
      }),
    );
    for (const client of [server, user]) {
      const timeout = await client.threads.retrieve('thr_learningtolead', { timeout: 20 }).catch((e: unknown) => e);
      assert.ok(timeout instanceof APITimeoutError);
      assertClean('APITimeoutError', timeout, secrets);
    }

    assert.ok(lines.length >= 2, 'the logger heard about the requests');
    for (const line of lines) for (const secret of secrets) assert.ok(!line.includes(secret), `logger line shows a credential: ${line}`);
  });
});
