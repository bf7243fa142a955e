import { prepared, type Db } from '../../db/database.js';
import type { Principal } from '../../http/handler.js';
import { Problem, problem } from '../../http/problem.js';
import type { PostRow, ThreadRow } from './rows.js';

/** A signed-in person, as the thread rules need them. */
export interface Viewer {
  userId: string;
  orgId: string;
}

/** The person behind a user token; `[user]` operations always have one (the app enforces it). */
export function requireViewer(principal: Principal): Viewer {
  if (principal.kind !== 'user') throw new Problem(403, 'forbidden', 'This operation needs a user token.');
  return { userId: principal.userId, orgId: principal.orgId };
}

/** The signed-in person, or `undefined` for key callers (who only read public data). */
export function viewerOf(principal: Principal): Viewer | undefined {
  return principal.kind === 'user' ? { userId: principal.userId, orgId: principal.orgId } : undefined;
}

/**
 * Who may see a thread: `public` and `unlisted` everyone, `organization` the people of the
 * owner's organization, `private` the owner. Keys see no `organization` thread: a key is
 * the organization's, not a person of it.
 */
export function canSeeThread(thread: Pick<ThreadRow, 'visibility' | 'owner_id' | 'owner_org_id'>, viewer: Viewer | undefined): boolean {
  if (thread.visibility === 'public' || thread.visibility === 'unlisted') return true;
  if (!viewer) return false;
  if (viewer.userId === thread.owner_id) return true;
  return thread.visibility === 'organization' && thread.owner_org_id !== null && thread.owner_org_id === viewer.orgId;
}

/** The thread row, whoever may see it. */
export function findThread(db: Db, threadId: string): ThreadRow | undefined {
  return prepared(db, 'SELECT * FROM threads WHERE id = ?').get(threadId) as ThreadRow | undefined;
}

/** The thread if the caller may see it; `404` otherwise (existence is not revealed). */
export function visibleThread(db: Db, threadId: string, principal: Principal): ThreadRow {
  const thread = findThread(db, threadId);
  if (!thread || !canSeeThread(thread, viewerOf(principal))) throw problem.notFound(`No thread ${threadId} is visible to this credential.`);
  return thread;
}

/** The thread if the caller owns it: `404` if they cannot see it, `403` if they can but do not own it. */
export function ownedThread(db: Db, threadId: string, principal: Principal): ThreadRow {
  const thread = visibleThread(db, threadId, principal);
  if (thread.owner_id !== requireViewer(principal).userId) throw problem.forbidden(`Only the owner of thread ${threadId} may do this.`);
  return thread;
}

/** The post and its thread if the caller may see the thread; `404` otherwise. */
export function visiblePost(db: Db, postId: string, principal: Principal): { post: PostRow; thread: ThreadRow } {
  const post = prepared(db, 'SELECT * FROM posts WHERE id = ?').get(postId) as PostRow | undefined;
  const thread = post ? findThread(db, post.thread_id) : undefined;
  if (!post || !thread || !canSeeThread(thread, viewerOf(principal))) throw problem.notFound(`No post ${postId} is visible to this credential.`);
  return { post, thread };
}

/** The post if the caller owns its thread: `404` if they cannot see it, `403` if they can but do not own it. */
export function ownedPost(db: Db, postId: string, principal: Principal): { post: PostRow; thread: ThreadRow } {
  const found = visiblePost(db, postId, principal);
  if (found.thread.owner_id !== requireViewer(principal).userId) throw problem.forbidden(`Only the owner of the thread may change post ${postId}.`);
  return found;
}
