import { randomBytes } from 'node:crypto';
import type { Db } from './database.js';
import { getOrAdd } from '../get-or-add.js';

/**
 * Secrets of one database, generated on first use and stored in it: a sandbox restarted
 * on the same file keeps them (its cursors stay valid), another database has its own.
 * The table is created here rather than in the versioned schema files, so a database
 * file from before it existed still opens.
 */
const cache = new WeakMap<Db, Map<string, Buffer>>();

/**
 * The 32-byte secret `name` of `db`, created (randomly) the first time it is asked for.
 *
 * @example
 * ```ts
 * const key = databaseSecret(db, 'cursor'); // the same bytes after a restart on the same file
 * ```
 */
export function databaseSecret(db: Db, name: string): Buffer {
  const secrets = getOrAdd(cache, db, () => new Map<string, Buffer>());
  let secret = secrets.get(name);
  if (!secret) {
    db.exec('CREATE TABLE IF NOT EXISTS sandbox_secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL)');
    // INSERT OR IGNORE then read: two processes on one file agree on whichever wrote first.
    db.prepare('INSERT OR IGNORE INTO sandbox_secrets (name, value) VALUES (?, ?)').run(name, randomBytes(32));
    secret = (db.prepare('SELECT value FROM sandbox_secrets WHERE name = ?').get(name) as { value: Buffer }).value;
    secrets.set(name, secret);
  }
  return secret;
}
