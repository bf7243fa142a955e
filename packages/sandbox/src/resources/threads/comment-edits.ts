import { prepared, type Db } from '../../db/database.js';
import type { Handler, Principal } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { requireViewer, visiblePost } from './access.js';
import { threadAudience } from './audience.js';
import { findComment } from './comment-rows.js';
import { refuseBlocked } from './moderation-rules.js';
import type { CommentRow, PostRow, ThreadRow } from './rows.js';
import { toComment, viewerReported } from './views.js';

/**
 * The comment with its post and thread, if the caller may see it: the thread is visible
 * to them, and the comment is not hidden unless they own the thread or wrote it; `404` otherwise.
 *
 * @example
 * ```ts
 * const { comment, thread } = visibleComment(ctx.db, ctx.params.commentId, ctx.principal);
 * ```
 */
export function visibleComment(db: Db, commentId: string, principal: Principal): { comment: CommentRow; post: PostRow; thread: ThreadRow } {
  const comment = findComment(db, commentId);
  if (!comment) throw problem.notFound(`No comment ${commentId} is visible to this credential.`);
  let found: { post: PostRow; thread: ThreadRow };
  try {
    found = visiblePost(db, comment.post_id, principal);
  } catch {
    throw problem.notFound(`No comment ${commentId} is visible to this credential.`);
  }
  const me = principal.kind === 'user' ? principal.userId : undefined;
  if (comment.hidden_at !== null && me !== found.thread.owner_id && me !== comment.author_id) {
    throw problem.notFound(`No comment ${commentId} is visible to this credential.`);
  }
  return { comment, ...found };
}

/**
 * A comment's id with its replies' (a reply has none).
 *
 * @example
 * ```ts
 * const ids = withReplies(db, 'cmt_5Tz1Qw8eRb3NkM6a');
 * ```
 */
export function withReplies(db: Db, commentId: string): string[] {
  const replies = prepared(db, 'SELECT comment_id FROM comment_state WHERE parent_id = ? ORDER BY comment_id').pluck().all(commentId) as string[];
  return [commentId, ...replies];
}

/**
 * Those of `ids` that are hidden.
 *
 * @example
 * ```ts
 * const hidden = hiddenAmong(db, ids);
 * ```
 */
export function hiddenAmong(db: Db, ids: readonly string[]): string[] {
  return prepared(db, 'SELECT comment_id FROM comment_state WHERE hidden_at IS NOT NULL AND comment_id IN (SELECT value FROM json_each(?)) ORDER BY comment_id')
    .pluck()
    .all(JSON.stringify(ids)) as string[];
}

/**
 * Adds `by` (negative: takes off) to the comment counts of a post and its thread, for what the
 * count triggers cannot see: comments hidden from readers, or shown again.
 *
 * @example
 * ```ts
 * recount(db, post, -2);
 * ```
 */
export function recount(db: Db, post: PostRow, by: number): void {
  if (!by) return;
  prepared(db, 'UPDATE posts SET comment_count = comment_count + ? WHERE id = ?').run(by, post.id);
  prepared(db, 'UPDATE threads SET comment_count = comment_count + ? WHERE id = ?').run(by, post.thread_id);
}

/** Edits the caller's own comment: only its author, not even the thread's owner, may put words in it. */
export const updateComment: Handler<'updateComment'> = (ctx) => {
  const viewer = requireViewer(ctx.principal);
  const { comment, thread } = visibleComment(ctx.db, ctx.params.commentId, ctx.principal);
  if (comment.author_id !== viewer.userId) throw problem.forbidden(`Only its author may edit comment ${comment.id}.`);
  // Editing is writing: a blocked author may take their words back (delete), not change them.
  refuseBlocked(ctx.db, thread, viewer);
  if (ctx.body.body.trim() === '') throw problem.invalidField('/body', 'must not be empty or only white space');
  prepared(ctx.db, 'UPDATE comments SET body = ? WHERE id = ?').run(ctx.body.body, comment.id);
  prepared(ctx.db, 'INSERT INTO comment_state (comment_id, edited_at) VALUES (@id, @at) ON CONFLICT (comment_id) DO UPDATE SET edited_at = @at').run({
    id: comment.id,
    at: ctx.now.toISOString(),
  });
  // For many readers in the event; the author's answer says whether they reported it.
  const edited = toComment(ctx.db, findComment(ctx.db, comment.id)!);
  // A hidden comment's new words reach only those who can still see it: its author and the thread's owner.
  const audience = comment.hidden_at === null ? threadAudience(ctx.db, thread) : { userIds: [...new Set([thread.owner_id, comment.author_id])] };
  ctx.emit('post.comment.updated', edited, audience);
  return { status: 200, body: { ...edited, viewerReported: viewerReported(ctx.db, comment.id, ctx.principal) } };
};

/**
 * Deletes a comment with its replies: its author may, and so may the thread's owner (who
 * answers for what their thread shows). The event carries every id removed and the post's
 * new count, so a reader's list and counter follow without asking again.
 */
export const deleteComment: Handler<'deleteComment'> = (ctx) => {
  const viewer = requireViewer(ctx.principal);
  const { comment, post, thread } = visibleComment(ctx.db, ctx.params.commentId, ctx.principal);
  if (comment.author_id !== viewer.userId && thread.owner_id !== viewer.userId) {
    throw problem.forbidden(`Only its author or the thread's owner may delete comment ${comment.id}.`);
  }
  const commentIds = withReplies(ctx.db, comment.id);
  // The comments_uncounted trigger takes each one off the post's and the thread's counts;
  // hidden ones were taken off when they were hidden, so they are put back first.
  recount(ctx.db, post, hiddenAmong(ctx.db, commentIds).length);
  prepared(ctx.db, 'DELETE FROM comments WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(commentIds));
  const commentCount = (prepared(ctx.db, 'SELECT comment_count FROM posts WHERE id = ?').pluck().get(post.id) as number) ?? 0;
  const deletion = { postId: post.id, threadId: thread.id, commentIds, commentCount };
  ctx.emit('post.comment.deleted', deletion, threadAudience(ctx.db, thread));
  return { status: 200, body: deletion };
};
