// What the sign-in leaves behind once it can no longer be used: the pages' requests, the codes and
// the refresh tokens, a retention period after they expired; then the families with nothing left.
import { prepared, type Db } from '../../db/database.js';

/**
 * How long expired sign-in rows stay. A used code is kept so that presenting it again revokes
 * what it issued (RFC 6749 §4.1.2); past this, it is simply unknown. A rotated refresh token is
 * kept for the same reason until it would have expired anyway.
 */
export const oauthRetentionMs = 7 * 86_400_000;

/**
 * Deletes expired sign-in requests, codes and refresh tokens older than {@link oauthRetentionMs},
 * the links to access tokens already pruned, and the families left with no token. Returns how
 * many rows went. Runs inside the caller's transaction.
 *
 * @example
 * ```ts
 * const removed = pruneOAuth(db, now());
 * ```
 */
export function pruneOAuth(db: Db, now: Date): number {
  const before = new Date(now.getTime() - oauthRetentionMs).toISOString();
  let removed = 0;
  removed += prepared(db, 'DELETE FROM oauth_requests WHERE expires_at < ?').run(before).changes;
  removed += prepared(db, 'DELETE FROM oauth_codes WHERE expires_at < ?').run(before).changes;
  removed += prepared(db, 'DELETE FROM oauth_refresh_tokens WHERE expires_at < ?').run(before).changes;
  removed += prepared(db, 'DELETE FROM oauth_access_tokens WHERE token NOT IN (SELECT token FROM user_tokens)').run().changes;
  removed += prepared(
    db,
    `DELETE FROM oauth_families WHERE created_at < ?
       AND id NOT IN (SELECT family_id FROM oauth_refresh_tokens)
       AND id NOT IN (SELECT family_id FROM oauth_access_tokens)`,
  ).run(before).changes;
  return removed;
}
