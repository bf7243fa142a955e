import { AsyncLocalStorage } from 'node:async_hooks';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/database.js';
import { databaseSecret } from '../db/secrets.js';
import { Problem } from './problem.js';

/**
 * Opaque keyset cursors. A cursor holds the sort key of the last item of a page
 * (e.g. `[createdAt, id]`); the next page starts strictly after it, so inserts
 * between two page loads neither repeat nor skip items. The list name and a
 * short HMAC tag make a cursor from another list, or an edited one, a 400.
 *
 * The HMAC key is a secret of the database (a public constant would let anyone mint
 * a cursor). Handlers do not pass it around: the app runs each handler inside
 * {@link withCursorKey}, and the functions below read it from there.
 */
const currentKey = new AsyncLocalStorage<Buffer>();

/**
 * Runs `run` with `db`'s cursor key in scope for {@link encodeCursor}, {@link decodeCursor} and {@link pageOf}.
 *
 * @example
 * ```ts
 * const page = withCursorKey(db, () => pageOf(rows, 20, 'rooms', (r) => [r.updated_at, r.id]));
 * ```
 */
export function withCursorKey<T>(db: Db, run: () => T): T {
  return currentKey.run(databaseSecret(db, 'cursor'), run);
}

type Key = string | number | null;

export function encodeCursor(list: string, values: readonly Key[]): string {
  const payload = Buffer.from(JSON.stringify([list, ...values])).toString('base64url');
  return `${payload}.${tag(payload)}`;
}

/** Decodes a cursor issued for `list`; throws `400 invalid_cursor` otherwise. */
export function decodeCursor(list: string, cursor: string, arity: number): Key[] {
  const [payload, mac, extra] = cursor.split('.');
  if (!payload || !mac || extra !== undefined) throw invalid();
  const expected = Buffer.from(tag(payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(decoded) || decoded[0] !== list || decoded.length !== arity + 1) throw invalid();
  const values = decoded.slice(1);
  if (!values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')) throw invalid();
  return values as Key[];
}

function tag(payload: string): string {
  const key = currentKey.getStore();
  if (!key) throw new Error('Cursors are signed per database: encode and decode them inside withCursorKey (the app runs every handler in it).');
  return createHmac('sha256', key).update(payload).digest('base64url').slice(0, 16);
}

function invalid(): Problem {
  return new Problem(400, 'invalid_cursor', 'The cursor is not one this API issued for this list.', [
    { in: 'query', pointer: '/cursor', detail: 'unknown or tampered cursor' },
  ]);
}

/**
 * Cuts a page from rows fetched with `LIMIT limit + 1`: the extra row only tells
 * whether there is a next page.
 */
export function pageOf<T>(rows: T[], limit: number, list: string, keyOf: (row: T) => readonly Key[]): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(list, keyOf(last)) : null };
}
