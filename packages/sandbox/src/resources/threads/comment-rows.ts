import { prepared, type Db } from '../../db/database.js';
import type { CommentRow } from './rows.js';

/**
 * The columns of a comment with what `comment_state` adds (null when it has no row there).
 * Every read of a comment goes through it, so a reply never shows as top-level.
 */
export const commentColumns = 'c.*, s.parent_id, s.edited_at, s.hidden_at FROM comments c LEFT JOIN comment_state s ON s.comment_id = c.id';

/**
 * One comment, whoever may see it.
 *
 * @example
 * ```ts
 * const row = findComment(db, 'cmt_5Tz1Qw8eRb3NkM6a');
 * ```
 */
export function findComment(db: Db, commentId: string): CommentRow | undefined {
  return prepared(db, `SELECT ${commentColumns} WHERE c.id = ?`).get(commentId) as CommentRow | undefined;
}
