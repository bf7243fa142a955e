import { prepared } from '../../db/database.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import type { Handler, HandlerContext } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { findThread, ownedThread, requireViewer, viewerOf, visibleThread } from './access.js';
import { threadAudience } from './audience.js';
import type { ThreadRow } from './rows.js';
import { claimPage, threadsOnPage } from './page-url.js';
import { setThreadTags } from './tags.js';
import { toThread } from './views.js';
import { writePost } from './write-post.js';

/** `LIKE` pattern for a substring search, with the wildcards of the input taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Threads the caller may see, most recent activity first. The visibility rule is the SQL
 * twin of `canSeeThread`, minus `unlisted` (never listed except to the owner).
 */
export const listThreads: Handler<'listThreads'> = (ctx) => {
  const viewer = viewerOf(ctx.principal);
  const { owner, tag, q, following, canonicalUrl, cursor } = ctx.query;
  const limit = ctx.query.limit ?? 20;
  if (following && !viewer) throw problem.invalidParameter('following', 'needs a user token: keys follow no one');

  const where: string[] = [];
  const args: Record<string, string | number> = { limit: limit + 1 };
  // Found by its page, an unlisted thread is as findable as by its id: whoever has the page has it.
  const listed = canonicalUrl ? `t.visibility IN ('public', 'unlisted')` : `t.visibility = 'public'`;
  if (viewer) {
    where.push(`(${listed} OR t.owner_id = @me OR (t.visibility = 'organization' AND t.owner_org_id = @org))`);
    args.me = viewer.userId;
    args.org = viewer.orgId;
  } else {
    where.push(listed);
  }
  if (canonicalUrl) {
    where.push('t.id IN (SELECT value FROM json_each(@onPage))');
    args.onPage = JSON.stringify(threadsOnPage(ctx.db, canonicalUrl));
  }
  if (owner) {
    where.push('t.owner_id = @owner');
    args.owner = owner;
  }
  if (tag) {
    where.push('EXISTS (SELECT 1 FROM thread_tags g WHERE g.tag = @tag AND g.thread_id = t.id)');
    args.tag = tag;
  }
  if (q) {
    where.push(`(t.title LIKE @q ESCAPE '\\' OR coalesce(t.summary, '') LIKE @q ESCAPE '\\')`);
    args.q = containsPattern(q);
  }
  if (following && viewer) {
    where.push('EXISTS (SELECT 1 FROM thread_follows f WHERE f.thread_id = t.id AND f.user_id = @me)');
  }
  if (cursor) {
    const [at, id] = decodeCursor('threads', cursor, 2);
    if (typeof at !== 'string' || typeof id !== 'string') throw problem.invalidParameter('cursor', 'unknown or tampered cursor');
    where.push('(t.activity_at, t.id) < (@at, @id)');
    args.at = at;
    args.id = id;
  }
  const rows = prepared(ctx.db, `SELECT t.* FROM threads t WHERE ${where.join(' AND ')} ORDER BY t.activity_at DESC, t.id DESC LIMIT @limit`).all(
    args,
  ) as ThreadRow[];
  const page = pageOf(rows, limit, 'threads', (r) => [r.activity_at, r.id]);
  return { status: 200, body: { data: page.items.map((r) => toThread(ctx.db, r, ctx.principal, ctx.origin)), nextCursor: page.nextCursor } };
};

/**
 * Starts a thread owned by the signed-in person, with its first post when `firstPost` is
 * sent: both in the handler's one transaction, so a refused post leaves no thread behind.
 */
export const createThread: Handler<'createThread'> = (ctx) => {
  const viewer = requireViewer(ctx.principal);
  const body = ctx.body;
  const id = newId('thr');
  const now = ctx.now.toISOString();
  const tags = body.tags ?? [];
  if (body.canonicalUrl) claimPage(ctx.db, body.canonicalUrl, viewer.userId);
  prepared(
    ctx.db,
    `INSERT INTO threads (id, owner_id, owner_org_id, title, summary, tags, visibility, canonical_url, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    viewer.userId,
    viewer.orgId,
    body.title,
    body.summary ?? null,
    JSON.stringify(tags),
    body.visibility ?? 'public',
    body.canonicalUrl ?? null,
    now,
    now,
  );
  setThreadTags(ctx.db, id, tags);
  if (body.firstPost) {
    writePost(ctx, visibleThread(ctx.db, id, ctx.principal), { kind: body.firstPost.kind ?? 'update', body: body.firstPost.body }, '/firstPost/body');
  }
  return { status: 201, body: toThread(ctx.db, visibleThread(ctx.db, id, ctx.principal), ctx.principal, ctx.origin) };
};

/** One thread, if the caller may see it. */
export const retrieveThread: Handler<'retrieveThread'> = (ctx) => ({
  status: 200,
  body: toThread(ctx.db, visibleThread(ctx.db, ctx.params.threadId, ctx.principal), ctx.principal, ctx.origin),
});

/** Changes the fields sent; owner only. */
export const updateThread: Handler<'updateThread'> = (ctx) => {
  const thread = ownedThread(ctx.db, ctx.params.threadId, ctx.principal);
  const body = ctx.body;
  const tags = body.tags ?? (JSON.parse(thread.tags) as string[]);
  if (body.canonicalUrl) claimPage(ctx.db, body.canonicalUrl, thread.owner_id);
  prepared(ctx.db, `UPDATE threads SET title = ?, summary = ?, tags = ?, visibility = ?, canonical_url = ?, updated_at = ? WHERE id = ?`).run(
    body.title ?? thread.title,
    body.summary !== undefined ? body.summary : thread.summary,
    JSON.stringify(tags),
    body.visibility ?? thread.visibility,
    body.canonicalUrl !== undefined ? body.canonicalUrl : thread.canonical_url,
    ctx.now.toISOString(),
    thread.id,
  );
  if (body.tags) setThreadTags(ctx.db, thread.id, tags);
  announce(ctx, thread.id);
  return { status: 200, body: toThread(ctx.db, visibleThread(ctx.db, thread.id, ctx.principal), ctx.principal, ctx.origin) };
};

/**
 * Tells the thread's audience how it reads now (`thread.updated`), so open pages' counts and
 * titles move. Built for many readers, so without anyone's `viewer`.
 */
function announce(ctx: HandlerContext<'updateThread' | 'followThread' | 'unfollowThread'>, threadId: string): void {
  const row = findThread(ctx.db, threadId)!;
  ctx.emit('thread.updated', { ...toThread(ctx.db, row, ctx.principal, ctx.origin), viewer: null }, threadAudience(ctx.db, row));
}

/** Follows a thread the caller can see; following again changes nothing. */
export const followThread: Handler<'followThread'> = (ctx) => {
  const viewer = requireViewer(ctx.principal);
  const thread = visibleThread(ctx.db, ctx.params.threadId, ctx.principal);
  if (thread.owner_id === viewer.userId) throw problem.conflict('You own this thread: its posts already reach you.');
  const { changes } = prepared(ctx.db, 'INSERT OR IGNORE INTO thread_follows (thread_id, user_id, created_at) VALUES (?, ?, ?)').run(
    thread.id,
    viewer.userId,
    ctx.now.toISOString(),
  );
  if (changes) announce(ctx, thread.id);
  return { status: 200, body: toThread(ctx.db, visibleThread(ctx.db, thread.id, ctx.principal), ctx.principal, ctx.origin) };
};

/** Stops following; not following already changes nothing. */
export const unfollowThread: Handler<'unfollowThread'> = (ctx) => {
  const viewer = requireViewer(ctx.principal);
  const thread = visibleThread(ctx.db, ctx.params.threadId, ctx.principal);
  const { changes } = prepared(ctx.db, 'DELETE FROM thread_follows WHERE thread_id = ? AND user_id = ?').run(thread.id, viewer.userId);
  if (changes) announce(ctx, thread.id);
  return { status: 200, body: toThread(ctx.db, visibleThread(ctx.db, thread.id, ctx.principal), ctx.principal, ctx.origin) };
};
