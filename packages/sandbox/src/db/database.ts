import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
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

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per database: hot paths (search, retrieve) reuse it. */
export function prepared(db: Db, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}
