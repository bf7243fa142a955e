// `client.auth.signIn({ popup: true })` against a real sandbox, in Node with a stand-in window:
// the test plays the reader in the "popup" over HTTP (sign-in page, consent, hosted callback) and
// delivers the callback's message the way a browser would. Chromium runs the same journey in
// test/e2e/oauth-popup.e2e.test.ts at the repository's root.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { Menteo } from '../src/client.js';
import { SignInError } from '../src/resources/oauth/sign-in-error.js';

const pageOrigin = 'http://localhost:8080';
const menteeId = 'usr_demomentee';

/** A page's window as signIn uses it: `open`, `location.origin` and message events. */
class StandInWindow extends EventTarget {
  readonly location = { origin: pageOrigin };
  readonly popup = { closed: false };
  readonly opened: Promise<string>;
  #resolveOpened!: (url: string) => void;
  constructor(private readonly blocked = false) {
    super();
    this.opened = new Promise((resolve) => {
      this.#resolveOpened = resolve;
    });
  }
  open(url: URL | string): { closed: boolean } | null {
    this.#resolveOpened(String(url));
    return this.blocked ? null : this.popup;
  }
  /** A `message` event as the browser dispatches it to the opener. */
  deliver(origin: string, source: unknown, data: unknown): void {
    this.dispatchEvent(Object.assign(new Event('message'), { origin, source, data }));
  }
}

let s: TestSandbox;
before(async () => {
  s = await startSandbox();
  s.setNow(new Date(Math.floor(s.now().getTime() / 1000) * 1000));
});
after(() => s.close());

/** What the reader does in the popup: picks Priya, Allow; returns the message the callback page would post and where. */
async function consentInPopup(authorizeUrl: string, decision: 'allow' | 'deny' = 'allow'): Promise<{ message: unknown; targetOrigin: string }> {
  const page = await (await fetch(authorizeUrl)).text();
  const request = page.match(/name="request" value="([^"]+)"/)?.[1];
  assert.ok(request, page.slice(0, 300));
  const consent = await fetch(`${s.url}/oauth/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request, decision, user_id: menteeId }),
  });
  const callback = await (await fetch(consent.headers.get('Location')!)).text();
  const data = callback.match(/<script type="application\/json" id="menteo-oauth">(.*?)<\/script>/s)?.[1];
  assert.ok(data, callback.slice(0, 300));
  return JSON.parse(data) as { message: unknown; targetOrigin: string };
}

/** A client whose requests are recorded (path and Authorization). */
function recordingClient() {
  const sent: { path: string; authorization: string | null }[] = [];
  const client = new Menteo({
    publishableKey: 'pk_test_demo',
    baseUrl: s.url,
    maxRetries: 0,
    fetch: (input, init) => {
      const request = new Request(input, init);
      sent.push({ path: new URL(request.url).pathname, authorization: request.headers.get('authorization') });
      return fetch(request);
    },
  });
  return { client, sent };
}

async function signedIn() {
  const { client, sent } = recordingClient();
  const win = new StandInWindow();
  const signing = client.auth.signIn({ popup: true, window: win as unknown as Window });
  const url = new URL(await win.opened);
  const { message, targetOrigin } = await consentInPopup(url.toString());
  win.deliver(new URL(s.url).origin, win.popup, message);
  return { client, sent, win, url, targetOrigin, result: await signing };
}

describe('client.auth.signIn({ popup: true })', () => {
  it('opens the hosted page with PKCE S256 and state, and the client then acts as the reader', async () => {
    const { client, url, targetOrigin, result, sent } = await signedIn();
    assert.equal(url.origin + url.pathname, `${s.url}/oauth/authorize`);
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.match(url.searchParams.get('code_challenge')!, /^[A-Za-z0-9_-]{43}$/);
    assert.match(url.searchParams.get('state')!, /^[A-Za-z0-9_-]{22}$/);
    assert.equal(url.searchParams.get('origin'), pageOrigin);
    assert.equal(url.searchParams.get('client_id'), 'pk_test_demo');
    assert.equal(targetOrigin, pageOrigin, 'the callback posts to the page’s origin only');
    assert.deepEqual(result, { userId: menteeId });
    assert.equal((await client.me.retrieve()).id, menteeId);
    assert.match(sent.at(-1)!.authorization!, /^Bearer ut_/);
  });

  it('asks the hosted page for the reader’s language (ui_locales), and the page speaks it', async () => {
    const { client } = recordingClient();
    const win = new StandInWindow();
    const signing = client.auth.signIn({ popup: true, window: win as unknown as Window, locale: 'es-MX' });
    const url = new URL(await win.opened);
    assert.equal(url.searchParams.get('ui_locales'), 'es-MX');
    const page = await (await fetch(url)).text();
    assert.match(page, /<html lang="es">/);
    assert.match(page, /Iniciar sesión en Demo Company/);
    const { message } = await consentInPopup(url.toString());
    win.deliver(new URL(s.url).origin, win.popup, message);
    assert.deepEqual(await signing, { userId: menteeId });
    // Without a locale, nothing is asked: the browser's Accept-Language decides.
    const plain = new StandInWindow();
    const other = recordingClient().client.auth.signIn({ popup: true, window: plain as unknown as Window });
    const plainUrl = new URL(await plain.opened);
    assert.equal(plainUrl.searchParams.has('ui_locales'), false);
    const { message: plainMessage } = await consentInPopup(plainUrl.toString());
    plain.deliver(new URL(s.url).origin, plain.popup, plainMessage);
    await other;
  });

  it('ignores answers from another origin, another window or with another state', async () => {
    const { client } = recordingClient();
    const win = new StandInWindow();
    const signing = client.auth.signIn({ popup: true, window: win as unknown as Window });
    const { message } = await consentInPopup(await win.opened);
    const apiOrigin = new URL(s.url).origin;
    let settled = false;
    signing.then(
      () => {
        settled = true;
      },
      () => {
        settled = true;
      },
    );
    win.deliver('https://evil.example', win.popup, message);
    win.deliver(apiOrigin, { closed: false }, message);
    win.deliver(apiOrigin, win.popup, { ...(message as object), state: 'another-state' });
    // Event listeners run synchronously on dispatch: had any been taken, the exchange would have begun.
    await Promise.resolve();
    assert.equal(settled, false);
    win.deliver(apiOrigin, win.popup, message);
    assert.deepEqual(await signing, { userId: menteeId });
  });

  it('refreshes an expired token once for concurrent requests, rotating the refresh token', async () => {
    const { client, sent } = await signedIn();
    const first = sent.length;
    s.setNow(new Date(s.now().getTime() + 16 * 60_000));
    const [me, user] = await Promise.all([client.me.retrieve(), client.users.retrieve(menteeId)]);
    assert.equal(me.id, menteeId);
    assert.equal(user.id, menteeId);
    assert.equal(sent.slice(first).filter((r) => r.path === '/oauth/token').length, 1);
    // And again after the next expiry: the rotated refresh token is the one sent.
    s.setNow(new Date(s.now().getTime() + 16 * 60_000));
    assert.equal((await client.me.retrieve()).id, menteeId);
  });

  it('signs out: the sign-in is revoked at the API and the client is anonymous again', async () => {
    const { client, sent } = await signedIn();
    assert.equal(client.toJSON().credential, 'token', 'signed in, the client says it sends a token');
    await client.me.retrieve();
    const token = sent.at(-1)!.authorization!.slice('Bearer '.length);
    await client.auth.signOut();
    assert.equal(client.toJSON().credential, 'publishable');
    assert.equal(sent.at(-1)!.path, '/oauth/revoke');
    assert.equal((await s.request('GET', '/v1/me', { auth: token, unchecked: true })).status, 401);
    const anonymous = await client.me.retrieve().catch((error: unknown) => error);
    assert.ok(anonymous instanceof Error);
    assert.equal(sent.at(-1)!.authorization, 'Bearer pk_test_demo');
  });

  it('rejects with a typed error when the popup is blocked, closed, or the reader cancels', async () => {
    const { client } = recordingClient();
    const blocked = await client.auth.signIn({ popup: true, window: new StandInWindow(true) as unknown as Window }).catch((e: unknown) => e);
    assert.ok(blocked instanceof SignInError && blocked.code === 'popup_blocked', String(blocked));

    const closing = new StandInWindow();
    const closed = client.auth.signIn({ popup: true, window: closing as unknown as Window }).catch((e: unknown) => e);
    await closing.opened;
    closing.popup.closed = true;
    const closedError = await closed;
    assert.ok(closedError instanceof SignInError && closedError.code === 'popup_closed', String(closedError));

    const cancelling = new StandInWindow();
    const cancelled = client.auth.signIn({ popup: true, window: cancelling as unknown as Window }).catch((e: unknown) => e);
    const { message } = await consentInPopup(await cancelling.opened, 'deny');
    cancelling.deliver(new URL(s.url).origin, cancelling.popup, message);
    const cancelError = await cancelled;
    assert.ok(cancelError instanceof SignInError && cancelError.code === 'access_denied', String(cancelError));
  });

  it('takes the answer of a popup that closed itself before its message was dispatched here', async () => {
    // The callback page posts its answer and closes; the opener may see `closed` first (the two
    // cross processes separately). The message, dispatched after that look, still signs in.
    const { client } = recordingClient();
    const win = new StandInWindow();
    const signing = client.auth.signIn({ popup: true, window: win as unknown as Window });
    const { message } = await consentInPopup(await win.opened);
    let looked = false;
    Object.defineProperty(win.popup, 'closed', {
      get: () => {
        if (!looked) setImmediate(() => win.deliver(new URL(s.url).origin, win.popup, message));
        looked = true;
        return true;
      },
    });
    assert.deepEqual(await signing, { userId: menteeId });
  });

  it('rejects on an insecure page (no WebCrypto) before opening anything', async () => {
    const { client } = recordingClient();
    const win = new StandInWindow();
    const { crypto } = globalThis;
    // What an http page other than localhost has: getRandomValues, no subtle.
    Object.defineProperty(globalThis, 'crypto', { value: { getRandomValues: crypto.getRandomValues.bind(crypto) }, configurable: true });
    try {
      const error = await client.auth.signIn({ popup: true, window: win as unknown as Window }).catch((e: unknown) => e);
      assert.ok(error instanceof SignInError && error.code === 'insecure_context', String(error));
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true });
    }
    assert.equal(await Promise.race([win.opened, Promise.resolve('not opened')]), 'not opened');
  });
});
