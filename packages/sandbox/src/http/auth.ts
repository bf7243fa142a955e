import { prepared, type Db } from '../db/database.js';
import type { CredentialKind } from './contract.js';
import type { Principal } from './handler.js';
import { personalTokenPrincipal } from '../resources/tokens/personal-tokens.js';
import { Problem } from './problem.js';

/**
 * Resolves `Authorization: Bearer <credential>` to a principal. Credentials are
 * looked up, never parsed: a key's prefix says what it claims to be, the table says
 * what it is.
 */
export function authenticate(db: Db, authorization: string | undefined, now: Date): Principal {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match) {
    throw new Problem(401, 'unauthenticated', 'Send a credential as "Authorization: Bearer <key or token>".', [], {
      'WWW-Authenticate': 'Bearer realm="menteo"',
    });
  }
  const credential = match[1]!;
  if (/^[ps]k_(test|live)_/.test(credential)) {
    const key = prepared(db, 'SELECT key, org_id, kind, mode FROM api_keys WHERE key = ?').get(credential) as
      | { key: string; org_id: string; kind: 'publishable' | 'secret'; mode: 'test' | 'live' }
      | undefined;
    if (key) return { kind: key.kind, orgId: key.org_id, key: key.key, mode: key.mode };
  } else if (credential.startsWith('ut_')) {
    const token = prepared(db, 'SELECT user_id, org_id, expires_at FROM user_tokens WHERE token = ?').get(credential) as
      | { user_id: string; org_id: string; expires_at: string }
      | undefined;
    if (token) {
      if (Date.parse(token.expires_at) <= now.getTime()) {
        throw new Problem(401, 'token_expired', 'The user token expired; mint a new one with your secret key (POST /v1/auth/tokens).', [], {
          'WWW-Authenticate': 'Bearer realm="menteo", error="invalid_token", error_description="token expired"',
        });
      }
      return { kind: 'user', orgId: token.org_id, userId: token.user_id, token: credential };
    }
  } else if (credential.startsWith('mt_pat_')) {
    const found = personalTokenPrincipal(db, credential, now);
    if (found) return { kind: 'user', orgId: found.orgId, userId: found.userId, token: credential, scopes: found.scopes };
  }
  // Never echo the credential: it may be a real secret pasted in the wrong place.
  throw new Problem(401, 'invalid_credential', 'The credential is not a known key or token.', [], {
    'WWW-Authenticate': 'Bearer realm="menteo", error="invalid_token"',
  });
}

/** Enforces the operation's `x-menteo-auth` list with a problem that tells the caller what to use instead. */
export function authorize(principal: Principal, allowed: CredentialKind[]): void {
  if (allowed.includes(principal.kind)) return;
  if (principal.kind === 'publishable') {
    throw new Problem(403, 'publishable_key_read_only', 'Publishable keys can only read public data; this operation needs a user token.');
  }
  if (allowed.includes('secret')) {
    throw new Problem(403, 'secret_key_required', 'This operation needs your secret key, from your backend.');
  }
  throw new Problem(403, 'forbidden', `This operation needs a ${allowed.includes('user') ? 'user token' : 'different credential'}.`);
}

/**
 * Whether a browser page at `origin` may use this organization's publishable key. Test keys, and
 * the tokens of organizations without live keys, also serve development pages: `devOrigins`.
 */
export function originAllowed(db: Db, principal: Principal, origin: string, devOrigins: readonly string[] = []): boolean {
  const development = isDevOrigin(origin, devOrigins);
  if (principal.kind === 'publishable' && principal.mode === 'test' && development) return true;
  const row = prepared(db, 'SELECT allowed_origins FROM organizations WHERE id = ?').get(principal.orgId) as { allowed_origins: string } | undefined;
  const origins = row ? (JSON.parse(row.allowed_origins) as string[]) : [];
  // User tokens are minted for the organization's own pages, so the same list applies to them;
  // test-mode organizations also serve local development pages, live ones only their own.
  return origins.includes(origin) || (principal.kind === 'user' && development && !isLiveOrganization(db, principal.orgId));
}

/**
 * Whether an organization is live: it holds a live-mode key. A user token does not record
 * the key that minted it, so its mode is its organization's; the seeded organizations hold
 * only test keys.
 */
function isLiveOrganization(db: Db, orgId: string): boolean {
  return prepared(db, "SELECT 1 FROM api_keys WHERE org_id = ? AND mode = 'live' LIMIT 1").get(orgId) !== undefined;
}

/** Whether any organization lets `origin` in: the answer to a CORS preflight, which carries no credential. */
export function originKnown(db: Db, origin: string, devOrigins: readonly string[] = []): boolean {
  if (isDevOrigin(origin, devOrigins)) return true;
  const rows = prepared(db, 'SELECT allowed_origins FROM organizations').all() as { allowed_origins: string }[];
  return rows.some((row) => (JSON.parse(row.allowed_origins) as string[]).includes(origin));
}

/**
 * A development page: this machine over http or https on any port (a dev server with a local
 * certificate is `https://localhost:5173`), or an origin the sandbox was started with
 * (`--allow-origin`, for cloud development environments and tunnels).
 *
 * @example
 * ```ts
 * isDevOrigin('https://localhost:8443'); // true
 * isDevOrigin('https://ws-42.cloud-ide.example', ['https://ws-42.cloud-ide.example']); // true
 * ```
 */
export function isDevOrigin(origin: string, devOrigins: readonly string[] = []): boolean {
  return /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin) || devOrigins.includes(origin);
}
