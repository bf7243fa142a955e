import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.sql')).sort()) {
    db.exec(readFileSync(join(schemaDir, file), 'utf8'));
  }
  return db;
}

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per database: hot paths (search, retrieve) reuse it. */
export function prepared(db: Db, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}
