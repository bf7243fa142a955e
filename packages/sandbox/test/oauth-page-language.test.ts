// The hosted sign-in speaks the reader's language: the page asks for one with `ui_locales` (the
// SDK sends the element's), else the browser's Accept-Language decides, else English. The choice
// follows the reader through the consent's answer and the popup callback.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demo } from '../src/demo.js';
import { pageLang } from '../src/resources/oauth/page-strings.js';
import { startSandbox, type TestSandbox } from './support/harness.js';
import { authorizeQuery, locationOf, pkcePair, raw, requestIdOf } from './support/oauth.js';

const langOf = (html: string) => html.match(/<html lang="([a-z]+)">/)?.[1];

describe('OAuth pages in the reader’s language', () => {
  let s: TestSandbox;
  before(async () => {
    s = await startSandbox({ mentors: 50 });
  });
  after(() => s.close());

  it('picks the first language it speaks from ui_locales, then from Accept-Language by weight, else English', () => {
    assert.equal(pageLang('es', undefined), 'es');
    assert.equal(pageLang('fr es-MX en', undefined), 'es', 'French is not spoken; the next wish is');
    assert.equal(pageLang('fr', 'es-ES,es;q=0.9'), 'es', 'ui_locales unspoken: the browser decides');
    assert.equal(pageLang(null, 'en;q=0.5, es;q=0.9'), 'es', 'by weight, not by order');
    assert.equal(pageLang(null, 'es;q=0, en;q=0.1'), 'en', 'q=0 means not this one');
    assert.equal(pageLang(undefined, 'de-DE'), 'en');
    assert.equal(pageLang('', ''), 'en');
  });

  it('shows the sign-in page in Spanish for ui_locales=es, and carries the language in its form', async () => {
    const page = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge, { ui_locales: 'es' }));
    assert.equal(page.status, 200);
    assert.equal(langOf(page.text), 'es');
    assert.match(page.text, /<h1>Iniciar sesión en Demo Company<\/h1>/);
    assert.match(page.text, /<legend>Continuar como<\/legend>/);
    assert.match(page.text, /value="allow">Permitir<\/button>/);
    assert.match(page.text, /<input type="hidden" name="lang" value="es">/);
    assert.doesNotMatch(page.text, /Continue as|Allow<\/button>/);
  });

  it('follows Accept-Language when the page asks for nothing, and stays English by default', async () => {
    const spanish = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge), { headers: { 'Accept-Language': 'es-ES,es;q=0.9,en;q=0.8' } });
    assert.equal(langOf(spanish.text), 'es');
    const english = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge));
    assert.equal(langOf(english.text), 'en');
    assert.match(english.text, /<h1>Sign in to Demo Company<\/h1>/);
  });

  it('answers a bad consent and a wrong new account in the form’s language', async () => {
    const page = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge, { ui_locales: 'es' }));
    const noDecision = await raw(s, 'POST', '/oauth/authorize', { form: { request: requestIdOf(page.text), lang: 'es', decision: 'maybe' } });
    assert.equal(noDecision.status, 400);
    assert.equal(langOf(noDecision.text), 'es');
    assert.match(noDecision.text, /Elige Permitir o Cancelar\./);
    const again = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge, { ui_locales: 'es' }));
    const badEmail = await raw(s, 'POST', '/oauth/authorize', {
      form: { request: requestIdOf(again.text), lang: 'es', decision: 'allow', user_id: 'new', name: 'Lucía', email: 'not-an-email' },
    });
    assert.equal(badEmail.status, 400);
    assert.match(badEmail.text, /<h1>No se puede iniciar sesión<\/h1>/);
    assert.match(badEmail.text, /Una cuenta nueva necesita un correo electrónico válido\./);
  });

  it('says "signed in" and "cancelled" in Spanish on the popup callback, and adds nothing to another site’s redirect URI', async () => {
    const page = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge, { ui_locales: 'es' }));
    const allowed = locationOf(
      await raw(s, 'POST', '/oauth/authorize', { form: { request: requestIdOf(page.text), lang: 'es', decision: 'allow', user_id: demo.users.mentee.id } }),
    );
    assert.equal(allowed.searchParams.get('lang'), 'es');
    const signedIn = await raw(s, 'GET', `${allowed.pathname}${allowed.search}`);
    assert.equal(signedIn.status, 200);
    assert.equal(langOf(signedIn.text), 'es');
    assert.match(signedIn.text, /<h1>Has iniciado sesión<\/h1>/);

    const cancelPage = await raw(s, 'GET', authorizeQuery(s, pkcePair().challenge, { ui_locales: 'es' }));
    const denied = locationOf(await raw(s, 'POST', '/oauth/authorize', { form: { request: requestIdOf(cancelPage.text), lang: 'es', decision: 'deny' } }));
    assert.match((await raw(s, 'GET', `${denied.pathname}${denied.search}`)).text, /<h1>Inicio de sesión cancelado<\/h1>/);

    // A development redirect URI of the page's own: only OAuth's parameters reach it.
    const direct = await raw(
      s,
      'GET',
      authorizeQuery(s, pkcePair().challenge, { ui_locales: 'es', redirect_uri: 'http://localhost:5173/cb', origin: undefined }),
    );
    const toSite = locationOf(
      await raw(s, 'POST', '/oauth/authorize', { form: { request: requestIdOf(direct.text), lang: 'es', decision: 'allow', user_id: demo.users.mentee.id } }),
    );
    assert.deepEqual([...toSite.searchParams.keys()].sort(), ['code', 'state']);
  });
});
