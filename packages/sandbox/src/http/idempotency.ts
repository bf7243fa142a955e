import { createHash } from 'node:crypto';
import { prepared, type Db } from '../db/database.js';
import { Problem } from './problem.js';

/** A stored first response, replayed for every retry with the same key and body. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/** What makes two requests "the same": method, path and the body's canonical JSON. */
export function fingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonicalJson(body)}`)
    .digest('base64url');
}

/**
 * The stored response for this key, or undefined for a first attempt. The same key
 * with another request is a client bug worth a loud 422, not a silent replay.
 */
export function findReplay(db: Db, credential: string, key: string, print: string): StoredResponse | undefined {
  const row = prepared(db, 'SELECT fingerprint, status, headers, body FROM idempotency_keys WHERE credential = ? AND key = ?').get(credential, key) as
    | { fingerprint: string; status: number; headers: string; body: string | null }
    | undefined;
  if (!row) return undefined;
  if (row.fingerprint !== print) {
    throw new Problem(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request; use a new key for a new request.', [
      { in: 'header', pointer: '/Idempotency-Key', detail: 'was used with another request' },
    ]);
  }
  return { status: row.status, headers: JSON.parse(row.headers) as Record<string, string>, body: row.body };
}

/** Stores the response; called inside the handler's transaction, so it commits with the write or not at all. */
export function remember(db: Db, credential: string, key: string, print: string, response: StoredResponse, now: Date): void {
  prepared(
    db,
    `INSERT INTO idempotency_keys (credential, key, fingerprint, status, headers, body, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(credential, key, print, response.status, JSON.stringify(response.headers), response.body, now.toISOString());
}

/** Forgets keys older than 24 hours; returns how many. */
export function pruneIdempotencyKeys(db: Db, now: Date): number {
  return prepared(db, 'DELETE FROM idempotency_keys WHERE created_at < ?').run(new Date(now.getTime() - 86_400_000).toISOString()).changes;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
