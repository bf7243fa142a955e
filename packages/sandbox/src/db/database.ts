import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getOrAdd } from '../get-or-add.js';

/** The sandbox's database handle (better-sqlite3 is synchronous: a handler's writes are one transaction). */
export type Db = Database.Database;

const schemaDir = join(dirname(fileURLToPath(import.meta.url)), 'schema');

/**
 * Opens (or creates) the database at `path` — a file, or `:memory:` — and applies every
 * schema file in name order. WAL with `synchronous = FULL` so that a committed write
 * survives `kill -9` of the process.
 */
export function openDatabase(path: string, image?: Buffer): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // An image (`db.serialize()` of a seeded world) opens as an in-memory copy of it.
  const db = image && path === ':memory:' ? new Database(image) : new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const files = readdirSync(schemaDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const sql = files.map((file) => readFileSync(join(schemaDir, file), 'utf8'));
  // `CREATE TABLE IF NOT EXISTS` cannot change an existing table: a file made by an older
  // schema would fail later in confusing ways, so say so now.
  const version = parseInt(createHash('sha256').update(sql.join('\n')).digest('hex').slice(0, 7), 16);
  const existing = db.pragma('user_version', { simple: true }) as number;
  const hasTables = (db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n > 0;
  if (hasTables && existing !== version) {
    db.close();
    throw new SchemaMismatchError(path);
  }
  for (const text of sql) db.exec(text);
  db.pragma(`user_version = ${version}`);
  return db;
}

/** The database file was created by another version of the sandbox's schema. */
export class SchemaMismatchError extends Error {
  constructor(readonly path: string) {
    super(`The database ${path} was created by another version of the sandbox schema. Start with --reset to seed a fresh one (its data will be lost).`);
    this.name = 'SchemaMismatchError';
  }
}

/**
 * How many prepared statements a database keeps. A statement over the mentor columns holds
 * about 20 KB of SQLite memory, and better-sqlite3 frees it only when its JS object is
 * collected — so the real bound is that SQL texts never depend on request values (mentor
 * search picks one of a few fixed texts, see resources/mentors/filters.ts), and the sandbox
 * compiles well under a hundred. This limit is a safety net should a dynamic text slip in.
 */
export const preparedCacheLimit = 500;

interface StatementCache {
  statements: Map<string, Database.Statement>;
  /** How many statements were compiled (cache misses) over the database's life. */
  compiled: number;
}

const caches = new WeakMap<Db, StatementCache>();

/**
 * A prepared statement, compiled once per database and kept in a least-recently-used cache
 * of {@link preparedCacheLimit} entries. `sql` must come from a small fixed set of texts:
 * bind values as parameters (lists as one JSON array through `json_each(?)`), never splice
 * them into the text.
 *
 * @example
 * ```ts
 * const row = prepared(db, 'SELECT name FROM users WHERE id = ?').get('usr_demomentee');
 * ```
 */
export function prepared(db: Db, sql: string): Database.Statement {
  const cache = getOrAdd(caches, db, () => ({ statements: new Map(), compiled: 0 }));
  const { statements } = cache;
  let statement = statements.get(sql);
  if (statement) {
    // A Map iterates in insertion order: re-inserting makes this the most recently used.
    statements.delete(sql);
  } else {
    statement = db.prepare(sql);
    cache.compiled++;
    if (statements.size >= preparedCacheLimit) statements.delete(statements.keys().next().value!);
  }
  statements.set(sql, statement);
  return statement;
}

/**
 * How many statements {@link prepared} holds for `db` (for tests and diagnostics).
 *
 * @example
 * ```ts
 * preparedCacheSize(db) <= preparedCacheLimit; // true
 * ```
 */
export function preparedCacheSize(db: Db): number {
  return caches.get(db)?.statements.size ?? 0;
}

/**
 * How many statements {@link prepared} has compiled for `db` so far: one per distinct SQL
 * text, plus one per recompilation after an eviction. Tests use it to prove that the SQL
 * texts do not depend on the values a client sends.
 *
 * @example
 * ```ts
 * const before = preparedCompileCount(db);
 * prepared(db, 'SELECT 1').get();
 * prepared(db, 'SELECT 1').get();
 * preparedCompileCount(db) - before; // 1 (or 0 if 'SELECT 1' was already cached)
 * ```
 */
export function preparedCompileCount(db: Db): number {
  return caches.get(db)?.compiled ?? 0;
}
