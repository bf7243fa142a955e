// Signing people in, apart from the users' resources (users.ts): every element needs `Me` (the
// identity store asks it whom a token speaks for), only a sign-in needs `Auth`. Bundlers that
// place code by module (rollup, the elements' CDN build) would otherwise carry `Auth` wherever
// `Me` goes, in the chunk every element loads first.
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-core.js';
import type { BodyOf, Schema } from '../core/types.js';
import type { SignInOptions, SignInResult } from './oauth/sign-in.js';
import { Resource } from './resource.js';

/**
 * Signing people in: user tokens minted on your server with the secret key, or a reader's own
 * sign-in through the API's hosted popup (pages without a backend).
 *
 * @example
 * ```ts
 * import { Auth, MenteoCore } from '@menteo/sdk';
 * const auth = new Auth(new MenteoCore({ secretKey: process.env.MENTEO_SECRET_KEY }));
 * const { token } = await auth.createUserToken({ externalUserId: 'u_42', name: 'Ada Lovelace' });
 * ```
 */
export class Auth extends Resource {
  /**
   * Signs one of your people into Menteo's widgets: call it after your own sign-in and
   * hand `token` to the page. Needs the client's `secretKey` (servers only).
   *
   * @example
   * ```ts
   * const server = new Menteo({ secretKey: process.env.MENTEO_SECRET_KEY });
   * const { token, expiresAt } = await server.auth.createUserToken({ externalUserId: user.id, name: user.name, email: user.email });
   * ```
   */
  createUserToken(body: BodyOf<'createUserToken'>, options?: RequestOptions): APIPromise<Schema<'UserToken'>> {
    return this.core.request({ ...options, method: 'POST', path: '/v1/auth/tokens', body, credential: 'secret' });
  }

  /**
   * Signs a reader in through the API's hosted sign-in page, in a popup: OAuth 2.1 authorization
   * code with PKCE, for pages without a backend. Call it from a click (browsers block other
   * popups). Afterwards the client acts as the reader; their tokens stay in memory and refresh
   * by themselves. The popup code is loaded on the first call, so pages that never sign readers
   * in do not ship it.
   *
   * @throws SignInError `popup_blocked`, `popup_closed`, `access_denied`, `not_browser`, `insecure_context` (an http page
   *   other than localhost: no WebCrypto), or the token endpoint's error.
   * @example
   * ```ts
   * const client = new Menteo({ publishableKey: 'pk_test_demo' });
   * signInButton.onclick = async () => {
   *   const { userId } = await client.auth.signIn({ popup: true });
   *   const me = await client.me.retrieve();
   * };
   * ```
   */
  async signIn(options: SignInOptions = { popup: true }): Promise<SignInResult> {
    const { signInWithPopup } = await import('./oauth/sign-in.js');
    return signInWithPopup(this.core, options);
  }

  /**
   * Signs the reader out: revokes their sign-in at the API and forgets their tokens.
   *
   * @example
   * ```ts
   * signOutButton.onclick = () => client.auth.signOut();
   * ```
   */
  async signOut(): Promise<void> {
    const { signOut } = await import('./oauth/sign-in.js');
    await signOut(this.core);
  }
}
