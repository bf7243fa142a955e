// What an element shows of a sign-in (its message, the account line) once the sign-in module has
// loaded: apart from sign-in.ts, so that an element that only asks for a sign-in (a card) carries
// none of it.
import type { Connection } from '../context.js';

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
