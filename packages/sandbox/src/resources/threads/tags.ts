import { prepared, type Db } from '../../db/database.js';

/**
 * Replaces the indexed tags of a thread (the JSON column keeps the owner's order for display).
 * Shared by the thread handlers and the seed.
 *
 * @example
 * ```ts
 * setThreadTags(db, thread.id, ['career-change', 'leadership']);
 * ```
 */
export function setThreadTags(db: Db, threadId: string, tags: readonly string[]): void {
  prepared(db, 'DELETE FROM thread_tags WHERE thread_id = ?').run(threadId);
  const insert = prepared(db, 'INSERT INTO thread_tags (thread_id, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(threadId, tag);
}
