import { prepared, type Db } from '../../db/database.js';
import { Problem, problem } from '../../http/problem.js';
import type { Viewer } from './access.js';
import type { ThreadRow } from './rows.js';

/** How long an account counts as new, and how many comments a new account may write an hour. */
export const newAccount = { ageMs: 24 * 60 * 60 * 1000, commentsPerHour: 5 } as const;
const hourMs = 60 * 60 * 1000;

/**
 * Refuses a blocked person's comment, reaction or report on a thread with `403`
 * `blocked_from_thread`, so they know why rather than guess at a broken button.
 *
 * @example
 * ```ts
 * refuseBlocked(ctx.db, thread, viewer);
 * ```
 */
export function refuseBlocked(db: Db, thread: ThreadRow, viewer: Viewer): void {
  if (prepared(db, 'SELECT 1 FROM thread_blocks WHERE thread_id = ? AND user_id = ?').get(thread.id, viewer.userId)) {
    throw problem.forbidden(`The owner of thread ${thread.id} blocked you from commenting, reacting and reporting there.`, 'blocked_from_thread');
  }
}

/** Refuses a new comment on a post whose comments the owner locked (`409` `comments_locked`). */
export function refuseLocked(db: Db, postId: string): void {
  if (prepared(db, 'SELECT 1 FROM locked_posts WHERE post_id = ?').get(postId)) {
    throw problem.conflict(`The comments of post ${postId} are locked by the thread's owner.`, 'comments_locked');
  }
}

/**
 * Slows down accounts younger than a day (on the sandbox's clock): at most
 * {@link newAccount}.commentsPerHour comments in any hour, then `429` with `Retry-After`
 * saying when the oldest of them leaves the hour. Older accounts are not limited here.
 *
 * @example
 * ```ts
 * limitNewAccount(ctx.db, viewer, ctx.now);
 * ```
 */
export function limitNewAccount(db: Db, viewer: Viewer, now: Date): void {
  const createdAt = prepared(db, 'SELECT created_at FROM users WHERE id = ?').pluck().get(viewer.userId) as string | undefined;
  if (!createdAt || now.getTime() - Date.parse(createdAt) >= newAccount.ageMs) return;
  const since = new Date(now.getTime() - hourMs).toISOString();
  const recent = prepared(db, 'SELECT created_at FROM comments WHERE author_id = ? AND created_at > ? ORDER BY created_at')
    .pluck()
    .all(viewer.userId, since) as string[];
  if (recent.length < newAccount.commentsPerHour) return;
  const retryAfter = Math.max(1, Math.ceil((Date.parse(recent[recent.length - newAccount.commentsPerHour]!) + hourMs - now.getTime()) / 1000));
  throw new Problem(
    429,
    'rate_limited',
    `New accounts may write ${newAccount.commentsPerHour} comments an hour; try again in ${retryAfter} seconds.`,
    undefined,
    { 'Retry-After': String(retryAfter) },
  );
}
