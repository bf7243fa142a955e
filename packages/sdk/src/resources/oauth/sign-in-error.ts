import { MenteoError } from '../../core/errors.js';

/**
 * Why a sign-in did not complete: `popup_blocked` (the browser refused to open it: call `signIn`
 * from a click), `popup_closed` (the reader closed it), `access_denied` (the reader cancelled),
 * `not_browser`, `insecure_context` (an http page other than localhost), or the token endpoint's RFC 6749 error (`invalid_grant`, `invalid_client`, …).
 *
 * @example
 * ```ts
 * try {
 *   await client.auth.signIn({ popup: true });
 * } catch (error) {
 *   if (error instanceof SignInError && error.code === 'popup_blocked') showSignInLink();
 * }
 * ```
 */
export class SignInError extends MenteoError {
  static override readonly kind: string = 'SignInError';
  constructor(
    /** What stopped the sign-in. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
