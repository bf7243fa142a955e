import { prepared, type Db } from '../db/database.js';
import type { Principal } from '../http/handler.js';
import { canSeeThread, findThread, viewerOf } from '../resources/threads/access.js';
import { findComment } from '../resources/threads/comment-rows.js';
import type { PostRow } from '../resources/threads/rows.js';
import { reactionCounts, toAudiencePost, toComment, toThread } from '../resources/threads/views.js';
import { readEvents, type EventFilter, type WireEvent } from './event-log.js';

/**
 * One page of history, as the reader may see it now.
 *
 * @example
 * ```ts
 * const { events, scannedTo, exhausted } = readReplayPage(db, after, filter, principal, 100);
 * ```
 */
export interface ReplayPage {
  /** The events to deliver, oldest first. */
  events: WireEvent[];
  /** The seq of the last event examined (kept or not): where the next page starts. */
  scannedTo: number;
  /** True when the log holds nothing more for this filter (the reader has caught up). */
  exhausted: boolean;
}

/** A page never examines more than this many times its size, so a reader whose history is mostly gone still gets an answer quickly. */
const maxScanFactor = 10;

/**
 * Reads history after `afterSeq` for a reader, applying today's visibility and content:
 * a live event told what was true then; history must tell what is true now. A deleted
 * post is left out, an edited one carries its latest body, and a thread made private
 * shows nothing to those who can no longer see it.
 *
 * @example
 * ```ts
 * const page = readReplayPage(db, 0, { threadIds: ['thr_x'], types: [] }, principal, 100);
 * const next = page.scannedTo; // resume here
 * ```
 */
export function readReplayPage(db: Db, afterSeq: number, filter: EventFilter, principal: Principal, limit: number): ReplayPage {
  const events: WireEvent[] = [];
  let scannedTo = afterSeq;
  let scanned = 0;
  for (;;) {
    const rows = readEvents(db, scannedTo, filter, limit);
    for (const row of rows) {
      scanned++;
      scannedTo = Number(row.id);
      const seen = currentView(db, row, principal);
      if (seen) events.push(seen);
      if (events.length === limit) return { events, scannedTo, exhausted: false };
    }
    if (rows.length < limit) return { events, scannedTo, exhausted: true };
    if (scanned >= limit * maxScanFactor) return { events, scannedTo, exhausted: false };
  }
}

/**
 * An event of the log as `principal` may see it now, or `undefined` when it may not (or
 * what it was about is gone). Events about posts are re-read from the posts they name;
 * the others (rooms, sessions, progress) only ever reach their participants and stand as logged.
 *
 * @example
 * ```ts
 * const seen = currentView(db, event, principal); // undefined for a deleted post
 * ```
 */
export function currentView(db: Db, event: WireEvent, principal: Principal): WireEvent | undefined {
  if (event.type === 'thread.post.created' || event.type === 'post.updated') {
    const post = visiblePostRow(db, (event.data as { id: string }).id, principal);
    // Built as the live event was (without anyone's own reactions), for this reader.
    return post ? { ...event, data: toAudiencePost(db, post, principal) } : undefined;
  }
  if (event.type === 'thread.updated') {
    // How the thread reads now, at the origin the live event named.
    const logged = event.data as { id: string; htmlUrl: string };
    const thread = findThread(db, logged.id);
    if (!thread || !canSeeThread(thread, viewerOf(principal))) return undefined;
    return { ...event, data: { ...toThread(db, thread, principal, new URL(logged.htmlUrl).origin), viewer: null } };
  }
  if (event.type === 'post.comment.created' || event.type === 'post.comment.updated') {
    // A comment goes with its post: gone with it, hidden with its thread.
    // A hidden one is its thread owner's alone, like in lists.
    // A created one keeps the post's count as logged: the count as of that event, not today's
    // (a page replaying history moves its count through each event in turn).
    const logged = event.data as { id: string; commentCount?: number };
    const comment = findComment(db, logged.id);
    const post = comment && visiblePostRow(db, comment.post_id, principal);
    const owner = post && principal.kind === 'user' && findThread(db, post.thread_id)?.owner_id === principal.userId;
    if (!post || (comment.hidden_at !== null && !owner)) return undefined;
    const counted = event.type === 'post.comment.created' && logged.commentCount !== undefined ? { commentCount: logged.commentCount } : {};
    return { ...event, data: { ...toComment(db, comment), ...counted } };
  }
  if (event.type === 'post.comment.deleted' || event.type === 'post.comment.hidden') {
    const thread = findThread(db, (event.data as { threadId: string }).threadId);
    return thread && canSeeThread(thread, viewerOf(principal)) ? event : undefined;
  }
  if (event.type === 'post.reaction.updated') {
    const data = event.data as { postId: string };
    const post = visiblePostRow(db, data.postId, principal);
    return post ? { ...event, data: { ...data, reactions: reactionCounts(post), viewerReactions: [] } } : undefined;
  }
  return event;
}

function visiblePostRow(db: Db, postId: string, principal: Principal): PostRow | undefined {
  const post = prepared(db, 'SELECT * FROM posts WHERE id = ?').get(postId) as PostRow | undefined;
  const thread = post ? findThread(db, post.thread_id) : undefined;
  return post && thread && canSeeThread(thread, viewerOf(principal)) ? post : undefined;
}
