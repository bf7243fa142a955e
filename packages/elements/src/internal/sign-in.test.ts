// Reader sign-in from the elements (#12): what "Sign in" does (the element's `sign-in`, else its
// provider's, else `<meta name="menteo:sign-in">`), the page keeping control with
// `preventDefault()`, and every element of a connection switching to the reader once the hosted
// popup answers. The popup is a stand-in window (as the SDK's oauth-sign-in test does): the test
// delivers its answer, and the provider's `fetch` answers `/oauth/token` with a real user token of
// the sandbox's, so everything after it runs against the real API.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { part, sandbox, textOf, tokenFor, waitForPart } from '../../test/support.js';
import { configure } from '../index.js';
import { MenteoProvider } from '../provider/menteo-provider.js';
import { MenteoRoadmapStepper } from '../roadmap-stepper/roadmap-stepper.js';
import { MenteoThreadFeed } from '../thread-feed/thread-feed.js';
import { readers, sharedConnection } from './connection.js';
import { signInHooks, signInMode } from './sign-in-flow.js';

MenteoProvider.define('menteo-provider');
MenteoRoadmapStepper.define('menteo-roadmap-stepper');
MenteoThreadFeed.define('menteo-thread-feed');

const slug = 'senior-engineer-to-engineering-manager';
const apiOrigin = new URL(sandbox.url).origin;

/** The page's window as the SDK's sign-in uses it: `open`, `location.origin`, message events. */
class StandInWindow extends EventTarget {
  readonly location = { origin: location.origin };
  readonly popup: { closed: boolean };
  readonly opened: string[] = [];
  constructor(closed = false) {
    super();
    this.popup = { closed };
  }
  open(url: URL | string): { closed: boolean } {
    this.opened.push(String(url));
    return this.popup;
  }
  /** What the hosted callback page posts once the reader consented. */
  consent(): void {
    const state = new URL(this.opened.at(-1)!).searchParams.get('state');
    const data = { type: 'menteo:oauth', code: 'oac_test', state };
    this.dispatchEvent(Object.assign(new Event('message'), { origin: apiOrigin, source: this.popup, data }));
  }
}

function addMeta(name: string, content: string): void {
  const meta = document.createElement('meta');
  meta.name = name;
  meta.content = content;
  document.head.append(meta);
}

/** The provider's `fetch`: the OAuth endpoints answered here (a real user token), the rest by the sandbox. */
function oauthFetch(token: string, calls: string[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const { pathname } = new URL(request.url);
    if (pathname === '/oauth/token') {
      calls.push(`token ${new URLSearchParams(await request.text()).get('code')}`);
      return Response.json({ access_token: token, refresh_token: 'ort_test', token_type: 'Bearer', expires_in: 3600, user_id: 'usr_demomentee' });
    }
    if (pathname === '/oauth/revoke') {
      calls.push(`revoke ${new URLSearchParams(await request.text()).get('token')}`);
      return new Response(null, { status: 200 });
    }
    return fetch(request);
  };
}

const signInButton = (el: Element) => waitForPart<HTMLButtonElement>(el, 'sign-in-button');

describe('reader sign-in in the elements', () => {
  let win: StandInWindow;
  let visited: string[];
  const { navigate, window: realWindow } = signInHooks;

  beforeEach(() => {
    win = new StandInWindow();
    visited = [];
    signInHooks.window = win as unknown as Window;
    signInHooks.navigate = (url) => visited.push(url);
  });

  afterEach(() => {
    signInHooks.navigate = navigate;
    signInHooks.window = realWindow;
    configure({});
    for (const meta of document.head.querySelectorAll('meta[name^="menteo:"]')) meta.remove();
  });

  it('resolves the mode: the element’s own sign-in, else its provider’s, else the page’s meta, else none', async () => {
    const root = await fixture(html`<div>
      <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} sign-in="https://blog.example/login">
        <menteo-roadmap-stepper id="inherits" roadmap-id=${slug}></menteo-roadmap-stepper>
        <menteo-roadmap-stepper id="own" roadmap-id=${slug} sign-in="popup"></menteo-roadmap-stepper>
      </menteo-provider>
      <menteo-roadmap-stepper id="page" roadmap-id=${slug} publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-roadmap-stepper>
    </div>`);
    const byId = (id: string) => root.querySelector(`#${id}`)!;
    expect(signInMode(byId('inherits'))).to.equal('https://blog.example/login');
    expect(signInMode(byId('own'))).to.equal('popup');
    expect(signInMode(byId('page')), 'no meta: the event only').to.equal(undefined);
    addMeta('menteo:sign-in', 'popup');
    expect(signInMode(byId('page'))).to.equal('popup');
    expect(signInMode(byId('inherits')), 'the provider wins over the page').to.equal('https://blog.example/login');
  });

  it('with no mode, "Sign in" only fires the event (today’s behaviour)', async () => {
    const el = await fixture<MenteoRoadmapStepper>(
      html`<menteo-roadmap-stepper roadmap-id=${slug} publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-roadmap-stepper>`,
    );
    await signInButton(el);
    const asked = oneEvent(el, 'menteo-sign-in-required');
    // What the button calls, awaited: the sign-in module decides there is nothing to do, and the test ends after it.
    const signedIn = await (el as unknown as { requestSignIn(action: 'progress'): Promise<boolean> }).requestSignIn('progress');
    expect((await asked).detail.action).to.equal('progress');
    expect(signedIn).to.equal(false);
    expect(win.opened).to.deep.equal([]);
    expect(visited).to.deep.equal([]);
  });

  it('URL mode sends the reader to the site’s login with a return_to of this page', async () => {
    addMeta('menteo:sign-in', '/login?from=menteo');
    const el = await fixture<MenteoRoadmapStepper>(
      html`<menteo-roadmap-stepper roadmap-id=${slug} publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-roadmap-stepper>`,
    );
    (await signInButton(el)).click();
    await waitUntil(() => visited.length === 1, 'no navigation');
    const login = new URL(visited[0]!);
    expect(login.origin + login.pathname).to.equal(`${location.origin}/login`);
    expect(login.searchParams.get('from')).to.equal('menteo');
    expect(login.searchParams.get('return_to')).to.equal(location.href);
    expect(win.opened).to.deep.equal([]);
  });

  it('preventDefault() on menteo-sign-in-required keeps the element from acting', async () => {
    addMeta('menteo:sign-in', 'popup');
    const el = await fixture<MenteoRoadmapStepper>(
      html`<menteo-roadmap-stepper roadmap-id=${slug} publishable-key="pk_test_demo" base-url=${sandbox.url}></menteo-roadmap-stepper>`,
    );
    let heard = 0;
    el.addEventListener('menteo-sign-in-required', (event) => {
      heard++;
      event.preventDefault();
    });
    (await signInButton(el)).click();
    // The listener ran synchronously in the click; anything the element did after it would have opened by the next update.
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(heard).to.equal(1);
    expect(win.opened).to.deep.equal([]);
  });

  it('a popup closed before consent shows a short, polite message (in Spanish on a Spanish page)', async () => {
    win = new StandInWindow(true);
    signInHooks.window = win as unknown as Window;
    const root = await fixture(html`<div lang="es">
      <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} sign-in="popup">
        <menteo-roadmap-stepper roadmap-id=${slug}></menteo-roadmap-stepper>
      </menteo-provider>
    </div>`);
    const el = root.querySelector('menteo-roadmap-stepper')!;
    (await signInButton(el)).click();
    const message = await waitForPart(el, 'sign-in-error');
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.equal('No se completó el inicio de sesión. Puedes intentarlo de nuevo.');
    expect(win.opened).to.have.length(1);
    expect(new URL(win.opened[0]!).searchParams.get('ui_locales'), 'the hosted page in the element’s language').to.equal('es');
    expect(part(el, 'sign-in-button'), 'still signed out, and can try again').to.exist;
    await expect(el).to.be.accessible();
  });

  it('after consent every element of the provider shows the reader signed in; sign out returns them all to signed out', async () => {
    const calls: string[] = [];
    const token = await tokenFor('demo-mentee');
    const root = await fixture(html`<div lang="en">
      <menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} sign-in="popup" .fetch=${oauthFetch(token, calls)}>
        <menteo-roadmap-stepper id="a" roadmap-id=${slug}></menteo-roadmap-stepper>
        <menteo-roadmap-stepper id="b" roadmap-id=${slug}></menteo-roadmap-stepper>
      </menteo-provider>
    </div>`);
    const provider = root.querySelector<MenteoProvider>('menteo-provider')!;
    const [a, b] = [root.querySelector('#a')!, root.querySelector('#b')!];
    const anonymous = provider.connection!.stores;
    (await signInButton(a)).click();
    await waitUntil(() => win.opened.length === 1, 'no popup opened');
    const authorize = new URL(win.opened[0]!);
    expect(authorize.origin + authorize.pathname).to.equal(`${apiOrigin}/oauth/authorize`);
    expect(authorize.searchParams.get('code_challenge_method')).to.equal('S256');
    win.consent();

    // Both steppers: the progress controls (the demo mentee's progress), and who is signed in.
    for (const el of [a, b]) {
      await waitForPart(el, 'progress');
      expect(part(el, 'sign-in-required')).to.equal(null);
      expect(part(el, 'account')!.textContent).to.match(/Signed in as \S+/);
    }
    expect(calls).to.deep.equal(['token oac_test']);
    expect(provider.connection!.stores, 'new stores: nothing loaded as someone else').not.to.equal(anonymous);
    expect(readers.get(provider.connection!)?.userId).to.equal('usr_demomentee');
    await expect(a).to.be.accessible();

    part<HTMLButtonElement>(b, 'sign-out-button')!.click();
    for (const el of [a, b]) await waitForPart(el, 'sign-in-required');
    expect(calls).to.deep.equal(['token oac_test', 'revoke ort_test']);
    expect(part(a, 'progress')).to.equal(null);
    expect(part(a, 'account')).to.equal(null);
    expect(readers.has(provider.connection!)).to.equal(false);
    expect(textOf(a)).to.contain('Sign in to track your progress');
  });

  it('a signed-out reaction on the thread feed opens the popup too (after its event)', async () => {
    const root = await fixture(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} sign-in="popup">
      <menteo-thread-feed thread-id="thr_learningtolead" limit="3"></menteo-thread-feed>
    </menteo-provider>`);
    const feed = root.querySelector('menteo-thread-feed')!;
    const cheer = await waitForPart<HTMLButtonElement>(feed, 'reaction-cheer');
    const asked = oneEvent(feed, 'menteo-sign-in-required');
    cheer.click();
    expect((await asked).detail.action).to.equal('react');
    await waitUntil(() => win.opened.length === 1, 'no popup opened');
    expect(new URL(win.opened[0]!).pathname).to.equal('/oauth/authorize');
    expect(readers.has((root as MenteoProvider).connection!), 'signed out until the reader consents').to.equal(false);
    // The reader closes it, so this sign-in ends (as popup_closed) instead of waiting on.
    win.popup.closed = true;
  });

  it('the thread feed: "Sign in" under a post’s comments opens the popup; signed in, the header names the reader and the comment field shows', async () => {
    const calls: string[] = [];
    const token = await tokenFor('demo-mentee');
    const root = await fixture(html`<menteo-provider publishable-key="pk_test_demo" base-url=${sandbox.url} sign-in="popup" .fetch=${oauthFetch(token, calls)}>
      <menteo-thread-feed thread-id="thr_learningtolead" limit="3"></menteo-thread-feed>
    </menteo-provider>`);
    const feed = root.querySelector('menteo-thread-feed')!;
    (await waitForPart<HTMLButtonElement>(feed, 'comments-button')).click();
    const signIn = await waitForPart<HTMLButtonElement>(feed, 'sign-in-button');
    expect(part(feed, 'sign-in-required')!.textContent).to.contain('Sign in to comment.');
    expect(part(feed, 'account')).to.equal(null);
    await expect(feed).to.be.accessible();
    const asked = oneEvent(feed, 'menteo-sign-in-required');
    signIn.click();
    expect((await asked).detail.action).to.equal('comment');
    await waitUntil(() => win.opened.length === 1, 'no popup opened');
    win.consent();
    await waitForPart(feed, 'account');
    expect(part(feed, 'account')!.textContent).to.match(/Signed in as \S+/);
    (await waitForPart<HTMLButtonElement>(feed, 'comments-button')).click();
    await waitForPart(feed, 'comment-form');
    expect(part(feed, 'sign-in-button')).to.equal(null);
    await expect(feed).to.be.accessible();
    part<HTMLButtonElement>(feed, 'sign-out-button')!.click();
    await waitUntil(() => part(feed, 'account') === null, 'still signed in');
    expect(calls).to.deep.equal(['token oac_test', 'revoke ort_test']);
  });

  it('the page’s shared connection: a reader signing in on it reaches every element outside a provider', async () => {
    addMeta('menteo:sign-in', 'popup');
    configure({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url });
    const page = sharedConnection({ publishableKey: 'pk_test_demo', baseUrl: sandbox.url });
    // The OAuth endpoints go through the client's `fetch` (the API's requests through its transport): answered here.
    const calls: string[] = [];
    const fetchOfPage = page.client.fetch;
    (page.client as { fetch: typeof fetch }).fetch = oauthFetch(await tokenFor('demo-mentee'), calls);
    const root = await fixture(html`<div>
      <menteo-roadmap-stepper id="a" roadmap-id=${slug}></menteo-roadmap-stepper>
      <menteo-roadmap-stepper id="b" roadmap-id=${slug}></menteo-roadmap-stepper>
    </div>`);
    const [a, b] = [root.querySelector('#a')!, root.querySelector('#b')!];
    (await signInButton(b)).click();
    await waitUntil(() => win.opened.length === 1, 'no popup opened');
    win.consent();
    for (const el of [a, b]) {
      await waitForPart(el, 'progress');
      expect(part(el, 'account')!.textContent).to.match(/Signed in as \S+/);
    }
    expect(readers.has(page)).to.equal(true);
    // Back to anonymous for the next tests, as a reader does.
    part<HTMLButtonElement>(a, 'sign-out-button')!.click();
    for (const el of [a, b]) await waitForPart(el, 'sign-in-required');
    expect(calls).to.deep.equal(['token oac_test', 'revoke ort_test']);
    (page.client as { fetch: typeof fetch }).fetch = fetchOfPage;
  });
});
