import { createHash } from 'node:crypto';
import type { Db } from '../../src/db/database.js';

/**
 * A digest per table of every row of a database, rows in primary-key order: two seeded worlds
 * are the same world exactly when their digests are equal. FTS shadow tables are left out
 * (they follow from `mentors`); so is nothing else.
 *
 * @example
 * ```ts
 * const a = worldDigest(createSandbox({ db: ':memory:', now: () => fixed }).db);
 * ```
 */
export function worldDigest(db: Db): Record<string, string> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'mentors_fts%' ORDER BY name")
    .all() as { name: string }[];
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const columns = db.prepare(`SELECT name, pk FROM pragma_table_info(?) ORDER BY cid`).all(name) as { name: string; pk: number }[];
    const keys = columns
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => `"${c.name}"`);
    const order = keys.length ? keys.join(', ') : columns.map((c) => `"${c.name}"`).join(', ');
    const hash = createHash('sha256');
    let rows = 0;
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).iterate()) {
      hash.update(JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value)));
      hash.update('\n');
      rows++;
    }
    out[name] = `${rows}:${hash.digest('hex').slice(0, 16)}`;
  }
  return out;
}
