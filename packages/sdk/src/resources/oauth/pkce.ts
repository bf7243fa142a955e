/**
 * A PKCE pair (RFC 7636): the verifier stays in the page's memory, the challenge goes to
 * `/oauth/authorize`.
 *
 * @example
 * ```ts
 * const { verifier, challenge } = await createPkcePair();
 * ```
 */
export interface PkcePair {
  /** 43 base64url characters from 32 random bytes; sent only to `/oauth/token`. */
  verifier: string;
  /** `BASE64URL(SHA-256(verifier))`, for `code_challenge` with `code_challenge_method=S256`. */
  challenge: string;
}

/**
 * Base64url without padding, as RFC 7636 and the `state` parameter use it.
 *
 * @example
 * ```ts
 * base64url(new Uint8Array([251, 255])); // '-_8'
 * ```
 */
export function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * A new PKCE pair from WebCrypto (browsers, Node 20, workers): 256 random bits, S256 challenge.
 *
 * @example
 * ```ts
 * const pkce = await createPkcePair();
 * url.searchParams.set('code_challenge', pkce.challenge);
 * ```
 */
export async function createPkcePair(): Promise<PkcePair> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  return { verifier, challenge: await s256(verifier) };
}

/**
 * The S256 challenge of a verifier: `BASE64URL(SHA-256(ASCII(verifier)))` (RFC 7636 §4.2).
 *
 * @example
 * ```ts
 * await s256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'); // 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'
 * ```
 */
export async function s256(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

/**
 * An unguessable `state` for one sign-in: the answer must carry it back (CSRF protection).
 *
 * @example
 * ```ts
 * const state = randomState(); // 22 base64url characters
 * ```
 */
export function randomState(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(16)));
}
