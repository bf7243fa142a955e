import type { APIPromise } from '../core/api-promise.js';
import type { BaseCore, RequestOptions } from '../core/base-core.js';
import { list, type PagePromise } from '../core/pagination.js';
import type { BodyOf, ItemOf, QueryOf, ResultOf, Schema } from '../core/types.js';
import { Resource, seg } from './resource.js';

/**
 * A kind of reaction to a post: `'cheer'`, `'insightful'`, `'support'` (public, counted) or
 * `'bookmark'` (private: the reader's reading list, never counted). Each person gives each
 * kind at most once per post. Label them by the keys `reaction.<kind>`.
 *
 * @example
 * ```ts
 * const kind: ReactionKind = 'insightful';
 * await client.posts.reactions.add(postId, kind);
 * ```
 */
export type ReactionKind = Schema<'ReactionKind'>;
const post = (id: string) => `/v1/posts/${seg(id)}`;

/**
 * One post of a growth thread, its reactions and comments.
 *
 * @example
 * ```ts
 * const post = await client.posts.retrieve(postId);
 * await client.posts.reactions.add(post.id, 'insightful');
 * await client.posts.comments.create(post.id, { body: 'This helped me too.' });
 * ```
 */
export class Posts extends Resource {
  /** Your reactions to a post (`cheer`, `insightful`, `support`, `bookmark`). */
  readonly reactions: PostReactions;
  /** The comments on a post. */
  readonly comments: PostComments;

  constructor(core: BaseCore) {
    super(core);
    this.reactions = new PostReactions(core);
    this.comments = new PostComments(core);
  }

  /**
   * @example
   * ```ts
   * const post = await client.posts.retrieve(postId);
   * ```
   */
  retrieve(postId: string, options?: RequestOptions): APIPromise<ResultOf<'retrievePost'>> {
    return this.core.request({ ...options, method: 'GET', path: post(postId) });
  }
  /**
   * Edits your post.
   *
   * @example
   * ```ts
   * await client.posts.update(postId, { body: 'Fixed a typo' });
   * ```
   */
  update(postId: string, body: BodyOf<'updatePost'>, options?: RequestOptions): APIPromise<ResultOf<'updatePost'>> {
    return this.core.request({ ...options, method: 'PATCH', path: post(postId), body });
  }
  /**
   * Deletes your post with its reactions and comments.
   *
   * @example
   * ```ts
   * await client.posts.delete(postId);
   * ```
   */
  delete(postId: string, options?: RequestOptions): APIPromise<void> {
    return this.core.request({ ...options, method: 'DELETE', path: post(postId) });
  }
  /**
   * Your reading list: the posts you bookmarked (the private `bookmark` reaction), newest
   * bookmark first. Only you see it.
   *
   * @example
   * ```ts
   * for await (const { post, threadTitle } of client.posts.bookmarks()) console.log(threadTitle, post.body);
   * ```
   */
  bookmarks(params: Omit<QueryOf<'listMyBookmarks'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<ItemOf<'listMyBookmarks'>> {
    return list(this.core, '/v1/me/bookmarks', params, options);
  }
  /**
   * What your posts may link to (`link` on create and update): the steps of the roadmaps you
   * are on, numbered as a linked post shows them, and the goals of the rooms you take part in.
   * Only your own; a link to anything else is refused.
   *
   * @example
   * ```ts
   * const { roadmaps } = await client.posts.linkTargets();
   * const step = roadmaps[0]?.steps[2]; // "Step 3 — …"
   * if (step) await client.threads.posts.create(threadId, { kind: 'milestone', body: 'Done.', link: { kind: 'roadmap_step', roadmapId: roadmaps[0]!.roadmapId, stepId: step.stepId } });
   * ```
   */
  linkTargets(options?: RequestOptions): APIPromise<ResultOf<'listMyPostLinkTargets'>> {
    return this.core.request({ ...options, method: 'GET', path: '/v1/me/post-link-targets' });
  }
  /**
   * Reports a post to its thread's owner; once per person (reporting again updates the reason).
   *
   * @example
   * ```ts
   * await client.posts.report(postId, { reason: 'spam', note: 'An ad for a course.' });
   * ```
   */
  report(postId: string, body: BodyOf<'reportPost'>, options?: RequestOptions): APIPromise<ResultOf<'reportPost'>> {
    return this.core.request({ ...options, method: 'PUT', path: `${post(postId)}/report`, body });
  }
}

/**
 * Reactions: one of each kind per person; adding twice is a no-op.
 *
 * @example
 * ```ts
 * await client.posts.reactions.add(postId, 'bookmark');
 * await client.posts.reactions.remove(postId, 'bookmark');
 * ```
 */
export class PostReactions extends Resource {
  /**
   * @example
   * ```ts
   * const { reactions } = await client.posts.reactions.add(postId, 'cheer');
   * ```
   */
  add(postId: string, kind: ReactionKind, options?: RequestOptions): APIPromise<ResultOf<'addPostReaction'>> {
    return this.core.request({ ...options, method: 'PUT', path: `${post(postId)}/reactions/${kind}` });
  }
  /**
   * @example
   * ```ts
   * await client.posts.reactions.remove(postId, 'cheer');
   * ```
   */
  remove(postId: string, kind: ReactionKind, options?: RequestOptions): APIPromise<ResultOf<'removePostReaction'>> {
    return this.core.request({ ...options, method: 'DELETE', path: `${post(postId)}/reactions/${kind}` });
  }
}

/**
 * Comments on a post, oldest first.
 *
 * @example
 * ```ts
 * const { data } = await client.posts.comments.list(postId, { limit: 50 });
 * ```
 */
export class PostComments extends Resource {
  /**
   * @example
   * ```ts
   * for await (const c of client.posts.comments.list(postId)) console.log(c.body);
   * ```
   */
  list(postId: string, params: Omit<QueryOf<'listPostComments'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<ItemOf<'listPostComments'>> {
    return list(this.core, `${post(postId)}/comments`, params, options);
  }
  /**
   * Comments on a post, or replies to a top-level comment with `parentId` (replies go one
   * level deep: a reply to a reply is refused with a 422 naming `/parentId`).
   *
   * @example
   * ```ts
   * const top = await client.posts.comments.create(postId, { body: 'Congrats!' });
   * await client.posts.comments.create(postId, { body: 'Seconded.', parentId: top.id });
   * ```
   */
  create(postId: string, body: BodyOf<'createPostComment'>, options?: RequestOptions): APIPromise<ResultOf<'createPostComment'>> {
    return this.core.request({ ...options, method: 'POST', path: `${post(postId)}/comments`, body });
  }
  /**
   * Edits your own comment (its author only) and stamps `editedAt`.
   *
   * @example
   * ```ts
   * await client.posts.comments.update(commentId, { body: 'Fixed a typo.' });
   * ```
   */
  update(commentId: string, body: BodyOf<'updateComment'>, options?: RequestOptions): APIPromise<ResultOf<'updateComment'>> {
    return this.core.request({ ...options, method: 'PATCH', path: `/v1/comments/${seg(commentId)}`, body });
  }
  /**
   * Deletes a comment with its replies: your own, or any on a thread you own. Resolves with
   * the ids removed and the post's new `commentCount`.
   *
   * @example
   * ```ts
   * const { commentCount } = await client.posts.comments.delete(commentId);
   * ```
   */
  delete(commentId: string, options?: RequestOptions): APIPromise<ResultOf<'deleteComment'>> {
    return this.core.request({ ...options, method: 'DELETE', path: `/v1/comments/${seg(commentId)}` });
  }
  /**
   * Reports a comment to the thread's owner; once per person (reporting again updates the reason).
   *
   * @example
   * ```ts
   * await client.posts.comments.report(commentId, { reason: 'harassment' });
   * ```
   */
  report(commentId: string, body: BodyOf<'reportComment'>, options?: RequestOptions): APIPromise<ResultOf<'reportComment'>> {
    return this.core.request({ ...options, method: 'PUT', path: `/v1/comments/${seg(commentId)}/report`, body });
  }
  /**
   * Hides a comment on your thread (with its replies) from everyone but you.
   *
   * @example
   * ```ts
   * const { commentCount } = await client.posts.comments.hide(commentId);
   * ```
   */
  hide(commentId: string, options?: RequestOptions): APIPromise<ResultOf<'hideComment'>> {
    return this.core.request({ ...options, method: 'PUT', path: `/v1/comments/${seg(commentId)}/hidden` });
  }
  /**
   * Shows a comment you hid to readers again.
   *
   * @example
   * ```ts
   * await client.posts.comments.unhide(commentId);
   * ```
   */
  unhide(commentId: string, options?: RequestOptions): APIPromise<ResultOf<'unhideComment'>> {
    return this.core.request({ ...options, method: 'DELETE', path: `/v1/comments/${seg(commentId)}/hidden` });
  }
}
