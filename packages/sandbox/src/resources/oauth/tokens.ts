// /oauth/token and /oauth/revoke. Access tokens are ordinary user tokens (15 minutes, accepted by
// every operation that takes one); refresh tokens rotate, and a rotated one presented again
// revokes its whole family (OAuth 2.1 §4.3.1, the browser-based apps BCP §6.3).
import { randomBytes } from 'node:crypto';
import { prepared, type Db } from '../../db/database.js';
import { originAllowed } from '../../http/auth.js';
import { userTokenTtlMs } from '../users/index.js';
import { findClient, type OAuthClient } from './clients.js';
import { hashSecret, newSecret, s256Matches, verifierPattern } from './secrets.js';

/** How long one refresh token lives (each exchange gives a new one). */
export const refreshTokenTtlMs = 24 * 3_600_000;

/** An RFC 6749 §5.2 error code. */
export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unsupported_grant_type';

/**
 * A refused token or revocation request, answered as `{error, error_description}`.
 *
 * @example
 * ```ts
 * throw new OAuthError('invalid_grant', 'The authorization code expired.');
 * ```
 */
export class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
  ) {
    super(description);
    this.name = 'OAuthError';
  }

  /** `invalid_client` is a 401 (RFC 6749 §5.2); every other error a 400. */
  get status(): 400 | 401 {
    return this.error === 'invalid_client' ? 401 : 400;
  }
}

/** What the token endpoint answers: tokens, or an error whose side effects (a revoked family) must still commit. */
export type TokenAnswer =
  | { ok: true; body: { access_token: string; token_type: 'Bearer'; expires_in: number; refresh_token: string; user_id: string } }
  | { ok: false; error: OAuthError };

/** The request as the endpoints see it: the clock, the form and the browser's `Origin`, if any. */
export interface TokenContext {
  db: Db;
  now: Date;
  form: URLSearchParams;
  origin: string | undefined;
  devOrigins: readonly string[];
}

interface FamilyRow {
  id: string;
  client_id: string;
  org_id: string;
  user_id: string;
  origin: string;
  revoked_at: string | null;
}

/**
 * The client named by `client_id`, checked against the browser's origin: a page may only use a
 * key its origin is allowed for. The caller grants CORS to that origin only after this passed.
 *
 * @example
 * ```ts
 * const client = authenticateClient(ctx); // throws OAuthError('invalid_client') otherwise
 * ```
 */
export function authenticateClient(ctx: TokenContext): OAuthClient {
  const client = findClient(ctx.db, ctx.form.get('client_id') ?? undefined);
  if (!client) throw new OAuthError('invalid_client', 'client_id is not a publishable key.');
  if (ctx.origin !== undefined && !originAllowed(ctx.db, client, ctx.origin, ctx.devOrigins)) {
    throw new OAuthError('invalid_client', `The origin ${ctx.origin} is not allowed for this key.`);
  }
  return client;
}

/**
 * POST /oauth/token.
 *
 * @example
 * ```ts
 * const answer = exchangeToken(ctx, client); // { ok: true, body: { access_token: 'ut_…', refresh_token: 'ort_…', … } }
 * ```
 */
export function exchangeToken(ctx: TokenContext, client: OAuthClient): TokenAnswer {
  const grant = ctx.form.get('grant_type');
  try {
    if (grant === 'authorization_code') return exchangeCode(ctx, client);
    if (grant === 'refresh_token') return refresh(ctx, client);
    throw new OAuthError(grant ? 'unsupported_grant_type' : 'invalid_request', 'grant_type must be authorization_code or refresh_token.');
  } catch (error) {
    if (error instanceof OAuthError) return { ok: false, error };
    throw error;
  }
}

function exchangeCode(ctx: TokenContext, client: OAuthClient): TokenAnswer {
  const code = ctx.form.get('code');
  const verifier = ctx.form.get('code_verifier');
  if (!code) throw new OAuthError('invalid_request', 'code is required.');
  if (!verifier) throw new OAuthError('invalid_request', 'PKCE is required: send the code_verifier.');
  if (!verifierPattern.test(verifier)) throw new OAuthError('invalid_request', 'code_verifier must be 43–128 unreserved characters (RFC 7636).');
  const codeHash = hashSecret(code);
  const row = prepared(ctx.db, 'SELECT * FROM oauth_codes WHERE code_hash = ?').get(codeHash) as
    | { client_id: string; user_id: string; redirect_uri: string; origin: string; code_challenge: string; expires_at: string; used_at: string | null }
    | undefined;
  // A code of another client is the same as no code: the caller learns nothing about it.
  if (!row || row.client_id !== client.key) throw new OAuthError('invalid_grant', 'The authorization code is not valid for this client.');
  if (row.used_at) {
    const family = prepared(ctx.db, 'SELECT id FROM oauth_families WHERE code_hash = ?').get(codeHash) as { id: string } | undefined;
    if (family) revokeFamily(ctx, family.id);
    return { ok: false, error: new OAuthError('invalid_grant', 'The authorization code was already used; the tokens issued from it are revoked.') };
  }
  if (Date.parse(row.expires_at) <= ctx.now.getTime()) throw new OAuthError('invalid_grant', 'The authorization code expired.');
  if (ctx.form.get('redirect_uri') !== row.redirect_uri) throw new OAuthError('invalid_grant', 'redirect_uri differs from the one the code was issued for.');
  if (!s256Matches(verifier, row.code_challenge)) throw new OAuthError('invalid_grant', 'code_verifier does not match the code_challenge.');
  if (ctx.origin !== undefined && ctx.origin !== row.origin) throw new OAuthError('invalid_grant', 'The code was issued for a page of another origin.');
  prepared(ctx.db, 'UPDATE oauth_codes SET used_at = ? WHERE code_hash = ?').run(ctx.now.toISOString(), codeHash);
  const familyId = `ofm_${randomBytes(16).toString('base64url')}`;
  prepared(ctx.db, 'INSERT INTO oauth_families (id, client_id, org_id, user_id, origin, code_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    familyId,
    client.key,
    client.orgId,
    row.user_id,
    row.origin,
    codeHash,
    ctx.now.toISOString(),
  );
  return { ok: true, body: issueTokens(ctx, familyId, client.orgId, row.user_id) };
}

function refresh(ctx: TokenContext, client: OAuthClient): TokenAnswer {
  const token = ctx.form.get('refresh_token');
  if (!token) throw new OAuthError('invalid_request', 'refresh_token is required.');
  const row = prepared(ctx.db, 'SELECT family_id, expires_at, rotated_at FROM oauth_refresh_tokens WHERE token_hash = ?').get(hashSecret(token)) as
    | { family_id: string; expires_at: string; rotated_at: string | null }
    | undefined;
  const family = row ? (prepared(ctx.db, 'SELECT * FROM oauth_families WHERE id = ?').get(row.family_id) as FamilyRow) : undefined;
  if (!row || !family || family.client_id !== client.key) throw new OAuthError('invalid_grant', 'The refresh token is not valid for this client.');
  if (family.revoked_at) throw new OAuthError('invalid_grant', 'The refresh token was revoked.');
  if (row.rotated_at) {
    revokeFamily(ctx, family.id);
    return { ok: false, error: new OAuthError('invalid_grant', 'The refresh token was already used; every token of this sign-in is revoked.') };
  }
  if (Date.parse(row.expires_at) <= ctx.now.getTime()) throw new OAuthError('invalid_grant', 'The refresh token expired.');
  if (ctx.origin !== undefined && ctx.origin !== family.origin)
    throw new OAuthError('invalid_grant', 'The refresh token was issued for a page of another origin.');
  prepared(ctx.db, 'UPDATE oauth_refresh_tokens SET rotated_at = ? WHERE token_hash = ?').run(ctx.now.toISOString(), hashSecret(token));
  return { ok: true, body: issueTokens(ctx, family.id, family.org_id, family.user_id) };
}

function issueTokens(ctx: TokenContext, familyId: string, orgId: string, userId: string) {
  const accessToken = `ut_${randomBytes(24).toString('base64url')}`;
  const refreshToken = newSecret('ort');
  const created = ctx.now.toISOString();
  prepared(ctx.db, 'INSERT INTO user_tokens (token, user_id, org_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?)').run(
    accessToken,
    userId,
    orgId,
    new Date(ctx.now.getTime() + userTokenTtlMs).toISOString(),
    created,
  );
  prepared(ctx.db, 'INSERT INTO oauth_access_tokens (token, family_id) VALUES (?, ?)').run(accessToken, familyId);
  prepared(ctx.db, 'INSERT INTO oauth_refresh_tokens (token_hash, family_id, expires_at, created_at) VALUES (?, ?, ?, ?)').run(
    hashSecret(refreshToken),
    familyId,
    new Date(ctx.now.getTime() + refreshTokenTtlMs).toISOString(),
    created,
  );
  return { access_token: accessToken, token_type: 'Bearer' as const, expires_in: userTokenTtlMs / 1000, refresh_token: refreshToken, user_id: userId };
}

/** Ends a sign-in: its access tokens stop working at once, its refresh tokens are refused. */
function revokeFamily(ctx: TokenContext, familyId: string): void {
  prepared(ctx.db, 'DELETE FROM user_tokens WHERE token IN (SELECT token FROM oauth_access_tokens WHERE family_id = ?)').run(familyId);
  prepared(ctx.db, 'UPDATE oauth_families SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(ctx.now.toISOString(), familyId);
}

/**
 * POST /oauth/revoke (RFC 7009): a refresh token ends its whole sign-in, an access token itself.
 * Tokens that are unknown, already revoked or another client's are left alone, silently.
 *
 * @example
 * ```ts
 * revokeToken(ctx, client); // then answer 200
 * ```
 */
export function revokeToken(ctx: TokenContext, client: OAuthClient): void {
  const token = ctx.form.get('token');
  if (!token) throw new OAuthError('invalid_request', 'token is required.');
  if (token.startsWith('ut_')) {
    const row = prepared(ctx.db, 'SELECT f.client_id FROM oauth_access_tokens a JOIN oauth_families f ON f.id = a.family_id WHERE a.token = ?').get(token) as
      | { client_id: string }
      | undefined;
    if (row?.client_id === client.key) prepared(ctx.db, 'DELETE FROM user_tokens WHERE token = ?').run(token);
    return;
  }
  const row = prepared(ctx.db, 'SELECT f.id, f.client_id FROM oauth_refresh_tokens r JOIN oauth_families f ON f.id = r.family_id WHERE r.token_hash = ?').get(
    hashSecret(token),
  ) as { id: string; client_id: string } | undefined;
  if (row?.client_id === client.key) revokeFamily(ctx, row.id);
}
