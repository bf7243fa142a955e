// The hosted reader sign-in end to end over HTTP: page, consent, code, tokens that every
// operation accepts, refresh with rotation, revoke.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { demo } from '../src/demo.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { authorize, authorizeQuery, exchange, locationOf, meStatus, pkcePair, raw, requestIdOf, token } from './support/oauth.js';

describe('OAuth sign-in: authorization code + PKCE', () => {
  let s: TestSandbox;
  before(async () => {
    s = await startSandbox({ mentors: 50 });
  });
  after(() => s.close());

  it('serves a sign-in page listing the organization’s people, framed by no one', async () => {
    const page = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge));
    assert.equal(page.status, 200);
    assert.match(page.headers.get('Content-Type') ?? '', /^text\/html/);
    assert.match(page.text, /<html lang="en">/);
    assert.equal(page.text.match(/<h1>/g)?.length, 1);
    assert.match(page.text, /Priya Raman/);
    assert.match(page.text, /Daniel Okafor/);
    assert.doesNotMatch(page.text, /Sam Lindqvist/, 'another organization’s people are not offered');
    assert.match(page.text, /<label class="field" for="new-email">Email <input id="new-email"/);
    const csp = page.headers.get('Content-Security-Policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /script-src/, 'the sign-in page runs no script');
    assert.equal(page.headers.get('X-Frame-Options'), 'DENY');
    assert.ok(page.headers.get('X-Request-Id'));
  });

  it('gives a user token that every operation accepts, and rotates the refresh token', async () => {
    const flow = await authorize(s);
    assert.equal(flow.redirect.origin + flow.redirect.pathname, `${s.url}/oauth/popup-callback`);
    assert.equal(flow.redirect.searchParams.get('state'), 'state-0123456789');
    const first = await exchange(s, flow);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.match(first.body.access_token!, /^ut_/);
    assert.match(first.body.refresh_token!, /^ort_/);
    assert.equal(first.body.token_type, 'Bearer');
    assert.equal(first.headers.get('Cache-Control'), 'no-store');
    assert.deepEqual(await meStatus(s, first.body.access_token!), { status: 200, id: demo.users.mentee.id });

    const second = await token(s, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token!, client_id: demo.keys.demoPublishable });
    assert.equal(second.status, 200, JSON.stringify(second.body));
    assert.notEqual(second.body.refresh_token, first.body.refresh_token);
    assert.deepEqual(await meStatus(s, second.body.access_token!), { status: 200, id: demo.users.mentee.id });
    // The old refresh token stops working once exchanged.
    const again = await token(s, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token!, client_id: demo.keys.demoPublishable });
    assert.equal(again.status, 400);
    assert.equal(again.body.error, 'invalid_grant');
  });

  it('revokes the whole family when a rotated refresh token comes back', async () => {
    const first = await exchange(s, await authorize(s));
    const second = await token(s, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token!, client_id: demo.keys.demoPublishable });
    assert.equal(second.status, 200);
    const replay = await token(s, { grant_type: 'refresh_token', refresh_token: first.body.refresh_token!, client_id: demo.keys.demoPublishable });
    assert.equal(replay.body.error, 'invalid_grant');
    assert.equal((await meStatus(s, second.body.access_token!)).status, 401, 'the newest access token is revoked too');
    const next = await token(s, { grant_type: 'refresh_token', refresh_token: second.body.refresh_token!, client_id: demo.keys.demoPublishable });
    assert.equal(next.body.error, 'invalid_grant', 'the newest refresh token is revoked too');
  });

  it('creates an account with a name and an email', async () => {
    const pkce = pkcePair();
    const page = await raw(s, 'GET', authorizeQuery(s, pkce.challenge));
    const consent = await raw(s, 'POST', '/oauth/authorize', {
      form: { request: requestIdOf(page.text), decision: 'allow', user_id: 'new', name: 'Ada <Reader>', email: 'ada@reader.example' },
    });
    const code = locationOf(consent).searchParams.get('code')!;
    const tokens = await exchange(s, { code, verifier: pkce.verifier, redirectUri: `${s.url}/oauth/popup-callback` });
    const me = await s.request<{ name: string; email: string; organizationId: string }>('GET', '/v1/me', { auth: tokens.body.access_token! });
    assert.equal(me.status, 200);
    assert.deepEqual([me.body.name, me.body.email, me.body.organizationId], ['Ada <Reader>', 'ada@reader.example', demo.orgs.demo]);
    // Shown escaped on the next sign-in page.
    const next = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge));
    assert.match(next.text, /Ada &lt;Reader&gt;/);
    assert.doesNotMatch(next.text, /Ada <Reader>/);
  });

  it('answers Cancel with access_denied and the state, to the verified redirect', async () => {
    const page = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge, { redirect_uri: 'http://localhost:5173/callback', origin: undefined }));
    assert.equal(page.status, 200);
    const denied = locationOf(await raw(s, 'POST', '/oauth/authorize', { form: { request: requestIdOf(page.text), decision: 'deny' } }));
    assert.equal(denied.origin + denied.pathname, 'http://localhost:5173/callback');
    assert.equal(denied.searchParams.get('error'), 'access_denied');
    assert.equal(denied.searchParams.get('state'), 'state-0123456789');
    assert.equal(denied.searchParams.get('code'), null);
  });

  it('revokes on sign-out (RFC 7009): the refresh token and its access tokens stop working', async () => {
    const tokens = await exchange(s, await authorize(s));
    const revoked = await raw(s, 'POST', '/oauth/revoke', {
      form: { token: tokens.body.refresh_token!, token_type_hint: 'refresh_token', client_id: demo.keys.demoPublishable },
    });
    assert.equal(revoked.status, 200);
    assert.equal((await meStatus(s, tokens.body.access_token!)).status, 401);
    const refreshed = await token(s, { grant_type: 'refresh_token', refresh_token: tokens.body.refresh_token!, client_id: demo.keys.demoPublishable });
    assert.equal(refreshed.status, 400);
    assert.equal(refreshed.body.error, 'invalid_grant');
    // Unknown tokens are answered 200 too: nothing to learn from the answer.
    assert.equal((await raw(s, 'POST', '/oauth/revoke', { form: { token: 'ort_unknown', client_id: demo.keys.demoPublishable } })).status, 200);
  });

  it('revokes a single access token', async () => {
    const tokens = await exchange(s, await authorize(s));
    await raw(s, 'POST', '/oauth/revoke', { form: { token: tokens.body.access_token!, client_id: demo.keys.demoPublishable } });
    assert.equal((await meStatus(s, tokens.body.access_token!)).status, 401);
  });

  it('stores codes and refresh tokens only as hashes', async () => {
    const flow = await authorize(s);
    const tokens = await exchange(s, flow);
    const tables = ['oauth_requests', 'oauth_codes', 'oauth_families', 'oauth_refresh_tokens', 'oauth_access_tokens'];
    const dump = JSON.stringify(tables.map((table) => s.db.prepare(`SELECT * FROM ${table}`).all()));
    const sha256 = (secret: string) => createHash('sha256').update(secret).digest('hex');
    assert.ok(dump.includes(sha256(flow.code)) && dump.includes(sha256(tokens.body.refresh_token!)), 'the tables hold their hashes');
    assert.ok(!dump.includes(flow.code), 'a code in the clear');
    assert.ok(!dump.includes(tokens.body.refresh_token!), 'a refresh token in the clear');
  });
});
