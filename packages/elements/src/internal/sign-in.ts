// The sign-in's part in every element's bundle, kept to the least: the event, and a handle on
// the sign-in module once a click has loaded it (internal/sign-in-flow.ts: the modes, the popup,
// the messages, sign-out). An anonymous reader's page carries nothing more.
import type { ReactiveElement } from 'lit';
import type { Connection } from '../context.js';
import type { MenteoSignInRequiredDetail } from '../events/menteo-sign-in-required.js';

/** What the sign-in module renders in an element, once it has loaded. */
export interface SignInView {
  /** The message of a sign-in that did not finish (`sign-in-error` part), or nothing. */
  notice(element: Element, l: { lang: string }): unknown;
  /** "Signed in as <name> · Sign out" for a reader of this connection (`account` part), or nothing. */
  account(connection: Connection | undefined, l: { lang: string }): unknown;
}

/**
 * The sign-in module's renderers, once a sign-in has loaded it; `undefined` before (nothing to
 * show then: no one has tried to sign in, so no one has failed or signed in).
 *
 * @example `html`<ol>…</ol>${signInView?.account(this.connection.value, this.l10n)}``
 */
export let signInView: SignInView | undefined;

/**
 * Called by the sign-in module as it loads.
 *
 * @example `showSignIn({ notice, account });`
 */
export function showSignIn(view: SignInView): void {
  signInView = view;
}

/**
 * A signed-out reader asked for something that needs them signed in: fires
 * `menteo-sign-in-required` (cancelable: a page that calls `preventDefault()` takes over), then
 * does what the element's sign-in mode says (`sign-in` on it or its provider, else `<meta
 * name="menteo:sign-in">`): opens the hosted popup — after which every element of the connection
 * shows the reader signed in — or sends the reader to the site's login with a `return_to` of this
 * page. `lang`, the element's language, is the hosted page's too. Resolves whether the reader is
 * now signed in (never rejects; a popup closed or denied shows a message in the element).
 *
 * @example
 * ```ts
 * if (!this.signedIn && !(await requestSignIn(this, this.connection.value, 'react', this.l10n.lang))) return;
 * ```
 */
export async function requestSignIn(
  element: ReactiveElement,
  connection: Connection | undefined,
  action: MenteoSignInRequiredDetail['action'],
  lang?: string,
): Promise<boolean> {
  const asked = new CustomEvent('menteo-sign-in-required', { bubbles: true, composed: true, cancelable: true, detail: { action } });
  if (!element.dispatchEvent(asked) || !connection) return false;
  return (await import('./sign-in-flow.js')).signIn(element, connection, lang);
}
