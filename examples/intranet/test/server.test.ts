// The intranet's session, as an attacker would try it: a link that signs in, a cookie typed by
// hand, a signed cookie with its name swapped, a sign-in form posted from another site.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startIntranet } from '../server.js';

let intranet: { origin: string; server: Server };
before(async () => {
  // No Menteo API is reached by these paths; the address only fills the CSP.
  intranet = await startIntranet({ port: 0, apiUrl: 'http://127.0.0.1:9', secretKey: 'sk_test_unused', bundle: '/nonexistent/menteo.js' });
});
after(() => intranet.server.close());

const get = (path: string, cookie?: string) => fetch(`${intranet.origin}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
const signIn = (as: string, headers: Record<string, string> = {}) =>
  fetch(`${intranet.origin}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: intranet.origin, ...headers },
    body: new URLSearchParams({ as }),
  });
/** The `name=value` part of a response's Set-Cookie, as a browser would send it back. */
const cookieOf = (response: Response) => response.headers.get('set-cookie')?.split(';')[0];
const sessionOf = async (cookie?: string) => (await get('/session', cookie)).json();

describe('intranet sign-in', () => {
  it('GET /login asks (a form that posts, a labelled button) and signs no one in', async () => {
    const page = await get('/login?as=demo-mentee');
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('set-cookie'), null);
    const html = await page.text();
    assert.match(html, /<form method="post" action="\/login"/);
    assert.match(html, /<button type="submit" name="as" value="demo-mentee"[^>]*>Continue as Priya Raman<\/button>/);
    assert.doesNotMatch(html, /Daniel Okafor/);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal((await get('/login?as=nobody')).status, 400);
  });

  it('POST /login signs in with a signed cookie, and only that cookie is a session', async () => {
    const response = await signIn('demo-mentee');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/');
    assert.match(response.headers.get('set-cookie') ?? '', /HttpOnly; SameSite=Lax/);
    const cookie = cookieOf(response)!;
    assert.deepEqual(await sessionOf(cookie), { externalUserId: 'demo-mentee', name: 'Priya Raman', email: 'priya@example.com' });
    assert.equal(await sessionOf(), null);
  });

  it('treats a forged or tampered cookie as signed out', async () => {
    const mentee = cookieOf(await signIn('demo-mentee'))!;
    const signature = mentee.split('.')[1]!;
    const forged = [
      'session=demo-mentor', // the name alone, as the old cookie was
      `session=demo-mentor.${signature}`, // someone else's name under Priya's signature
      `${mentee.slice(0, -2)}${mentee.endsWith('AA') ? 'BB' : 'AA'}`, // a changed signature
      `${mentee}x`,
      'session=demo-mentee.',
    ];
    for (const cookie of forged) {
      assert.equal(await sessionOf(cookie), null, cookie);
      assert.equal((await get('/menteo/token', cookie)).status, 401, cookie);
    }
  });

  it('refuses a sign-in posted from another site, an unknown employee and an oversized form', async () => {
    const crossSite = await signIn('demo-mentee', { origin: 'https://evil.example' });
    assert.equal(crossSite.status, 403);
    assert.equal(crossSite.headers.get('set-cookie'), null);
    assert.equal((await signIn('nobody')).status, 400);
    assert.equal((await signIn(`demo-mentee${'x'.repeat(2000)}`)).status, 413);
  });

  it('a session signed by another server (another secret) is not one here', async () => {
    const other = await startIntranet({
      port: 0,
      apiUrl: 'http://127.0.0.1:9',
      secretKey: 'sk_test_unused',
      bundle: '/nonexistent/menteo.js',
      sessionSecret: 'another secret',
    });
    try {
      const response = await fetch(`${other.origin}/login`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ as: 'demo-mentor' }) });
      assert.equal(await sessionOf(cookieOf(response)), null);
    } finally {
      other.server.close();
    }
  });
});
