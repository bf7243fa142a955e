import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Connection } from '../context.js';
import type { MenteoSignInRequiredDetail } from '../events/menteo-sign-in-required.js';
import type { sharedEn } from '../locales/shared.strings.js';
import { readerOf } from './connection.js';
import { pageSignIn } from './defaults.js';
import type { LocalizeController } from './localize-controller.js';

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

/** Elements whose last sign-in did not finish, and why (the SDK's `SignInError` code). */
const failures = new WeakMap<Element, string>();

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
  return pageSignIn();
}

/**
 * A signed-out reader asked for something that needs them signed in: fires
 * `menteo-sign-in-required` (cancelable: a page that calls `preventDefault()` takes over), then
 * does what the sign-in mode says — opens the hosted popup (every element of the connection then
 * shows the reader signed in), or sends the reader to the site's login with a `return_to` of this
 * page. Resolves whether the reader is now signed in; a popup closed or denied shows
 * `signInNotice` in the element instead (never rejects).
 *
 * @example
 * ```ts
 * if (!this.signedIn && !(await requestSignIn(this, this.connection.value, 'react'))) return;
 * ```
 */
export async function requestSignIn(
  element: ReactiveElement,
  connection: Connection | undefined,
  action: MenteoSignInRequiredDetail['action'],
): Promise<boolean> {
  failures.delete(element);
  const asked = new CustomEvent('menteo-sign-in-required', { bubbles: true, composed: true, cancelable: true, detail: { action } });
  if (!element.dispatchEvent(asked)) return false;
  const mode = signInMode(element);
  if (!mode || !connection) return false;
  if (mode !== 'popup') {
    const login = new URL(mode, location.href);
    login.searchParams.set('return_to', location.href);
    signInHooks.navigate(login.href);
    return false;
  }
  // The popup, the SDK's PKCE code and the sign-out load on the first click: an anonymous reader's page never carries them.
  const { popupSignIn } = await import('./sign-in-popup.js');
  const failure = await popupSignIn(connection, signInHooks.window);
  if (failure) failures.set(element, failure);
  element.requestUpdate();
  return !failure;
}

/**
 * The short message of a sign-in that did not finish (the popup closed, blocked or denied), or
 * nothing. Shown next to the element's "Sign in".
 *
 * @example `html`${signInNotice(this, this.l10n)}<button>Sign in</button>``
 */
export function signInNotice(element: Element, l: LocalizeController<typeof sharedEn>): TemplateResult | typeof nothing {
  const failure = failures.get(element);
  if (!failure) return nothing;
  return html`<p part="sign-in-error" role="alert">${l.msg(failure === 'popup_blocked' ? 'signInBlocked' : 'signInFailed')}</p>`;
}

/**
 * "Signed in as <name> · Sign out", for a reader who signed in through the hosted sign-in on
 * this connection (nothing otherwise: a page that signs people in itself signs them out too).
 * Sign out revokes their sign-in and returns every element of the connection to signed out.
 *
 * @example `html`<footer>${accountLine(this.connection.value, this.l10n)}</footer>``
 */
export function accountLine(connection: Connection | undefined, l: LocalizeController<typeof sharedEn>): TemplateResult | typeof nothing {
  const reader = readerOf(connection);
  if (!connection || !reader) return nothing;
  const signOut = async () => (await import('./sign-in-popup.js')).signOutReader(connection);
  return html`<p part="account">${l.msg('signedInAs', { name: reader.name })} ·
    <button part="sign-out-button" class="link" type="button" @click=${signOut}>${l.msg('signOut')}</button></p>`;
}
