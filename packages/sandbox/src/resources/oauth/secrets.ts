import { createHash, randomBytes } from 'node:crypto';

/**
 * A new opaque secret with its prefix: `oac_` codes, `ort_` refresh tokens, `oar_` requests.
 *
 * @example
 * ```ts
 * newSecret('ort'); // 'ort_Tq8Lm3Xz0Vb5Nc2Kd7Wp4Yr9…' (43 characters after the prefix)
 * ```
 */
export function newSecret(prefix: 'oac' | 'ort' | 'oar'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/**
 * How codes and refresh tokens are stored: SHA-256, hex. They are 256-bit random values, so a
 * plain hash (no salt, no stretching) is enough to make a copied database worthless.
 *
 * @example
 * ```ts
 * prepared(db, 'SELECT * FROM oauth_codes WHERE code_hash = ?').get(hashSecret(code));
 * ```
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * Whether `verifier` matches an S256 `challenge` (RFC 7636 §4.6): BASE64URL(SHA-256(verifier)).
 *
 * @example
 * ```ts
 * s256Matches('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM'); // true
 * ```
 */
export function s256Matches(verifier: string, challenge: string): boolean {
  return createHash('sha256').update(verifier).digest('base64url') === challenge;
}

/** An RFC 7636 code verifier: 43–128 unreserved characters. */
export const verifierPattern = /^[A-Za-z0-9\-._~]{43,128}$/;

/** An S256 code challenge: 32 bytes, base64url without padding. */
export const challengePattern = /^[A-Za-z0-9_-]{43}$/;
