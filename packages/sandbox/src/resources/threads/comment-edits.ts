import { prepared, type Db } from '../../db/database.js';
import type { Handler, Principal } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { requireViewer, visiblePost } from './access.js';
import { threadAudience } from './audience.js';
import { findComment } from './comment-rows.js';
import type { CommentRow, PostRow, ThreadRow } from './rows.js';
import { toComment } from './views.js';

/** The comment with its post and thread, if the caller may see the thread; `404` otherwise. */
function visibleComment(db: Db, commentId: string, principal: Principal): { comment: CommentRow; post: PostRow; thread: ThreadRow } {
  const comment = findComment(db, commentId);
  if (!comment) throw problem.notFound(`No comment ${commentId} is visible to this credential.`);
  try {
    return { comment, ...visiblePost(db, comment.post_id, principal) };
  } catch {
    throw problem.notFound(`No comment ${commentId} is visible to this credential.`);
  }
}

/** Edits the caller's own comment: only its author, not even the thread's owner, may put words in it. */
export const updateComment: Handler<'updateComment'> = (ctx) => {
  const viewer = requireViewer(ctx.principal);
  const { comment, thread } = visibleComment(ctx.db, ctx.params.commentId, ctx.principal);
  if (comment.author_id !== viewer.userId) throw problem.forbidden(`Only its author may edit comment ${comment.id}.`);
  if (ctx.body.body.trim() === '') throw problem.invalidField('/body', 'must not be empty or only white space');
  prepared(ctx.db, 'UPDATE comments SET body = ? WHERE id = ?').run(ctx.body.body, comment.id);
  prepared(ctx.db, 'INSERT INTO comment_state (comment_id, edited_at) VALUES (@id, @at) ON CONFLICT (comment_id) DO UPDATE SET edited_at = @at').run({
    id: comment.id,
    at: ctx.now.toISOString(),
  });
  const edited = toComment(ctx.db, findComment(ctx.db, comment.id)!);
  ctx.emit('post.comment.updated', edited, threadAudience(ctx.db, thread));
  return { status: 200, body: edited };
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
  const replies = prepared(ctx.db, 'SELECT comment_id FROM comment_state WHERE parent_id = ? ORDER BY comment_id').pluck().all(comment.id) as string[];
  const commentIds = [comment.id, ...replies];
  // The comments_uncounted trigger takes each one off the post's and the thread's counts.
  prepared(ctx.db, 'DELETE FROM comments WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(commentIds));
  const commentCount = (prepared(ctx.db, 'SELECT comment_count FROM posts WHERE id = ?').pluck().get(post.id) as number) ?? 0;
  const deletion = { postId: post.id, threadId: thread.id, commentIds, commentCount };
  ctx.emit('post.comment.deleted', deletion, threadAudience(ctx.db, thread));
  return { status: 200, body: deletion };
};
