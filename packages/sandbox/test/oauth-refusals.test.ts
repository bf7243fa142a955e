// Everything the OAuth endpoints must refuse, over real HTTP: each refusal says what it protects.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demo } from '../src/demo.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { authorize, authorizeQuery, exchange, locationOf, meStatus, pkcePair, raw, requestIdOf, token } from './support/oauth.js';

const minute = 60_000;

describe('OAuth refusals', () => {
  let s: TestSandbox;
  before(async () => {
    s = await startSandbox({ mentors: 50 });
  });
  after(() => s.close());

  describe('/oauth/authorize', () => {
    it('refuses a redirect URI not registered for the key with an error page, never redirecting to it', async () => {
      for (const redirect_uri of ['https://evil.example/callback', 'https://intranet.acme.example/oauth/callback', `${'http://localhost:8080'}/cb#fragment`]) {
        const page = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge, { redirect_uri, origin: undefined }));
        assert.equal(page.status, 400, redirect_uri);
        assert.equal(page.headers.get('Location'), null);
        assert.match(page.headers.get('Content-Type') ?? '', /^text\/html/);
        assert.match(page.text, /not registered/);
        assert.doesNotMatch(page.text, /evil\.example/, 'the page does not link to the unregistered URI');
      }
      // Registered for Acme's key (on its allowed origin), not for the demo key: the same URI works there.
      const acme = await raw(
        s,
        'GET',
        authorizeQuery(s, pkcePair().challenge, {
          client_id: demo.keys.acmePublishable,
          redirect_uri: 'https://intranet.acme.example/oauth/callback',
          origin: undefined,
        }),
      );
      assert.equal(acme.status, 200);
    });

    it('refuses a popup flow for an origin the key does not allow', async () => {
      // pk_test_acme allows https://intranet.acme.example (and, as a test key, localhost); not this one.
      const page = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge, { client_id: demo.keys.acmePublishable, origin: 'https://evil.example' }));
      assert.equal(page.status, 400);
      assert.equal(page.headers.get('Location'), null);
      const missing = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge, { origin: undefined }));
      assert.equal(missing.status, 400, 'the popup callback needs the opener’s origin');
    });

    it('refuses an unknown client, or a secret key as client, with an error page', async () => {
      for (const client_id of ['pk_test_nobody', demo.keys.demoSecret]) {
        const page = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge, { client_id }));
        assert.equal(page.status, 400, client_id);
        assert.equal(page.headers.get('Location'), null);
      }
    });

    it('requires PKCE with S256: a missing challenge or plain goes back as invalid_request', async () => {
      for (const overrides of [{ code_challenge: undefined }, { code_challenge_method: 'plain' }, { code_challenge_method: undefined }]) {
        const answer = locationOf(
          await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge, { redirect_uri: 'http://localhost:5173/cb', origin: undefined, ...overrides })),
        );
        assert.equal(answer.origin + answer.pathname, 'http://localhost:5173/cb');
        assert.equal(answer.searchParams.get('error'), 'invalid_request', JSON.stringify(overrides));
        assert.equal(answer.searchParams.get('state'), 'state-0123456789');
      }
    });

    it('refuses a consent posted from another site, a second answer to one page, and another organization’s person', async () => {
      const page = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge));
      const request = requestIdOf(page.text);
      const forged = await raw(s, 'POST', '/oauth/authorize', { form: { request, decision: 'allow' }, headers: { Origin: 'https://evil.example' } });
      assert.equal(forged.status, 400);
      assert.equal(forged.headers.get('Location'), null);
      const stranger = await raw(s, 'POST', '/oauth/authorize', { form: { request, decision: 'allow', user_id: demo.users.acmeEmployee.id } });
      assert.equal(stranger.status, 400);
      assert.equal(stranger.headers.get('Location'), null);
      // The refused stranger used the form up: answers are single-use.
      const again = await raw(s, 'POST', '/oauth/authorize', { form: { request, decision: 'allow', user_id: demo.users.mentee.id } });
      assert.equal(again.status, 400);
    });
  });

  describe('/oauth/token', () => {
    it('requires the code_verifier, and the right one', async () => {
      const flow = await authorize(s);
      const missing = await token(s, {
        grant_type: 'authorization_code',
        code: flow.code,
        redirect_uri: flow.redirectUri,
        client_id: demo.keys.demoPublishable,
      });
      assert.deepEqual([missing.status, missing.body.error], [400, 'invalid_request']);
      const wrong = await exchange(s, { ...flow, verifier: pkcePair().verifier });
      assert.deepEqual([wrong.status, wrong.body.error], [400, 'invalid_grant']);
      assert.match(wrong.body.error_description!, /code_verifier/);
      assert.equal(wrong.headers.get('Content-Type'), 'application/json', 'RFC 6749 §5.2, not a problem document');
    });

    it('refuses a code used twice, and revokes the tokens issued from it', async () => {
      const flow = await authorize(s);
      const first = await exchange(s, flow);
      assert.equal(first.status, 200);
      const second = await exchange(s, flow);
      assert.deepEqual([second.status, second.body.error], [400, 'invalid_grant']);
      assert.equal((await meStatus(s, first.body.access_token!)).status, 401);
      const refreshed = await token(s, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token!, client_id: demo.keys.demoPublishable });
      assert.equal(refreshed.body.error, 'invalid_grant');
    });

    it('refuses a code issued to another client_id', async () => {
      const flow = await authorize(s);
      const other = await exchange(s, flow, demo.keys.acmePublishable);
      assert.deepEqual([other.status, other.body.error], [400, 'invalid_grant']);
      // Still unused: the right client can exchange it.
      assert.equal((await exchange(s, flow)).status, 200);
    });

    it('refuses an expired code (on the sandbox’s clock)', async () => {
      const start = s.now();
      s.setNow(start);
      try {
        const flow = await authorize(s);
        s.setNow(new Date(start.getTime() + 5 * minute + 1));
        const late = await exchange(s, flow);
        assert.deepEqual([late.status, late.body.error], [400, 'invalid_grant']);
        assert.match(late.body.error_description!, /expired/);
      } finally {
        s.setNow(new Date(start.getTime() + 5 * minute + 2));
      }
    });

    it('refuses another redirect_uri than the code’s', async () => {
      const flow = await authorize(s);
      const res = await exchange(s, { ...flow, redirectUri: 'http://localhost:5173/cb' });
      assert.deepEqual([res.status, res.body.error], [400, 'invalid_grant']);
    });

    it('refuses a page origin the key does not allow (no CORS grant), and a code issued for another origin', async () => {
      const next = await authorize(s);
      const foreign = await token(
        s,
        {
          grant_type: 'authorization_code',
          code: next.code,
          code_verifier: next.verifier,
          redirect_uri: next.redirectUri,
          client_id: demo.keys.acmePublishable,
        },
        { Origin: 'https://evil.example' },
      );
      assert.deepEqual([foreign.status, foreign.body.error], [401, 'invalid_client']);
      assert.equal(foreign.headers.get('Access-Control-Allow-Origin'), null);
      // The flow was started for http://localhost:8080; another allowed origin may not redeem it.
      const elsewhere = await token(
        s,
        {
          grant_type: 'authorization_code',
          code: next.code,
          code_verifier: next.verifier,
          redirect_uri: next.redirectUri,
          client_id: demo.keys.demoPublishable,
        },
        { Origin: 'http://localhost:9999' },
      );
      assert.deepEqual([elsewhere.status, elsewhere.body.error], [400, 'invalid_grant']);
      const right = await token(
        s,
        {
          grant_type: 'authorization_code',
          code: next.code,
          code_verifier: next.verifier,
          redirect_uri: next.redirectUri,
          client_id: demo.keys.demoPublishable,
        },
        { Origin: 'http://localhost:8080' },
      );
      assert.equal(right.status, 200);
      assert.equal(right.headers.get('Access-Control-Allow-Origin'), 'http://localhost:8080');
    });

    it('refuses a refresh token after revoke, and another client’s refresh token', async () => {
      const tokens = await exchange(s, await authorize(s));
      const other = await token(s, { grant_type: 'refresh_token', refresh_token: tokens.body.refresh_token!, client_id: demo.keys.acmePublishable });
      assert.equal(other.body.error, 'invalid_grant');
      await raw(s, 'POST', '/oauth/revoke', { form: { token: tokens.body.refresh_token!, client_id: demo.keys.demoPublishable } });
      const after = await token(s, { grant_type: 'refresh_token', refresh_token: tokens.body.refresh_token!, client_id: demo.keys.demoPublishable });
      assert.deepEqual([after.status, after.body.error], [400, 'invalid_grant']);
    });

    it('refuses JSON bodies, repeated parameters, unknown grants and unknown clients', async () => {
      const json = await raw(s, 'POST', '/oauth/token', { headers: { 'Content-Type': 'application/json' } });
      assert.equal(json.status, 400);
      assert.equal(JSON.parse(json.text).error, 'invalid_request');
      const repeated = await fetch(`${s.url}/oauth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=refresh_token&client_id=pk_test_demo&refresh_token=a&refresh_token=b',
      });
      assert.equal(repeated.status, 400);
      assert.equal((await token(s, { grant_type: 'password', client_id: demo.keys.demoPublishable })).body.error, 'unsupported_grant_type');
      const unknown = await token(s, { grant_type: 'refresh_token', refresh_token: 'ort_x', client_id: 'pk_test_nobody' });
      assert.deepEqual([unknown.status, unknown.body.error], [401, 'invalid_client']);
    });
  });
});
