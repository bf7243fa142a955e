import { prepared, type Db } from '../../db/database.js';
import type { components } from '@menteo/api';
import type { Audience } from '../../http/handler.js';
import type { ThreadRow } from './rows.js';

type Post = components['schemas']['Post'];

/**
 * Who hears about a thread's activity: its owner and the followers who can still see it
 * (a thread made private after people followed it stops reaching them). `public` and
 * `unlisted` threads also reach anyone watching the thread, such as an embedded widget.
 */
export function threadAudience(db: Db, thread: ThreadRow): Audience {
  const followers = prepared(
    db,
    `SELECT f.user_id, u.org_id FROM thread_follows f JOIN users u ON u.id = f.user_id WHERE f.thread_id = ? ORDER BY f.user_id`,
  ).all(thread.id) as { user_id: string; org_id: string | null }[];
  const reached = followers.filter((f) => {
    if (thread.visibility === 'public' || thread.visibility === 'unlisted') return true;
    if (thread.visibility === 'organization') return thread.owner_org_id !== null && f.org_id === thread.owner_org_id;
    return false;
  });
  const userIds = [thread.owner_id, ...reached.map((f) => f.user_id).filter((id) => id !== thread.owner_id)];
  const open = thread.visibility === 'public' || thread.visibility === 'unlisted';
  return open ? { userIds, public: true, threadId: thread.id } : { userIds };
}

/**
 * Who receives an event about `post` (as `toAudiencePost` built it): the thread's audience, and
 * when the post names a roadmap step its outsiders see no titles of (an organization's roadmap,
 * or a step gone), each open stream re-reads it, so the organization's own readers see the link
 * live as they do on reload.
 *
 * @example `ctx.emit('post.updated', live, postAudience(ctx.db, thread, live));`
 */
export function postAudience(db: Db, thread: ThreadRow, post: Post): Audience {
  const untitled = post.link?.kind === 'roadmap_step' && post.link.roadmapTitle === null;
  return { ...threadAudience(db, thread), ...(untitled ? { readerView: true } : {}) };
}
