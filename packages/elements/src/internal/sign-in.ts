// The sign-in's part in every element's bundle, kept to the least: the event, and the import of
// the sign-in module once a click asks for it (internal/sign-in-flow.ts: the modes, the popup,
// the messages, sign-out). What elements show of a sign-in is in sign-in-view.ts. An anonymous
// reader's page carries nothing more.
import type { ReactiveElement } from 'lit';
import type { Connection } from '../context.js';
import type { MenteoSignInRequiredDetail } from '../events/menteo-sign-in-required.js';

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
