// The popup sign-in, loaded only when a page calls `client.auth.signIn` (a dynamic import from
// Auth): pages that never sign readers in do not ship it.
import type { BaseCore } from '../../core/base-core.js';
import { createPkcePair, randomState } from './pkce.js';
import { signInAnswer } from './popup-message.js';
import { SignInError } from './sign-in-error.js';

/**
 * How to sign in.
 *
 * @example
 * ```ts
 * const options: SignInOptions = { popup: true };
 * ```
 */
export interface SignInOptions {
  /** Open the API's hosted sign-in page in a popup (the only way for now). */
  popup?: true;
  /** The page's window (default: the global one); tests pass their own. */
  window?: Window;
  /**
   * The reader's language (a BCP 47 tag, e.g. `es` or `es-MX`): the hosted page speaks it if it
   * can (English, Spanish), else follows the browser's. Elements pass their own language.
   */
  locale?: string;
}

/**
 * Who signed in.
 *
 * @example
 * ```ts
 * const { userId } = await client.auth.signIn({ popup: true });
 * ```
 */
export interface SignInResult {
  /** The signed-in person's id (`usr_…`). */
  userId: string;
}

interface Tokens {
  access_token: string;
  refresh_token: string;
  user_id: string;
}

/** Each client's sign-in: the refresh token, in memory only (never storage, never a cookie). */
const sessions = new WeakMap<BaseCore, { refresh: string; clientId: string }>();

/**
 * Signs a reader in through the API's hosted page in a popup: PKCE verifier and state in
 * memory, the answer taken only from the API's origin and the popup itself, the code exchanged
 * at `/oauth/token`. From then on the client sends the reader's token, and refreshes it through
 * its single-flight token path when it expires.
 *
 * @throws SignInError `popup_blocked`, `popup_closed`, `access_denied`, `not_browser`, `insecure_context`, or the token endpoint's error.
 * @example
 * ```ts
 * button.onclick = async () => {
 *   await signInWithPopup(client, { popup: true });
 *   console.log((await client.me.retrieve()).name);
 * };
 * ```
 */
export async function signInWithPopup(core: BaseCore, options: SignInOptions = {}): Promise<SignInResult> {
  const win = options.window ?? globalThis.window;
  const clientId = core.publishableKey;
  if (!win?.open || !clientId) throw new SignInError('not_browser', 'signIn needs a browser window and a client with a publishableKey.');
  // Browsers give WebCrypto's digest, which makes the PKCE challenge, to https and localhost pages only.
  if (!globalThis.crypto?.subtle) throw new SignInError('insecure_context', 'signIn needs a secure page (https, or localhost in development).');
  const apiOrigin = new URL(core.baseUrl).origin;
  const redirectUri = `${apiOrigin}/oauth/popup-callback`;
  const state = randomState();
  const pkce = await createPkcePair();
  const url = new URL(`${apiOrigin}/oauth/authorize`);
  for (const [name, value] of Object.entries({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    state,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
    origin: win.location.origin,
    ...(options.locale ? { ui_locales: options.locale } : {}),
  })) {
    url.searchParams.set(name, value);
  }
  const popup = win.open(url, 'menteo-sign-in', 'popup,width=480,height=640');
  if (!popup) throw new SignInError('popup_blocked', 'The browser blocked the sign-in popup: call signIn from a click.');
  const code = await new Promise<string>((resolve, reject) => {
    const done = () => {
      win.removeEventListener('message', onMessage);
      clearInterval(watch);
    };
    const onMessage = (event: MessageEvent) => {
      const answer = signInAnswer(event, { origin: apiOrigin, source: popup, state });
      if (!answer) return;
      done();
      if (answer.code) resolve(answer.code);
      else reject(new SignInError(answer.error ?? 'access_denied', 'The reader cancelled the sign-in.'));
    };
    // A closed window sends no event: look every half second. The callback page posts its answer
    // and then closes itself, and the two reach this page separately (across processes), so a
    // popup seen closed may still have its answer on the way: it is given a second look (≥ 0.5 s)
    // before the sign-in counts as abandoned.
    let seenClosed = 0;
    const watch = setInterval(() => {
      seenClosed = popup.closed ? seenClosed + 1 : 0;
      if (seenClosed < 2) return;
      done();
      reject(new SignInError('popup_closed', 'The sign-in popup was closed before the reader signed in.'));
    }, 500);
    win.addEventListener('message', onMessage);
  });
  const tokens = await postForm<Tokens>(core, '/oauth/token', {
    grant_type: 'authorization_code',
    code,
    code_verifier: pkce.verifier,
    redirect_uri: redirectUri,
    client_id: clientId,
  });
  const session = { refresh: tokens.refresh_token, clientId };
  sessions.set(core, session);
  let fresh: string | undefined = tokens.access_token;
  core.useToken(async () => {
    // The first ask gets the token just issued; every later one (after a 401 token_expired) refreshes.
    const issued = fresh;
    fresh = undefined;
    if (issued) return issued;
    const next = await postForm<Tokens>(core, '/oauth/token', { grant_type: 'refresh_token', refresh_token: session.refresh, client_id: clientId });
    session.refresh = next.refresh_token;
    return next.access_token;
  });
  return { userId: tokens.user_id };
}

/**
 * Signs the reader out: revokes the sign-in (its refresh token and every access token issued
 * from it) and makes the client anonymous again. Nothing to do when no one signed in.
 *
 * @example
 * ```ts
 * await signOut(client);
 * ```
 */
export async function signOut(core: BaseCore): Promise<void> {
  const session = sessions.get(core);
  sessions.delete(core);
  core.useToken(undefined);
  if (session) await postForm(core, '/oauth/revoke', { token: session.refresh, token_type_hint: 'refresh_token', client_id: session.clientId });
}

/** A form POST to an OAuth endpoint (no bearer, no JSON: RFC 6749 §4.1.3, RFC 7009 §2.1). */
async function postForm<T>(core: BaseCore, path: string, form: Record<string, string>): Promise<T> {
  const response = await core.fetch(core.baseUrl + path, { method: 'POST', body: new URLSearchParams(form) });
  const text = await response.text();
  const body = (text ? JSON.parse(text) : {}) as T & { error?: string; error_description?: string };
  if (!response.ok) throw new SignInError(body.error ?? 'server_error', body.error_description ?? `${path} answered ${response.status}`);
  return body;
}
