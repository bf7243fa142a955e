import { prepared } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import type { Handler } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { requireViewer, visiblePost } from './access.js';
import { threadAudience } from './audience.js';
import { commentColumns, findComment } from './comment-rows.js';
import { limitNewAccount, refuseBlocked, refuseLocked } from './moderation-rules.js';
import type { CommentRow } from './rows.js';
import { toComment } from './views.js';

/** A post's comments and replies, oldest first, keyed on (created_at, id). */
export const listPostComments: Handler<'listPostComments'> = (ctx) => {
  const { post, thread } = visiblePost(ctx.db, ctx.params.postId, ctx.principal);
  const limit = ctx.query.limit ?? 20;
  const list = `post-comments:${post.id}`;
  let after: [string | null, string | null] = [null, null];
  if (ctx.query.cursor) {
    const [at, id] = decodeCursor(list, ctx.query.cursor, 2);
    if (typeof at !== 'string' || typeof id !== 'string') throw problem.invalidParameter('cursor', 'unknown or tampered cursor');
    after = [at, id];
  }
  // Hidden comments are the owner's to see; everyone else's list skips them.
  const owner = ctx.principal.kind === 'user' && ctx.principal.userId === thread.owner_id;
  const rows = prepared(
    ctx.db,
    `SELECT ${commentColumns}
     WHERE c.post_id = @post AND (@owner OR s.hidden_at IS NULL) AND (@at IS NULL OR (c.created_at, c.id) > (@at, @id))
     ORDER BY c.created_at, c.id
     LIMIT @limit`,
  ).all({ post: post.id, owner: owner ? 1 : 0, at: after[0], id: after[1], limit: limit + 1 }) as CommentRow[];
  const page = pageOf(rows, limit, list, (r) => [r.created_at, r.id]);
  return { status: 200, body: { data: page.items.map((r) => toComment(ctx.db, r, ctx.principal)), nextCursor: page.nextCursor } };
};

/**
 * The parent of a reply: a top-level comment of the same post. A reply to a reply is
 * refused, not re-attached to the top-level comment, so no reply ever shows under a
 * comment its writer did not answer.
 */
function checkParent(ctx: Parameters<Handler<'createPostComment'>>[0], postId: string, parentId: string, ownerId: string): void {
  const parent = findComment(ctx.db, parentId);
  const seen = parent && (parent.hidden_at === null || requireViewer(ctx.principal).userId === ownerId);
  if (!parent || !seen || parent.post_id !== postId) throw problem.invalidField('/parentId', `${parentId} is not a comment of post ${postId}`);
  if (parent.parent_id !== null) throw problem.invalidField('/parentId', `${parentId} is a reply; replies go one level deep, so reply to ${parent.parent_id}`);
}

/** Comments (or replies) on a post the caller can see, and tells those who hear of the thread's posts. */
export const createPostComment: Handler<'createPostComment'> = (ctx) => {
  const viewer = requireViewer(ctx.principal);
  const { post, thread } = visiblePost(ctx.db, ctx.params.postId, ctx.principal);
  const { body, parentId } = ctx.body;
  // Blocked first: a blocked reader learns why, whatever else is wrong.
  refuseBlocked(ctx.db, thread, viewer);
  refuseLocked(ctx.db, post.id);
  if (parentId) checkParent(ctx, post.id, parentId, thread.owner_id);
  limitNewAccount(ctx.db, viewer, ctx.now);
  const id = newId('cmt');
  prepared(ctx.db, 'INSERT INTO comments (id, post_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    post.id,
    viewer.userId,
    body,
    ctx.now.toISOString(),
  );
  if (parentId) prepared(ctx.db, 'INSERT INTO comment_state (comment_id, parent_id) VALUES (?, ?)').run(id, parentId);
  const comment = toComment(ctx.db, findComment(ctx.db, id)!);
  // The post's count with this comment in it, so open pages set it without reading the post (the answer leaves it out).
  const commentCount = prepared(ctx.db, 'SELECT comment_count FROM posts WHERE id = ?').pluck().get(post.id) as number;
  // Who hears of a post hears of its comments: the author (the thread's owner), the followers who may see it, watchers of an open thread.
  ctx.emit('post.comment.created', { ...comment, commentCount }, threadAudience(ctx.db, thread));
  return { status: 201, body: comment };
};
