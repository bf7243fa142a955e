// The sign-in, loaded on a reader's first "Sign in" (internal/sign-in.ts imports it then): what
// the element's mode says (the site's login, or the API's hosted popup through the SDK, whose
// popup and PKCE code come with it), the messages it shows, and sign-out. An anonymous reader's
// page carries none of it.
import { Auth, SignInError } from '@menteo/sdk';
import { createStoreContext } from '@menteo/sdk/stores/context';
import { identify, signOut } from '@menteo/sdk/stores/identity';
import type { StoreContext } from '@menteo/sdk/stores';
import { html, nothing, type ReactiveElement } from 'lit';
import type { Connection } from '../context.js';
import { loadLocale, msg } from '../locales/strings.js';
import { readers, type Reader } from './connection.js';
import { pageChanged } from './defaults.js';
import { showSignIn } from './sign-in-view.js';
import { strings } from './sign-in.strings.js';

/**
 * What a sign-in may not do by itself in a test: leave the page (`navigate`, the URL mode) and
 * open a real popup (`window`, handed to the SDK's `signIn`; the page's own when unset).
 *
 * @example `signInHooks.navigate = (url) => visited.push(url);`
 */
export const signInHooks: { navigate: (url: string) => void; window: Window | undefined } = {
  navigate: (url) => location.assign(url),
  window: undefined,
};

/**
 * Every shipped translation of these few strings, loaded with the module (a few hundred bytes):
 * an element may be in any language when it shows them. Not a top-level await, which would hold
 * the whole one-file bundle that inlines this module.
 */
const translated = Promise.all(Object.keys(strings.locales).map((locale) => loadLocale(strings, locale)));

/** Elements whose last sign-in did not finish, and why (the SDK's `SignInError` code). */
const failures = new WeakMap<Element, string>();

/** The sign-in under way on each connection: a second click joins it instead of opening another popup. */
const pending = new WeakMap<Connection, Promise<string | undefined>>();

/**
 * What "Sign in" does for an element: its own `sign-in`, else the nearest Menteo element or
 * provider around it with one, else `<meta name="menteo:sign-in">`. `popup`, a URL, or
 * `undefined` (the event only).
 *
 * @example `signInMode(card); // 'popup'`
 */
export function signInMode(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const own = node.localName.startsWith('menteo-') ? (node as { signIn?: unknown }).signIn : undefined;
    if (typeof own === 'string' && own) return own;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return document.querySelector<HTMLMetaElement>('meta[name="menteo:sign-in"]')?.content || undefined;
}

/**
 * Does what the element's sign-in mode says, once `menteo-sign-in-required` was not prevented:
 * sends the reader to the site's login (with `return_to`, this page), or signs them in through
 * the hosted popup, in `lang` when given. Resolves whether the reader is now signed in; a popup closed, blocked or
 * denied leaves a message in the element (`signInView.notice`).
 *
 * @example `if (await signIn(stepper, connection)) showProgress();`
 */
export async function signIn(element: ReactiveElement, connection: Connection, lang?: string): Promise<boolean> {
  failures.delete(element);
  await translated;
  const mode = signInMode(element);
  if (mode !== 'popup') {
    if (!mode) return false;
    const login = new URL(mode, location.href);
    login.searchParams.set('return_to', location.href);
    signInHooks.navigate(login.href);
    return false;
  }
  let signing = pending.get(connection);
  if (!signing) {
    signing = popup(connection, lang).finally(() => pending.delete(connection));
    pending.set(connection, signing);
  }
  const failure = await signing;
  if (failure) {
    failures.set(element, failure);
    element.requestUpdate();
  }
  return !failure;
}

/** The hosted popup on the connection's client; `undefined` once signed in, else why not. */
async function popup(connection: Connection, locale: string | undefined): Promise<string | undefined> {
  const { client } = connection;
  const window = signInHooks.window;
  try {
    // The hosted page speaks the element's language (`ui_locales`).
    await new Auth(client).signIn(window ? { popup: true, window, locale } : { popup: true, locale });
    const me = await client.request<{ id: string; name: string }>({ method: 'GET', path: '/v1/me' });
    switchReader(connection, { userId: me.id, name: me.name });
    return undefined;
  } catch (error) {
    return error instanceof SignInError ? error.code : 'failed';
  }
}

/**
 * Signs the reader of a connection out: their sign-in revoked at the API, their unsent writes
 * and drafts deleted (the stores' `signOut`), and every element of the connection given empty,
 * anonymous stores. Never rejects: if the API cannot be reached, the tokens are forgotten anyway.
 *
 * @example `await signOutReader(connection);`
 */
export async function signOutReader(connection: Connection): Promise<void> {
  if (!readers.has(connection)) return;
  const { stores, client } = connection;
  // Whose unsent writes to delete: learned while the token still works. Then the revoke, before
  // the stores' sign-out, which forgets the token: a request in between would refresh it.
  await identify(stores).catch(() => undefined);
  await new Auth(client).signOut().catch(() => undefined);
  await signOut(stores).catch(() => undefined);
  switchReader(connection, undefined);
}

/**
 * After a reader signed in or out on a connection's client: new, empty stores on the same client,
 * not the old ones revalidated, since what they held was loaded as someone else (their reactions,
 * their progress). Swapped in place, so that whoever holds the connection — the page's shared
 * map, a provider, every element it reached — holds the new stores; then every element re-renders.
 */
function switchReader(connection: Connection, reader: Reader | undefined): void {
  const old = connection.stores;
  (connection as { stores: StoreContext }).stores = createStoreContext(connection.client);
  if (reader) readers.set(connection, reader);
  else readers.delete(connection);
  old.dispose();
  pageChanged();
}

showSignIn({
  notice(element, { lang }) {
    const failure = failures.get(element);
    if (!failure) return nothing;
    return html`<p part="sign-in-error" role="alert">${msg(strings, lang, failure === 'popup_blocked' ? 'signInBlocked' : 'signInFailed')}</p>`;
  },
  account(connection, { lang }) {
    const reader = connection && readers.get(connection);
    if (!connection || !reader) return nothing;
    return html`<p part="account">${msg(strings, lang, 'signedInAs', { name: reader.name })} ·
      <button part="sign-out-button" type="button" @click=${() => signOutReader(connection)}>${msg(strings, lang, 'signOut')}</button></p>`;
  },
});
