import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The sandbox's database handle (better-sqlite3 is synchronous: a handler's writes are one transaction). */
export type Db = Database.Database;

const schemaDir = join(dirname(fileURLToPath(import.meta.url)), 'schema');

/**
 * Opens (or creates) the database at `path` — a file, or `:memory:` — and applies every
 * schema file in name order. WAL with `synchronous = FULL` so that a committed write
 * survives `kill -9` of the process.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const files = readdirSync(schemaDir).filter((f) => f.endsWith('.sql')).sort();
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
 * How many prepared statements a database keeps. Search builds its SQL from the filters
 * present, so the number of distinct texts grows with the combinations clients send; a
 * statement over the mentor columns holds about 20 KB of SQLite memory, so an unbounded
 * cache would let a client grow the process at will. A few hundred covers the hot paths.
 */
export const preparedCacheLimit = 500;

interface StatementCache {
  statements: Map<string, Database.Statement>;
  /** Statements dropped from the cache since garbage was last collected. */
  evicted: number;
}

const caches = new WeakMap<Db, StatementCache>();

/**
 * A prepared statement, compiled once per database and kept in a least-recently-used cache
 * of {@link preparedCacheLimit} entries: hot paths (search, retrieve) reuse theirs, a rare
 * filter combination is compiled again after it was evicted.
 *
 * @example
 * ```ts
 * const row = prepared(db, 'SELECT name FROM users WHERE id = ?').get('usr_demomentee');
 * ```
 */
export function prepared(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = { statements: new Map(), evicted: 0 }));
  const { statements } = cache;
  let statement = statements.get(sql);
  if (statement) {
    // A Map iterates in insertion order: re-inserting makes this the most recently used.
    statements.delete(sql);
  } else {
    statement = db.prepare(sql);
    if (statements.size >= preparedCacheLimit) {
      statements.delete(statements.keys().next().value!);
      if (++cache.evicted >= preparedCacheLimit) {
        cache.evicted = 0;
        collectGarbage();
      }
    }
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

let gc: (() => void) | null | undefined;

/**
 * Frees evicted statements. better-sqlite3 finalizes a statement only when its JS object is
 * collected, and V8 does not see the SQLite memory behind that small object, so without
 * this a stream of distinct searches grew the process by hundreds of MB before a full
 * collection came (measured: +238 MB over 9,000 searches with the cache bounded, flat with
 * a collection every 500 evictions, each taking 35–150 ms on a busy 2-core machine). Getting
 * `gc` this way is what jest's leak detector does.
 */
function collectGarbage(): void {
  if (gc === undefined) {
    try {
      if (typeof globalThis.gc === 'function') {
        gc = globalThis.gc as () => void;
      } else {
        setFlagsFromString('--expose-gc');
        gc = runInNewContext('gc') as () => void;
        setFlagsFromString('--no-expose-gc');
      }
    } catch {
      gc = null;
    }
  }
  gc?.();
}
