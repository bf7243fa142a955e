import { prepared } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import type { Handler } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { ownedPost, ownedThread, visiblePost, visibleThread } from './access.js';
import { postAudience } from './audience.js';
import { checkPostLink } from './links.js';
import { linkColumns, type PostRow } from './rows.js';
import { toAudiencePost, toPost } from './views.js';
import { writePost } from './write-post.js';

/**
 * A thread's posts, newest first. The cursor holds the last item's (created_at, id), so a
 * post written between two page loads sorts before it and never repeats or shifts a page.
 */
export const listThreadPosts: Handler<'listThreadPosts'> = (ctx) => {
  const thread = visibleThread(ctx.db, ctx.params.threadId, ctx.principal);
  const limit = ctx.query.limit ?? 20;
  const list = `thread-posts:${thread.id}`;
  let after: [string, string] | [null, null] = [null, null];
  if (ctx.query.cursor) {
    const [at, id] = decodeCursor(list, ctx.query.cursor, 2);
    if (typeof at !== 'string' || typeof id !== 'string') throw problem.invalidParameter('cursor', 'unknown or tampered cursor');
    after = [at, id];
  }
  const rows = prepared(
    ctx.db,
    `SELECT * FROM posts
     WHERE thread_id = @thread
       AND (@kinds IS NULL OR kind IN (SELECT value FROM json_each(@kinds)))
       AND (@at IS NULL OR (created_at, id) < (@at, @id))
     ORDER BY created_at DESC, id DESC
     LIMIT @limit`,
  ).all({
    thread: thread.id,
    kinds: ctx.query.kind?.length ? JSON.stringify(ctx.query.kind) : null,
    at: after[0],
    id: after[1],
    limit: limit + 1,
  }) as PostRow[];
  const page = pageOf(rows, limit, list, (r) => [r.created_at, r.id]);
  return { status: 200, body: { data: page.items.map((r) => toPost(ctx.db, r, ctx.principal)), nextCursor: page.nextCursor } };
};

/** Writes a post on the caller's own thread and tells the owner, followers and watchers. */
export const createThreadPost: Handler<'createThreadPost'> = (ctx) => {
  const thread = ownedThread(ctx.db, ctx.params.threadId, ctx.principal);
  return { status: 201, body: writePost(ctx, thread, ctx.body, '/body') };
};

/** One post, if the caller may see its thread. */
export const retrievePost: Handler<'retrievePost'> = (ctx) => ({
  status: 200,
  body: toPost(ctx.db, visiblePost(ctx.db, ctx.params.postId, ctx.principal).post, ctx.principal),
});

/** Edits a post of the caller's own thread (stamping `editedAt` unless only its comments were locked or reopened) and tells the thread's audience. */
export const updatePost: Handler<'updatePost'> = (ctx) => {
  const { post, thread } = ownedPost(ctx.db, ctx.params.postId, ctx.principal);
  const { kind, body, link, commentsLocked } = ctx.body;
  if (link) checkPostLink(ctx.db, link, thread.owner_id, ctx.principal.orgId);
  const l = link === undefined ? post : linkColumns(link);
  // Locking comments is moderation, not an edit of what the post says: it leaves editedAt alone.
  const edited = kind !== undefined || body !== undefined || link !== undefined ? ctx.now.toISOString() : post.edited_at;
  prepared(
    ctx.db,
    `UPDATE posts SET kind = ?, body = ?, link_kind = ?, link_roadmap_id = ?, link_step_id = ?, link_room_id = ?, link_goal_id = ?, edited_at = ?
     WHERE id = ?`,
  ).run(kind ?? post.kind, body ?? post.body, l.link_kind, l.link_roadmap_id, l.link_step_id, l.link_room_id, l.link_goal_id, edited, post.id);
  if (commentsLocked === true) prepared(ctx.db, 'INSERT OR IGNORE INTO locked_posts (post_id, locked_at) VALUES (?, ?)').run(post.id, ctx.now.toISOString());
  if (commentsLocked === false) prepared(ctx.db, 'DELETE FROM locked_posts WHERE post_id = ?').run(post.id);
  const row = visiblePost(ctx.db, post.id, ctx.principal).post;
  // Open pages follow the change (a lock takes their comment box away).
  const live = toAudiencePost(ctx.db, row);
  ctx.emit('post.updated', live, postAudience(ctx.db, thread, live));
  return { status: 200, body: toPost(ctx.db, row, ctx.principal) };
};

/** Deletes a post of the caller's own thread; its reactions and comments go by cascade. */
export const deletePost: Handler<'deletePost'> = (ctx) => {
  const { post } = ownedPost(ctx.db, ctx.params.postId, ctx.principal);
  prepared(ctx.db, 'DELETE FROM posts WHERE id = ?').run(post.id);
  return { status: 204, body: undefined };
};
