import { prepared } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import type { Handler } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { canSeeThread, requireViewer } from './access.js';
import type { PostRow, ThreadRow } from './rows.js';
import { toPost } from './views.js';

type BookmarkRow = PostRow & { bookmarked_at: string; thread_title: string } & Pick<ThreadRow, 'visibility' | 'owner_id' | 'owner_org_id'>;

/**
 * The caller's reading list: the posts they bookmarked, newest bookmark first, keyed on
 * (bookmarked_at, post id). A post whose thread they can no longer see is left out (the
 * bookmark stays, and shows again if the thread does).
 */
export const listMyBookmarks: Handler<'listMyBookmarks'> = (ctx) => {
  const viewer = requireViewer(ctx.principal);
  const limit = ctx.query.limit ?? 20;
  const list = `bookmarks:${viewer.userId}`;
  let after: [string | null, string | null] = [null, null];
  if (ctx.query.cursor) {
    const [at, id] = decodeCursor(list, ctx.query.cursor, 2);
    if (typeof at !== 'string' || typeof id !== 'string') throw problem.invalidParameter('cursor', 'unknown or tampered cursor');
    after = [at, id];
  }
  const visible: BookmarkRow[] = [];
  let cursor = after;
  // Read in pages until `limit + 1` visible ones are found or the bookmarks end: filtering
  // by visibility in SQL would duplicate canSeeThread.
  for (;;) {
    const rows = prepared(
      ctx.db,
      `SELECT p.*, r.created_at AS bookmarked_at, t.title AS thread_title, t.visibility, t.owner_id, t.owner_org_id
       FROM reactions r JOIN posts p ON p.id = r.post_id JOIN threads t ON t.id = p.thread_id
       WHERE r.user_id = @me AND r.kind = 'bookmark' AND (@at IS NULL OR (r.created_at, r.post_id) < (@at, @id))
       ORDER BY r.created_at DESC, r.post_id DESC
       LIMIT @limit`,
    ).all({ me: viewer.userId, at: cursor[0], id: cursor[1], limit: limit + 1 }) as BookmarkRow[];
    visible.push(...rows.filter((r) => canSeeThread(r, viewer)));
    if (visible.length > limit || rows.length <= limit) break;
    const last = rows.at(-1)!;
    cursor = [last.bookmarked_at, last.id];
  }
  const page = pageOf(visible.slice(0, limit + 1), limit, list, (r) => [r.bookmarked_at, r.id]);
  return {
    status: 200,
    body: {
      data: page.items.map((r) => ({ bookmarkedAt: r.bookmarked_at, threadTitle: r.thread_title, post: toPost(ctx.db, r, ctx.principal) })),
      nextCursor: page.nextCursor,
    },
  };
};
