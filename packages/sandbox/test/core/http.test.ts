// What every endpoint does the same way: request ids, validation, body limits,
// idempotency, conditional GETs, rate limits, unknown routes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '../support/harness.js';

type Problem = { code: string; status: number; detail: string; requestId: string; errors?: { in: string; pointer: string; detail: string }[] };

function count(s: TestSandbox, sql: string): number {
  return (s.db.prepare(sql).get() as { n: number }).n;
}

describe('behaviour every endpoint shares', () => {
  let s: TestSandbox;
  before(async () => {
    s = await startSandbox();
  });
  after(() => s.close());

  it('gives every response a distinct X-Request-Id, also errors', async () => {
    const ids = new Set<string>();
    for (const path of ['/v1/users/usr_demomentor', '/v1/users/usr_nobody00', '/v1/nowhere']) {
      const res = await s.request('GET', path);
      ids.add(res.headers.get('X-Request-Id')!);
    }
    assert.equal(ids.size, 3);
    for (const id of ids) assert.match(id, /^req_/);
  });

  it('answers unknown paths with 404 and wrong methods with 405 and Allow', async () => {
    const missing = await s.request<Problem>('GET', '/v1/nowhere');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.code, 'not_found');
    const wrong = await s.request<Problem>('DELETE', '/v1/me');
    assert.equal(wrong.status, 405);
    assert.equal(wrong.body.code, 'method_not_allowed');
    assert.equal(wrong.headers.get('Allow'), 'GET');
  });

  describe('validation', () => {
    it('names a bad path parameter', async () => {
      const res = await s.request<Problem>('GET', '/v1/users/not-an-id');
      assert.equal(res.status, 400);
      assert.equal(res.body.code, 'invalid_parameter');
      assert.deepEqual(
        res.body.errors?.map((e) => [e.in, e.pointer]),
        [['path', '/userId']],
      );
    });

    it('rejects unknown query parameters instead of ignoring a typo', async () => {
      const res = await s.request<Problem>('GET', '/v1/users/usr_demomentor', { query: { expand: 'all' } });
      assert.equal(res.status, 400);
      assert.deepEqual(
        res.body.errors?.map((e) => [e.in, e.pointer]),
        [['query', '/expand']],
      );
    });

    it('names every bad body field by JSON pointer, and writes nothing', async () => {
      const before = count(s, 'SELECT COUNT(*) AS n FROM users');
      const res = await s.request<Problem>('POST', '/v1/auth/tokens', {
        auth: 'sk_test_demo',
        body: { externalUserId: 'has spaces', name: '', email: 'not-an-email', role: 'admin' },
      });
      assert.equal(res.status, 422);
      assert.equal(res.body.code, 'validation_failed');
      const pointers = res.body.errors!.map((e) => e.pointer).sort();
      assert.deepEqual(pointers, ['/email', '/externalUserId', '/name', '/role']);
      assert.ok(res.body.errors!.every((e) => e.in === 'body' && e.detail.length > 0));
      assert.equal(count(s, 'SELECT COUNT(*) AS n FROM users'), before);
    });

    it('reports a missing required field', async () => {
      const res = await s.request<Problem>('POST', '/v1/auth/tokens', { auth: 'sk_test_demo', body: { name: 'No Id' } });
      assert.equal(res.status, 422);
      assert.deepEqual(res.body.errors, [{ in: 'body', pointer: '/externalUserId', detail: 'is required' }]);
    });

    it('tells malformed JSON, a wrong media type and a missing body apart', async () => {
      const malformed = await s.request<Problem>('POST', '/v1/auth/tokens', { auth: 'sk_test_demo', body: '{"externalUserId": ' });
      assert.equal(malformed.status, 400);
      assert.equal(malformed.body.code, 'malformed_body');
      const form = await s.request<Problem>('POST', '/v1/auth/tokens', {
        auth: 'sk_test_demo',
        body: 'externalUserId=a&name=b',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(form.status, 415);
      assert.equal(form.body.code, 'unsupported_media_type');
      const empty = await s.request<Problem>('POST', '/v1/auth/tokens', { auth: 'sk_test_demo' });
      assert.equal(empty.status, 422);
      const wrongType = await s.request<Problem>('POST', '/v1/auth/tokens', { auth: 'sk_test_demo', body: [1, 2] });
      assert.equal(wrongType.status, 422);
    });

    it('refuses bodies over 64 KB with 413 before reading them into a record', async () => {
      const before = count(s, 'SELECT COUNT(*) AS n FROM users');
      const res = await s.request<Problem>('POST', '/v1/auth/tokens', {
        auth: 'sk_test_demo',
        body: { externalUserId: 'big', name: 'x'.repeat(70_000) },
      });
      assert.equal(res.status, 413);
      assert.equal(res.body.code, 'payload_too_large');
      assert.equal(count(s, 'SELECT COUNT(*) AS n FROM users'), before);
    });
  });

  describe('idempotency', () => {
    it('replays the first response for the same key and body, without a second write', async () => {
      const body = { externalUserId: 'idem-person', name: 'Idem Person' };
      const headers = { 'Idempotency-Key': 'key-0001-aaaa' };
      const first = await s.request<{ token: string }>('POST', '/v1/auth/tokens', { auth: 'sk_test_demo', body, headers });
      const second = await s.request<{ token: string }>('POST', '/v1/auth/tokens', {
        auth: 'sk_test_demo',
        body: { name: 'Idem Person', externalUserId: 'idem-person' },
        headers,
      });
      assert.equal(first.status, 201);
      assert.equal(second.status, 201);
      assert.equal(second.body.token, first.body.token, 'the replay minted another token');
      assert.equal(second.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(count(s, "SELECT COUNT(*) AS n FROM user_tokens t JOIN users u ON u.id = t.user_id WHERE u.external_id = 'idem-person'"), 1);
    });

    it('rejects the same key with another body with 422', async () => {
      const headers = { 'Idempotency-Key': 'key-0002-bbbb' };
      await s.request('POST', '/v1/auth/tokens', { auth: 'sk_test_demo', body: { externalUserId: 'p1', name: 'P1' }, headers });
      const res = await s.request<Problem>('POST', '/v1/auth/tokens', { auth: 'sk_test_demo', body: { externalUserId: 'p2', name: 'P2' }, headers });
      assert.equal(res.status, 422);
      assert.equal(res.body.code, 'idempotency_key_reused');
      assert.equal(count(s, "SELECT COUNT(*) AS n FROM users WHERE external_id = 'p2'"), 0);
    });

    it('keeps keys per credential: two callers may pick the same key', async () => {
      const headers = { 'Idempotency-Key': 'key-0003-cccc' };
      const a = await s.request<{ user: { organizationId: string } }>('POST', '/v1/auth/tokens', {
        auth: 'sk_test_demo',
        body: { externalUserId: 'same', name: 'Same' },
        headers,
      });
      const b = await s.request<{ user: { organizationId: string } }>('POST', '/v1/auth/tokens', {
        auth: 'sk_test_acme',
        body: { externalUserId: 'same', name: 'Same' },
        headers,
      });
      assert.equal(a.body.user.organizationId, 'org_demo');
      assert.equal(b.body.user.organizationId, 'org_acme');
    });

    it('keeps a person’s keys across their tokens, and apart from other people’s', async () => {
      const headers = { 'Idempotency-Key': 'key-0004-dddd' };
      const body = { kind: 'update', body: 'Posted once, whatever token the retry carries.' };
      const path = '/v1/threads/thr_learningtolead/posts';
      const postCount = () => count(s, "SELECT COUNT(*) AS n FROM posts WHERE body = 'Posted once, whatever token the retry carries.'");
      const first = await s.request<{ id: string }>('POST', path, { auth: await s.tokenFor('demo-mentee'), body, headers });
      const again = await s.request<{ id: string }>('POST', path, { auth: await s.tokenFor('demo-mentee'), body, headers });
      assert.equal(first.status, 201);
      assert.equal(again.body.id, first.body.id, 'a fresh token of the same person replays');
      assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
      assert.equal(postCount(), 1);
      const other = await s.request<{ code: string }>('POST', path, { auth: await s.tokenFor('demo-mentor'), body, headers });
      assert.notEqual(other.headers.get('Idempotent-Replayed'), 'true', "another person never gets someone else's answer");
    });
  });

  describe('conditional GETs', () => {
    it('sends an ETag and answers a matching If-None-Match with 304 and no body', async () => {
      const first = await s.request('GET', '/v1/users/usr_demomentor');
      const etag = first.headers.get('ETag');
      assert.match(etag ?? '', /^W\/".+"$/);
      const second = await s.request('GET', '/v1/users/usr_demomentor', { headers: { 'If-None-Match': etag! } });
      assert.equal(second.status, 304);
      assert.equal(second.text, '');
      assert.equal(second.headers.get('ETag'), etag);
      const stale = await s.request('GET', '/v1/users/usr_demomentor', { headers: { 'If-None-Match': 'W/"old"' } });
      assert.equal(stale.status, 200);
    });

    it('changes the ETag when the resource changes', async () => {
      const token = await s.tokenFor({ externalUserId: 'etag-person', name: 'Before' });
      const me1 = await s.request('GET', '/v1/me', { auth: token });
      await s.tokenFor({ externalUserId: 'etag-person', name: 'After' });
      const me2 = await s.request('GET', '/v1/me', { auth: token, headers: { 'If-None-Match': me1.headers.get('ETag')! } });
      assert.equal(me2.status, 200);
      assert.notEqual(me2.headers.get('ETag'), me1.headers.get('ETag'));
    });
  });
});

describe('rate limits', () => {
  let s: TestSandbox;
  before(async () => {
    s = await startSandbox({ rateLimit: { limit: 5, windowSeconds: 60 } });
  });
  after(() => s.close());

  it('counts per credential, reports RateLimit headers and answers 429 with Retry-After', async () => {
    const remaining: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await s.request('GET', '/v1/users/usr_demomentor');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('RateLimit-Limit'), '5');
      remaining.push(Number(res.headers.get('RateLimit-Remaining')));
    }
    assert.deepEqual(remaining, [4, 3, 2, 1, 0]);
    const limited = await s.request<Problem>('GET', '/v1/users/usr_demomentor');
    assert.equal(limited.status, 429);
    assert.equal(limited.body.code, 'rate_limited');
    const retryAfter = Number(limited.headers.get('Retry-After'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After ${retryAfter}`);
    const other = await s.request('GET', '/v1/users/usr_demomentor', { auth: 'pk_test_acme' });
    assert.equal(other.status, 200, 'another credential has its own budget');
  });
});
