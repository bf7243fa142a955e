import type { components } from '@menteo/api';
import { prepared } from '../../db/database.js';
import type { HandlerContext } from '../../http/handler.js';
import { requireViewer, visiblePost } from './access.js';
import { threadAudience } from './audience.js';
import { refuseBlocked } from './moderation-rules.js';
import type { PostRow } from './rows.js';
import { reactionCounts, viewerReactions } from './views.js';

type PostReactionUpdate = components['schemas']['PostReactionUpdate'];

/**
 * Adds or removes the caller's reaction of one kind. The primary key (post, user, kind) makes
 * both idempotent; the event goes out only when a row actually changed, so a retried PUT
 * neither double-counts nor notifies twice.
 */
function react(ctx: HandlerContext<'addPostReaction'> | HandlerContext<'removePostReaction'>, add: boolean): { status: 200; body: PostReactionUpdate } {
  const viewer = requireViewer(ctx.principal);
  const { post, thread } = visiblePost(ctx.db, ctx.params.postId, ctx.principal);
  refuseBlocked(ctx.db, thread, viewer);
  const changed = add
    ? prepared(ctx.db, 'INSERT OR IGNORE INTO reactions (post_id, user_id, kind, created_at) VALUES (?, ?, ?, ?)').run(
        post.id,
        viewer.userId,
        ctx.params.kind,
        ctx.now.toISOString(),
      ).changes
    : prepared(ctx.db, 'DELETE FROM reactions WHERE post_id = ? AND user_id = ? AND kind = ?').run(post.id, viewer.userId, ctx.params.kind).changes;
  const fresh = prepared(ctx.db, 'SELECT * FROM posts WHERE id = ?').get(post.id) as PostRow;
  const update: PostReactionUpdate = { postId: post.id, threadId: thread.id, reactions: reactionCounts(fresh), viewerReactions: [] };
  // A bookmark changes no public count and is nobody else's business: no event.
  if (changed > 0 && ctx.params.kind !== 'bookmark') ctx.emit('post.reaction.updated', update, threadAudience(ctx.db, thread));
  return { status: 200, body: { ...update, viewerReactions: viewerReactions(ctx.db, post.id, ctx.principal) } };
}

/** Adds the caller's reaction (once per kind). */
export const addPostReaction = (ctx: HandlerContext<'addPostReaction'>) => react(ctx, true);

/** Removes the caller's reaction of that kind, if any. */
export const removePostReaction = (ctx: HandlerContext<'removePostReaction'>) => react(ctx, false);
