import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import type { HandlerContext } from '../../http/handler.js';
import { problem } from '../../http/problem.js';
import { newId } from '../../ids.js';
import { visiblePost } from './access.js';
import { postAudience } from './audience.js';
import { checkPostLink } from './links.js';
import { linkColumns, type ThreadRow } from './rows.js';
import { toAudiencePost, toPost } from './views.js';

type Post = components['schemas']['Post'];

/** What a new post says: `createThreadPost`'s body, or `createThread`'s `firstPost`. */
export interface NewPost {
  kind: components['schemas']['PostKind'];
  body: string;
  link?: components['schemas']['PostLink'] | null | undefined;
}

/**
 * Writes a post on a thread the caller owns and tells the owner, followers and watchers
 * (`thread.post.created`). A body of only white space renders as nothing, so it is refused
 * as a 422 naming `pointer` (`/body`, or `/firstPost/body` when the post starts a thread:
 * thrown inside the handler's transaction, it takes the new thread with it).
 *
 * @example
 * ```ts
 * const post = writePost(ctx, thread, { kind: 'milestone', body: 'Shipped my first roadmap.' }, '/body');
 * ```
 */
export function writePost<K extends 'createThread' | 'createThreadPost'>(ctx: HandlerContext<K>, thread: ThreadRow, input: NewPost, pointer: string): Post {
  if (input.body.trim() === '') throw problem.invalidField(pointer, 'must not be empty or only white space');
  if (input.link) checkPostLink(ctx.db, input.link, thread.owner_id, ctx.principal.orgId);
  const id = newId('post');
  const l = linkColumns(input.link);
  insertPost(ctx.db).run(
    id,
    thread.id,
    thread.owner_id,
    input.kind,
    input.body,
    l.link_kind,
    l.link_roadmap_id,
    l.link_step_id,
    l.link_room_id,
    l.link_goal_id,
    ctx.now.toISOString(),
  );
  const row = visiblePost(ctx.db, id, ctx.principal).post;
  const live = toAudiencePost(ctx.db, row);
  ctx.emit('thread.post.created', live, postAudience(ctx.db, thread, live));
  return toPost(ctx.db, row, ctx.principal);
}

function insertPost(db: Db) {
  return prepared(
    db,
    `INSERT INTO posts (id, thread_id, author_id, kind, body, link_kind, link_roadmap_id, link_step_id, link_room_id, link_goal_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
}
