// The hosted popup callback: it posts the answer to the opener at exactly the origin the flow was
// verified for at /oauth/authorize, whatever the callback's URL says, and never to '*'.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { authorize, authorizeQuery, locationOf, pkcePair, raw, requestIdOf } from './support/oauth.js';

/** The message and target origin the callback page's script will use. */
function postedBy(html: string): { message: Record<string, string>; targetOrigin: string } {
  const data = html.match(/<script type="application\/json" id="menteo-oauth">(.*?)<\/script>/s);
  assert.ok(data, 'the page carries its answer as a data block');
  return JSON.parse(data[1]!) as { message: Record<string, string>; targetOrigin: string };
}

describe('OAuth popup callback', () => {
  let s: TestSandbox;
  before(async () => {
    s = await startSandbox({ mentors: 50 });
  });
  after(() => s.close());

  it('posts the code and state to the registered origin only, with a nonce’d script, unframeable', async () => {
    const flow = await authorize(s, { overrides: { origin: 'http://localhost:8080' } });
    // Whatever an attacker appends to the callback's URL, the target comes from the code.
    const url = `${flow.redirect.pathname}${flow.redirect.search}&origin=${encodeURIComponent('https://evil.example')}&targetOrigin=*`;
    const page = await raw(s, 'GET', url);
    assert.equal(page.status, 200);
    const { message, targetOrigin } = postedBy(page.text);
    assert.equal(targetOrigin, 'http://localhost:8080');
    assert.deepEqual(message, { type: 'menteo:oauth', code: flow.code, state: 'state-0123456789' });
    assert.match(page.text, /window\.opener\.postMessage\(message, targetOrigin\)/);
    assert.doesNotMatch(page.text, /postMessage\([^)]*'\*'/);
    assert.doesNotMatch(page.text, /evil\.example/);
    const csp = page.headers.get('Content-Security-Policy') ?? '';
    const nonce = csp.match(/script-src 'nonce-([^']+)'/)?.[1];
    assert.ok(nonce, csp);
    assert.match(page.text, new RegExp(`<script nonce="${nonce.replace(/[+/=]/g, '\\$&')}">`));
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(page.headers.get('X-Frame-Options'), 'DENY');
    assert.equal(page.headers.get('Referrer-Policy'), 'same-origin', 'the code never leaves in a Referer');
  });

  it('posts a cancel to the request’s origin', async () => {
    const page = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge, { origin: 'http://127.0.0.1:3000' }));
    const denied = locationOf(await raw(s, 'POST', '/oauth/authorize', { form: { request: requestIdOf(page.text), decision: 'deny' } }));
    const callback = await raw(s, 'GET', `${denied.pathname}${denied.search}`);
    assert.equal(callback.status, 200);
    assert.deepEqual(postedBy(callback.text), {
      message: { type: 'menteo:oauth', error: 'access_denied', state: 'state-0123456789' },
      targetOrigin: 'http://127.0.0.1:3000',
    });
  });

  it('delivers nothing for an unknown code, a code of another redirect URI, or no answer at all', async () => {
    const direct = await authorize(s, { overrides: { redirect_uri: 'http://localhost:5173/cb', origin: undefined } });
    for (const query of ['?code=oac_forged&state=x', `?code=${direct.code}&state=x`, '', '?error=access_denied&request=oar_nope']) {
      const page = await raw(s, 'GET', `/oauth/popup-callback${query}`);
      assert.equal(page.status, 400, query);
      assert.doesNotMatch(page.text, /postMessage/);
    }
  });

  it('escapes what it embeds: a state cannot close the data block', async () => {
    const flow = await authorize(s, { overrides: { state: '</script><script>alert(1)</script>' } });
    const page = await raw(s, 'GET', `${flow.redirect.pathname}${flow.redirect.search}`);
    assert.equal(page.text.match(/<\/script>/g)?.length, 2, 'only the page’s own two script ends');
    assert.equal(postedBy(page.text).message.state, '</script><script>alert(1)</script>');
  });
});
