import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import type { Principal } from '../../http/handler.js';
import { userSummary } from '../../users.js';
import type { CommentRow, PostRow, ThreadRow } from './rows.js';
import { liveStep, liveStepAs, visibleTo } from '../roadmaps/visibility.js';

type Thread = components['schemas']['Thread'];
type Post = components['schemas']['Post'];
type PostLinkView = components['schemas']['PostLinkView'];
type Comment = components['schemas']['Comment'];
type ReactionKind = components['schemas']['ReactionKind'];
type ReactionCounts = components['schemas']['ReactionCounts'];

/** Reaction kinds in the order the API lists them. */
export const reactionKinds: readonly ReactionKind[] = ['cheer', 'insightful', 'support', 'bookmark'];

/**
 * A thread as the contract shows it to `principal` (`viewer` is null for key callers);
 * `origin` is the API's, where its hosted page is served.
 */
export function toThread(db: Db, row: ThreadRow, principal: Principal, origin: string): Thread {
  let viewer: Thread['viewer'] = null;
  if (principal.kind === 'user') {
    const following = prepared(db, 'SELECT 1 FROM thread_follows WHERE thread_id = ? AND user_id = ?').get(row.id, principal.userId) !== undefined;
    viewer = { isOwner: row.owner_id === principal.userId, following };
  }
  return {
    id: row.id,
    owner: userSummary(db, row.owner_id),
    title: row.title,
    summary: row.summary,
    tags: JSON.parse(row.tags) as string[],
    visibility: row.visibility,
    canonicalUrl: row.canonical_url,
    htmlUrl: `${origin}/t/${row.id}`,
    counts: { posts: row.post_count, followers: row.follower_count, reactions: row.reaction_count, comments: row.comment_count },
    viewer,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastPostAt: row.last_post_at,
  };
}

/** The public counters of a post, per reaction kind (`bookmark` is always 0). */
export function reactionCounts(row: PostRow): ReactionCounts {
  // Bookmarks are a reader's own reading list: never counted in public.
  return { cheer: row.cheer_count, insightful: row.insightful_count, support: row.support_count, bookmark: 0 };
}

/** The reactions `principal` gave the post (none for key callers), in API order. */
export function viewerReactions(db: Db, postId: string, principal: Principal): ReactionKind[] {
  if (principal.kind !== 'user') return [];
  const given = new Set(
    (prepared(db, 'SELECT kind FROM reactions WHERE post_id = ? AND user_id = ?').all(postId, principal.userId) as { kind: ReactionKind }[]).map((r) => r.kind),
  );
  return reactionKinds.filter((k) => given.has(k));
}

/**
 * A post's link as readers see it: the ids as written, with the titles and the step's place
 * among the roadmap's live steps to render "Step 3 of *Your first 90 days*" (null where the
 * roadmap, step or goal is gone: a step removed by a published edit is gone for readers, and an
 * organization's roadmap is gone for readers outside it, as `GET /v1/roadmaps/{id}` says).
 */
function linkOf(db: Db, row: PostRow, orgId: string): PostLinkView | null {
  if (row.link_kind === 'roadmap_step' && row.link_roadmap_id && row.link_step_id) {
    const step = prepared(
      db,
      `SELECT r.title AS roadmap_title, s.title AS step_title,
         (SELECT count(*) FROM roadmap_steps o WHERE o.roadmap_id = s.roadmap_id AND o.position <= s.position AND ${liveStepAs('o')}) AS step_index,
         (SELECT count(*) FROM roadmap_steps o WHERE o.roadmap_id = s.roadmap_id AND ${liveStepAs('o')}) AS step_count
       FROM roadmap_steps s JOIN roadmaps r ON r.id = s.roadmap_id
       WHERE s.id = ? AND s.roadmap_id = ? AND ${liveStep} AND ${visibleTo}`,
    ).get(row.link_step_id, row.link_roadmap_id, orgId) as { roadmap_title: string; step_title: string; step_index: number; step_count: number } | undefined;
    return {
      kind: 'roadmap_step',
      roadmapId: row.link_roadmap_id,
      stepId: row.link_step_id,
      roadmapTitle: step?.roadmap_title ?? null,
      stepTitle: step?.step_title ?? null,
      stepIndex: step?.step_index ?? null,
      stepCount: step?.step_count ?? null,
    };
  }
  if (row.link_kind === 'room_goal' && row.link_room_id && row.link_goal_id) {
    const goalTitle = prepared(db, 'SELECT title FROM goals WHERE id = ? AND room_id = ?').pluck().get(row.link_goal_id, row.link_room_id) as
      | string
      | undefined;
    return { kind: 'room_goal', roomId: row.link_room_id, goalId: row.link_goal_id, goalTitle: goalTitle ?? null };
  }
  return null;
}

/**
 * Whether the signed-in reader reported the post or comment `target` (one report per reader and
 * item); `false` for a key, and with no principal (an event, built for many readers).
 *
 * @example
 * ```ts
 * viewerReported(db, comment.id, ctx.principal); // true once they reported it
 * ```
 */
export function viewerReported(db: Db, target: string, principal: Principal | undefined): boolean {
  if (principal?.kind !== 'user') return false;
  return prepared(db, 'SELECT 1 FROM reports WHERE reporter_id = ? AND target = ?').get(principal.userId, target) !== undefined;
}

/** A reader outside every organization: sees only what anyone may (no organization's roadmaps). */
const outsider: Principal = { kind: 'publishable', orgId: '', key: '', mode: 'test' };

/**
 * A post as an event shows it: no one's own reactions or reports. A live event goes to the
 * thread's many readers at once (one frame for all), so its link is as `viewer`'s default, a
 * reader outside every organization, sees it (an organization's roadmap gone), since some of
 * them are. Where that hides titles, `postAudience` has each stream re-read it for its reader
 * (`currentView`, as a replay does), so those inside the organization still see them.
 *
 * @example `ctx.emit('post.updated', live, postAudience(ctx.db, thread, live));`
 */
export function toAudiencePost(db: Db, row: PostRow, viewer: Principal = outsider): Post {
  return { ...toPost(db, row, viewer), viewerReactions: [], viewerReported: false };
}

/** A post as the contract shows it to `principal` (`viewerReactions` empty, `viewerReported` false for key callers). */
export function toPost(db: Db, row: PostRow, principal: Principal): Post {
  return {
    id: row.id,
    threadId: row.thread_id,
    author: userSummary(db, row.author_id),
    kind: row.kind,
    body: row.body,
    link: linkOf(db, row, principal.orgId),
    reactions: reactionCounts(row),
    viewerReactions: viewerReactions(db, row.id, principal),
    viewerReported: viewerReported(db, row.id, principal),
    commentCount: row.comment_count,
    commentsLocked: prepared(db, 'SELECT 1 FROM locked_posts WHERE post_id = ?').get(row.id) !== undefined,
    createdAt: row.created_at,
    editedAt: row.edited_at,
  };
}

/** A comment as the contract shows it to `principal`; without one (an event, for many readers) `viewerReported` is false. */
export function toComment(db: Db, row: CommentRow, principal?: Principal): Comment {
  return {
    id: row.id,
    postId: row.post_id,
    parentId: row.parent_id,
    author: userSummary(db, row.author_id),
    body: row.body,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    hidden: row.hidden_at !== null,
    viewerReported: viewerReported(db, row.id, principal),
  };
}
