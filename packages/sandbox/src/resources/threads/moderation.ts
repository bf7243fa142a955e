import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import type { Handler, HandlerContext } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { userSummary } from '../../users.js';
import { ownedThread, requireViewer, visiblePost } from './access.js';
import { threadAudience } from './audience.js';
import { hiddenAmong, recount, visibleComment, withReplies } from './comment-edits.js';
import { refuseBlocked } from './moderation-rules.js';
import type { PostRow } from './rows.js';

type Report = components['schemas']['Report'];
type HiddenComments = components['schemas']['HiddenComments'];

interface ReportRow {
  id: string;
  thread_id: string;
  post_id: string;
  comment_id: string | null;
  reporter_id: string;
  reason: Report['reason'];
  note: string | null;
  created_at: string;
}

/** A report as its thread's owner sees it, with the start of what was reported as it reads now. */
function toReport(db: Db, row: ReportRow): Report {
  const text = row.comment_id
    ? (prepared(db, 'SELECT body FROM comments WHERE id = ?').pluck().get(row.comment_id) as string)
    : (prepared(db, 'SELECT body FROM posts WHERE id = ?').pluck().get(row.post_id) as string);
  return {
    id: row.id,
    threadId: row.thread_id,
    postId: row.post_id,
    commentId: row.comment_id,
    reason: row.reason,
    note: row.note,
    excerpt: text.slice(0, 280),
    reporter: userSummary(db, row.reporter_id),
    createdAt: row.created_at,
  };
}

/**
 * Files (or refiles) the caller's report of a post or comment: one per reader and item, so
 * a second report replaces the reason and note of the first and keeps its id and date.
 */
function fileReport(
  ctx: HandlerContext<'reportPost'> | HandlerContext<'reportComment'>,
  post: PostRow,
  commentId: string | null,
): { status: 200; body: Report } {
  const viewer = requireViewer(ctx.principal);
  prepared(
    ctx.db,
    `INSERT INTO reports (id, thread_id, post_id, comment_id, target, reporter_id, reason, note, created_at)
     VALUES (@id, @thread, @post, @comment, @target, @reporter, @reason, @note, @at)
     ON CONFLICT (reporter_id, target) DO UPDATE SET reason = excluded.reason, note = excluded.note`,
  ).run({
    id: newId('rpt'),
    thread: post.thread_id,
    post: post.id,
    comment: commentId,
    target: commentId ?? post.id,
    reporter: viewer.userId,
    reason: ctx.body.reason,
    note: ctx.body.note ?? null,
    at: ctx.now.toISOString(),
  });
  const row = prepared(ctx.db, 'SELECT * FROM reports WHERE reporter_id = ? AND target = ?').get(viewer.userId, commentId ?? post.id) as ReportRow;
  return { status: 200, body: toReport(ctx.db, row) };
}

/** Reports a post the caller can see. */
export const reportPost: Handler<'reportPost'> = (ctx) => {
  const { post, thread } = visiblePost(ctx.db, ctx.params.postId, ctx.principal);
  refuseBlocked(ctx.db, thread, requireViewer(ctx.principal));
  return fileReport(ctx, post, null);
};

/** Reports a comment the caller can see. */
export const reportComment: Handler<'reportComment'> = (ctx) => {
  const { comment, post, thread } = visibleComment(ctx.db, ctx.params.commentId, ctx.principal);
  refuseBlocked(ctx.db, thread, requireViewer(ctx.principal));
  return fileReport(ctx, post, comment.id);
};

/** The reports on the caller's own thread, newest first. */
export const listThreadReports: Handler<'listThreadReports'> = (ctx) => {
  const thread = ownedThread(ctx.db, ctx.params.threadId, ctx.principal);
  const limit = ctx.query.limit ?? 20;
  const list = `thread-reports:${thread.id}`;
  let after: [string | null, string | null] = [null, null];
  if (ctx.query.cursor) {
    const [at, id] = decodeCursor(list, ctx.query.cursor, 2);
    if (typeof at !== 'string' || typeof id !== 'string') throw problem.invalidParameter('cursor', 'unknown or tampered cursor');
    after = [at, id];
  }
  const rows = prepared(
    ctx.db,
    `SELECT * FROM reports
     WHERE thread_id = @thread AND (@at IS NULL OR (created_at, id) < (@at, @id))
     ORDER BY created_at DESC, id DESC
     LIMIT @limit`,
  ).all({ thread: thread.id, at: after[0], id: after[1], limit: limit + 1 }) as ReportRow[];
  const page = pageOf(rows, limit, list, (r) => [r.created_at, r.id]);
  return { status: 200, body: { data: page.items.map((r) => toReport(ctx.db, r)), nextCursor: page.nextCursor } };
};

/**
 * Hides a comment with its replies from everyone but the thread's owner (or shows them
 * again): the post's count follows, and open pages hear it as `post.comment.hidden`.
 */
function setHidden(ctx: HandlerContext<'hideComment'> | HandlerContext<'unhideComment'>, hidden: boolean): { status: 200; body: HiddenComments } {
  const viewer = requireViewer(ctx.principal);
  const { comment, post, thread } = visibleComment(ctx.db, ctx.params.commentId, ctx.principal);
  if (thread.owner_id !== viewer.userId) throw problem.forbidden(`Only the owner of thread ${thread.id} may hide or show its comments.`);
  const commentIds = withReplies(ctx.db, comment.id);
  const already = new Set(hiddenAmong(ctx.db, commentIds));
  const changing = commentIds.filter((id) => already.has(id) !== hidden);
  for (const id of changing) {
    prepared(ctx.db, 'INSERT INTO comment_state (comment_id, hidden_at) VALUES (@id, @at) ON CONFLICT (comment_id) DO UPDATE SET hidden_at = @at').run({
      id,
      at: hidden ? ctx.now.toISOString() : null,
    });
  }
  recount(ctx.db, post, hidden ? -changing.length : changing.length);
  const commentCount = prepared(ctx.db, 'SELECT comment_count FROM posts WHERE id = ?').pluck().get(post.id) as number;
  const body: HiddenComments = { postId: post.id, threadId: thread.id, commentIds, hidden, commentCount };
  if (changing.length) ctx.emit('post.comment.hidden', body, threadAudience(ctx.db, thread));
  return { status: 200, body };
}

/** Hides a comment on the caller's thread. */
export const hideComment = (ctx: HandlerContext<'hideComment'>) => setHidden(ctx, true);

/** Shows a hidden comment on the caller's thread again. */
export const unhideComment = (ctx: HandlerContext<'unhideComment'>) => setHidden(ctx, false);

/** Blocks a person from the caller's thread; blocking again changes nothing. */
export const blockThreadUser: Handler<'blockThreadUser'> = (ctx) => {
  const thread = ownedThread(ctx.db, ctx.params.threadId, ctx.principal);
  const userId = ctx.params.userId;
  if (!prepared(ctx.db, 'SELECT 1 FROM users WHERE id = ?').get(userId)) throw problem.notFound(`No person ${userId}.`);
  if (userId === thread.owner_id) throw problem.conflict('You own this thread: you cannot block yourself from it.');
  prepared(ctx.db, 'INSERT OR IGNORE INTO thread_blocks (thread_id, user_id, created_at) VALUES (?, ?, ?)').run(thread.id, userId, ctx.now.toISOString());
  const createdAt = prepared(ctx.db, 'SELECT created_at FROM thread_blocks WHERE thread_id = ? AND user_id = ?').pluck().get(thread.id, userId) as string;
  return { status: 200, body: { threadId: thread.id, user: userSummary(ctx.db, userId), createdAt } };
};

/** Lifts a block; not blocked already changes nothing. */
export const unblockThreadUser: Handler<'unblockThreadUser'> = (ctx) => {
  const thread = ownedThread(ctx.db, ctx.params.threadId, ctx.principal);
  prepared(ctx.db, 'DELETE FROM thread_blocks WHERE thread_id = ? AND user_id = ?').run(thread.id, ctx.params.userId);
  return { status: 204, body: undefined };
};
