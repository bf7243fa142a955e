import { prepared, type Db } from './db/database.js';
import { pruneIdempotencyKeys } from './http/idempotency.js';
import { pruneOAuth } from './resources/oauth/prune.js';

/** How long the sandbox keeps what it would otherwise keep forever. */
export const retention = {
  /**
   * Events: what a stream resumes from (`Last-Event-ID`) and webhooks retry from. A resume id
   * older than this starts at the oldest event kept. Webhook retries end within minutes.
   */
  eventsMs: 30 * 86_400_000,
  /**
   * User tokens after they expired: until then an expired token is still answered with
   * `token_expired` (which the SDK answers by minting a new one), after it with `invalid_credential`.
   */
  expiredTokensMs: 7 * 86_400_000,
  // Idempotency keys: 24 hours (pruneIdempotencyKeys); a retry comes within seconds or hours, not days.
  // Sign-in requests, codes and refresh tokens: 7 days after they expired (resources/oauth/prune.ts).
} as const;

/** How often a running sandbox prunes (it also prunes when it starts). */
export const pruneIntervalMs = 3_600_000;

/** How many rows one pass removed. */
export interface PruneResult {
  events: number;
  webhookDeliveries: number;
  userTokens: number;
  idempotencyKeys: number;
  /** Expired sign-in requests, codes, refresh tokens, and the sign-ins left with no token. */
  oauth: number;
}

/**
 * Deletes rows past their {@link retention}: old events with their webhook deliveries,
 * long-expired user tokens, idempotency keys and sign-in rows. The newest event is always kept, so a
 * fresh stream still starts after the last id ever sent. One transaction.
 *
 * @example
 * ```ts
 * const removed = pruneDatabase(db, now());
 * removed.events; // 0 on a young sandbox
 * ```
 */
export function pruneDatabase(db: Db, now: Date): PruneResult {
  const at = now.getTime();
  return db
    .transaction((): PruneResult => {
      const eventsBefore = new Date(at - retention.eventsMs).toISOString();
      const cutoff = prepared(db, 'SELECT COALESCE(MIN(seq), (SELECT MAX(seq) FROM events)) AS seq FROM events WHERE created_at >= ?').get(eventsBefore) as {
        seq: number | null;
      };
      let webhookDeliveries = 0;
      let events = 0;
      if (cutoff.seq !== null) {
        // The first deliveries table has no ON DELETE CASCADE: its rows go first.
        webhookDeliveries = prepared(db, 'DELETE FROM webhook_deliveries WHERE event_seq IN (SELECT seq FROM events WHERE seq < ? AND created_at < ?)').run(
          cutoff.seq,
          eventsBefore,
        ).changes;
        events = prepared(db, 'DELETE FROM events WHERE seq < ? AND created_at < ?').run(cutoff.seq, eventsBefore).changes;
      }
      const userTokens = prepared(db, 'DELETE FROM user_tokens WHERE expires_at < ?').run(new Date(at - retention.expiredTokensMs).toISOString()).changes;
      const idempotencyKeys = pruneIdempotencyKeys(db, now);
      const oauth = pruneOAuth(db, now);
      return { events, webhookDeliveries, userTokens, idempotencyKeys, oauth };
    })
    .immediate();
}

/**
 * Prunes now and then every {@link pruneIntervalMs} on the sandbox's clock reading, on an
 * unref'd timer (it never keeps the process alive). A failed pass is logged and retried
 * at the next interval. Returns the stop function.
 *
 * @example
 * ```ts
 * const stop = schedulePruning(db, () => new Date(), console.error);
 * stop(); // on close
 * ```
 */
export function schedulePruning(db: Db, now: () => Date, log: (line: string) => void, intervalMs = pruneIntervalMs): () => void {
  const pass = () => {
    try {
      pruneDatabase(db, now());
    } catch (error) {
      log(`pruning failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  pass();
  const timer = setInterval(pass, intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
