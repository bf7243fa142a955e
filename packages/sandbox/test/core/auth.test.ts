// Credentials: who may call, from where, and what each failure tells the caller.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '../support/harness.js';

type Problem = { code: string; status: number; detail: string; requestId: string };

describe('authentication and authorization', () => {
  let s: TestSandbox;
  before(async () => {
    s = await startSandbox();
  });
  after(() => s.close());

  it('refuses a request without a credential with 401 unauthenticated and a Bearer challenge', async () => {
    const res = await s.request<Problem>('GET', '/v1/users/usr_demomentor', { auth: null });
    assert.equal(res.status, 401);
    assert.equal(res.body.code, 'unauthenticated');
    assert.match(res.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
    assert.equal(res.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(res.body.requestId, res.headers.get('X-Request-Id'));
  });

  it('refuses an unknown credential without echoing it', async () => {
    for (const credential of ['pk_test_nope', 'sk_live_leakedsecret', 'ut_forged', 'garbage']) {
      const res = await s.request<Problem>('GET', '/v1/users/usr_demomentor', { auth: credential });
      assert.equal(res.status, 401, credential);
      assert.equal(res.body.code, 'invalid_credential');
      assert.ok(!res.text.includes(credential), 'the credential is echoed back');
    }
  });

  it('expires user tokens after 15 minutes with the token_expired code', async () => {
    const token = await s.tokenFor('demo-mentee');
    assert.equal((await s.request('GET', '/v1/me', { auth: token })).status, 200);
    const minted = s.now();
    s.setNow(new Date(minted.getTime() + 15 * 60_000 + 1_000));
    try {
      const res = await s.request<Problem>('GET', '/v1/me', { auth: token });
      assert.equal(res.status, 401);
      assert.equal(res.body.code, 'token_expired');
    } finally {
      s.setNow(minted);
    }
  });

  it('keeps publishable keys read-only', async () => {
    const res = await s.request<Problem>('GET', '/v1/me', { auth: 'pk_test_demo' });
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'publishable_key_read_only');
  });

  it('lets only secret keys mint user tokens', async () => {
    const token = await s.tokenFor('demo-mentee');
    for (const [auth, code] of [
      ['pk_test_demo', 'publishable_key_read_only'],
      [token, 'secret_key_required'],
    ] as const) {
      const res = await s.request<Problem>('POST', '/v1/auth/tokens', { auth, body: { externalUserId: 'someone', name: 'Some One' } });
      assert.equal(res.status, 403);
      assert.equal(res.body.code, code);
    }
  });

  it('binds minted people to the organization of the secret key', async () => {
    const demoToken = await s.tokenFor({ externalUserId: 'shared-id', name: 'Demo Person', org: 'demo' });
    const acmeToken = await s.tokenFor({ externalUserId: 'shared-id', name: 'Acme Person', org: 'acme' });
    const demoMe = await s.request<{ id: string; organizationId: string }>('GET', '/v1/me', { auth: demoToken });
    const acmeMe = await s.request<{ id: string; organizationId: string }>('GET', '/v1/me', { auth: acmeToken });
    assert.equal(demoMe.body.organizationId, 'org_demo');
    assert.equal(acmeMe.body.organizationId, 'org_acme');
    assert.notEqual(demoMe.body.id, acmeMe.body.id, 'the same external id in two organizations is two people');
  });

  it('updates a returning person from the directory instead of creating another', async () => {
    const first = await s.request<{ user: { id: string } }>('POST', '/v1/auth/tokens', {
      auth: 'sk_test_demo',
      body: { externalUserId: 'returning', name: 'Old Name' },
    });
    const second = await s.request<{ user: { id: string; name: string } }>('POST', '/v1/auth/tokens', {
      auth: 'sk_test_demo',
      body: { externalUserId: 'returning', name: 'New Name' },
    });
    assert.equal(second.body.user.id, first.body.user.id);
    assert.equal(second.body.user.name, 'New Name');
    const count = s.db.prepare("SELECT COUNT(*) AS n FROM users WHERE external_id = 'returning'").get() as { n: number };
    assert.equal(count.n, 1);
  });

  describe('CORS', () => {
    it('grants a local origin to a test-mode publishable key', async () => {
      const res = await s.request('GET', '/v1/users/usr_demomentor', { headers: { Origin: 'http://localhost:5173' } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('Access-Control-Allow-Origin'), 'http://localhost:5173');
      assert.match(res.headers.get('Access-Control-Expose-Headers') ?? '', /X-Request-Id/);
    });

    it('grants an organization its own allowed origin and nobody else', async () => {
      const ok = await s.request('GET', '/v1/users/usr_demomentor', { auth: 'pk_test_acme', headers: { Origin: 'https://intranet.acme.example' } });
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get('Access-Control-Allow-Origin'), 'https://intranet.acme.example');

      const stranger = await s.request<Problem>('GET', '/v1/users/usr_demomentor', { auth: 'pk_test_acme', headers: { Origin: 'https://evil.example' } });
      assert.equal(stranger.status, 403);
      assert.equal(stranger.body.code, 'origin_not_allowed');
      assert.equal(stranger.headers.get('Access-Control-Allow-Origin'), null, 'a disallowed origin got a CORS grant');

      const otherOrg = await s.request<Problem>('GET', '/v1/users/usr_demomentor', {
        auth: 'pk_test_demo',
        headers: { Origin: 'https://intranet.acme.example' },
      });
      assert.equal(otherOrg.status, 403, "one organization's origin is not another's");
      assert.equal(otherOrg.headers.get('Access-Control-Allow-Origin'), null);
    });

    it('answers preflights for known origins only', async () => {
      const known = await fetch(`${s.url}/v1/mentors`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://intranet.acme.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
      });
      assert.equal(known.status, 204);
      assert.equal(known.headers.get('Access-Control-Allow-Origin'), 'https://intranet.acme.example');
      assert.match(known.headers.get('Access-Control-Allow-Headers') ?? '', /Authorization/);
      assert.match(known.headers.get('Access-Control-Allow-Headers') ?? '', /Idempotency-Key/);
      assert.match(known.headers.get('Access-Control-Allow-Headers') ?? '', /Menteo-SDK/);

      // A header the page adds (a provider's `headers`, a gateway's tracing) is allowed; a malformed list is not echoed.
      const traced = await fetch(`${s.url}/v1/mentors`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization, x-trace' },
      });
      assert.match(traced.headers.get('Access-Control-Allow-Headers') ?? '', /, authorization, x-trace$/);
      const odd = await fetch(`${s.url}/v1/mentors`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-a; evil=1' },
      });
      assert.doesNotMatch(odd.headers.get('Access-Control-Allow-Headers') ?? '', /evil/);

      const unknown = await fetch(`${s.url}/v1/mentors`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
      });
      assert.equal(unknown.status, 403);
      assert.equal(unknown.headers.get('Access-Control-Allow-Origin'), null);
    });

    it('refuses a secret key sent from a browser', async () => {
      const res = await s.request<Problem>('POST', '/v1/auth/tokens', {
        auth: 'sk_test_demo',
        headers: { Origin: 'http://localhost:3000' },
        body: { externalUserId: 'from-browser', name: 'Browser' },
      });
      assert.equal(res.status, 403);
      assert.equal(res.body.code, 'secret_key_in_browser');
      const count = s.db.prepare("SELECT COUNT(*) AS n FROM users WHERE external_id = 'from-browser'").get() as { n: number };
      assert.equal(count.n, 0, 'the request wrote anyway');
    });
  });
});
