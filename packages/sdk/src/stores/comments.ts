import type { ListBody } from '../core/pagination.js';
import type { QueryOf, Schema } from '../core/types.js';
import { Posts } from '../resources/posts.js';
import { family } from './cache.js';
import { personal } from './personal.js';
import { liveFeed } from './live.js';
import { mutate } from './optimistic.js';
import { pagedSource } from './paged-source.js';
import type { Pages, PagedState, PagedStore } from './query.js';

/**
 * A comment on a post, or a reply to one (`parentId`): its author, its text (plain text or
 * CommonMark), when it was written and last edited.
 *
 * @example
 * ```ts
 * const render = (c: Comment) => `${c.parentId ? '  ↳ ' : ''}${c.author.name}: ${c.body}`;
 * ```
 */
export type Comment = Schema<'Comment'>;

/**
 * What deleting a comment removed (the comment and its replies) and the post's new comment count.
 *
 * @example
 * ```ts
 * const { commentIds, commentCount } = await stores.deleteComment(comment.id);
 * ```
 */
export type CommentDeletion = Schema<'CommentDeletion'>;

/**
 * Comments the thread's owner hid from readers (`hidden: true`) or showed again, with the post's new comment count.
 *
 * @example
 * ```ts
 * const { commentIds, commentCount } = await stores.hideComment(comment.id);
 * ```
 */
export type HiddenComments = Schema<'HiddenComments'>;

/**
 * The comment stores.
 *
 * @example
 * ```ts
 * const { postComments, addComment, editComment, deleteComment } = commentStores(context);
 * ```
 */
export interface CommentStores {
  /**
   * The comments on a post and their replies, oldest first, a page at a time (`loadMore()`
   * for the next); a reply's `parentId` names the comment to show it under. Loaded on the
   * first subscriber, so a closed comment section costs no request. Comments written,
   * edited or deleted by others arrive live: with `threadId` the store watches that
   * thread's public activity itself (a page without a signed-in reader needs it); without
   * it, it follows what the page's other live stores (the thread's posts) receive.
   *
   * @example
   * ```ts
   * const $comments = commentStores(context).postComments(post.id, post.threadId);
   * $comments.subscribe(({ items, hasMore }) => render(items, hasMore));
   * moreButton.onclick = () => $comments.loadMore();
   * ```
   */
  postComments(postId: string, threadId?: string): PagedStore<PagedState<Comment>>;
  /**
   * Comments on a post as the signed-in person, or replies to a top-level comment with
   * `parentId`. Resolves with the server's comment, which is then at the end of that post's
   * comments once they are all loaded (and counted in the post's `commentCount` of the
   * thread stores); rejects (and records `lastError`) when the API refuses.
   *
   * @example
   * ```ts
   * const top = await commentStores(context).addComment(post.id, 'This helped me too.');
   * await commentStores(context).addComment(post.id, 'Same here.', { parentId: top.id });
   * ```
   */
  addComment(postId: string, body: string, options?: { parentId?: string }): Promise<Comment>;
  /**
   * Edits your comment: the new text shows at once, then the server's comment (with
   * `editedAt`) replaces it; it is undone if the server refuses.
   *
   * @example
   * ```ts
   * await stores.editComment(comment.id, 'Fixed a typo.');
   * ```
   */
  editComment(commentId: string, body: string): Promise<Comment>;
  /**
   * Deletes a comment (yours, or any on a thread you own) with its replies: they leave the
   * list at once and come back if the server refuses. The post's `commentCount` in the
   * thread stores takes the server's new count.
   *
   * @example
   * ```ts
   * await stores.deleteComment(comment.id);
   * ```
   */
  deleteComment(commentId: string): Promise<CommentDeletion>;
  /**
   * Hides a comment on your thread, with its replies, from everyone else (`hidden` false
   * shows them again). In your own list they stay, marked `hidden`; readers' pages drop them
   * live. Undone if the server refuses.
   *
   * @example
   * ```ts
   * await stores.hideComment(comment.id);
   * await stores.hideComment(comment.id, false);
   * ```
   */
  hideComment(commentId: string, hidden?: boolean): Promise<HiddenComments>;
}

/**
 * A top-level comment with its replies, as a conversation is shown.
 *
 * @example
 * ```ts
 * const view = (t: CommentThread<Comment>) => [t.comment.body, ...t.replies.map((r) => `  ${r.body}`)];
 * ```
 */
export interface CommentThread<C> {
  /** The top-level comment. */
  comment: C;
  /** Its replies, oldest first. */
  replies: C[];
}

/**
 * Groups a post's comments (a flat list, oldest first, as the store holds them) into
 * top-level comments with their replies. A reply whose parent is not in the list (on a page
 * not loaded yet, or hidden) is left out until it is.
 *
 * @example
 * ```ts
 * $comments.subscribe(({ items }) => render(groupReplies(items)));
 * ```
 */
export function groupReplies<C extends Pick<Comment, 'id' | 'parentId'>>(comments: readonly C[]): CommentThread<C>[] {
  const threads = new Map<string, CommentThread<C>>();
  for (const comment of comments) if (comment.parentId === null) threads.set(comment.id, { comment, replies: [] });
  for (const comment of comments) if (comment.parentId !== null) threads.get(comment.parentId)?.replies.push(comment);
  return [...threads.values()];
}

type CommentPages = Pages<Comment, Omit<ListBody<Comment>, 'data' | 'nextCursor'>>;

/** The comments left once `ids` and their replies are gone. */
const without = (ids: readonly string[]) => (pages: CommentPages) => ({
  ...pages,
  items: pages.items.filter((c) => !ids.includes(c.id) && !(c.parentId && ids.includes(c.parentId))),
});

/** The comments with those of `ids` marked hidden (or not). */
const marking = (ids: readonly string[], hidden: boolean) => (pages: CommentPages) => ({
  ...pages,
  items: pages.items.map((c) => (ids.includes(c.id) ? { ...c, hidden } : c)),
});

/** The comments with `comment` in place of the one with its id. */
const replacing = (comment: Comment) => (pages: CommentPages) => ({ ...pages, items: pages.items.map((c) => (c.id === comment.id ? comment : c)) });

/**
 * Comment stores of a context.
 *
 * @example
 * ```ts
 * const { postComments } = commentStores(createStoreContext(core));
 * ```
 */
export const commentStores = /* @__PURE__ */ personal((context): CommentStores => {
  const posts = new Posts(context.core);
  const live = liveFeed(context);
  const lists = family(
    context,
    // One list per post, whichever thread id the first caller named.
    (postId: string, _threadId?: string) => ['postComments', postId],
    (postId: string, threadId?: string) =>
      pagedSource(
        (cursor, signal): PromiseLike<ListBody<Comment>> => posts.comments.list(postId, (cursor ? { cursor } : {}) as QueryOf<'listPostComments'>, { signal }),
        (state) => state,
        context.timing,
        threadId ? () => live.watch(threadId) : undefined,
      ),
  );
  /** Comments this context hid or showed again: its lists are their owner's. */
  const moderated = new Set<string>();
  /** The loaded lists holding a comment (a post's list, whichever page it is on). */
  const holding = (commentId: string) =>
    [...lists.entries.values()].map((entry) => entry.source).filter((source) => source.base?.items.some((c) => c.id === commentId));

  context.onDispose(
    live.listen((event) => {
      if (event.type === 'post.comment.created') {
        const comment = event.data;
        // Oldest first: a new one belongs at the end, shown once the list reaches it.
        lists
          .peek(comment.postId)
          ?.source.set((pages) => (pages.next || pages.items.some((c) => c.id === comment.id) ? pages : { ...pages, items: [...pages.items, comment] }));
      } else if (event.type === 'post.comment.updated') {
        // For everyone (`viewerReported` false): whether we reported it stays ours.
        const edited = event.data;
        for (const source of holding(edited.id)) {
          source.set((pages) => ({ ...pages, items: pages.items.map((c) => (c.id === edited.id ? { ...edited, viewerReported: c.viewerReported } : c)) }));
        }
      } else if (event.type === 'post.comment.deleted') {
        lists.peek(event.data.postId)?.source.set(without(event.data.commentIds));
      } else if (event.type === 'post.comment.hidden') {
        const { postId, commentIds, hidden } = event.data;
        const source = lists.peek(postId)?.source;
        // The owner's list holds hidden comments, marked: it only changes marks. A reader's drops
        // them, and to get them back must ask again (it never had them). A list is the owner's
        // when it holds one marked, or one this context hid or showed: the server's event of a
        // hiding may arrive after the owner showed the comment again.
        const owners = source?.base?.items.some((c) => commentIds.includes(c.id) && (c.hidden || moderated.has(c.id)));
        if (owners) source!.set(marking(commentIds, hidden));
        else if (hidden) source?.set(without(commentIds));
        else source?.invalidate();
      }
    }),
  );

  return {
    postComments: (postId, threadId) => lists(postId, threadId).store,
    async addComment(postId, body, options = {}) {
      try {
        const comment = await posts.comments.create(postId, { body, ...(options.parentId ? { parentId: options.parentId } : {}) });
        live.echo({ id: '', type: 'post.comment.created', createdAt: comment.createdAt, data: comment });
        return comment;
      } catch (error) {
        throw context.fail(error);
      }
    },
    async editComment(commentId, body) {
      const comment = await mutate(
        context,
        `comment:${commentId}`,
        holding(commentId),
        (pages) => ({ ...pages, items: pages.items.map((c) => (c.id === commentId ? { ...c, body } : c)) }),
        () => posts.comments.update(commentId, { body }),
        replacing,
      );
      live.echo({ id: '', type: 'post.comment.updated', createdAt: comment.editedAt ?? comment.createdAt, data: comment });
      return comment;
    },
    async deleteComment(commentId) {
      const deletion = await mutate(
        context,
        `comment:${commentId}`,
        holding(commentId),
        without([commentId]),
        () => posts.comments.delete(commentId),
        (answer) => without(answer.commentIds),
      );
      live.echo({ id: '', type: 'post.comment.deleted', createdAt: new Date().toISOString(), data: deletion });
      return deletion;
    },
    async hideComment(commentId, hidden = true) {
      const ids = [commentId, ...holding(commentId).flatMap((source) => source.base!.items.filter((c) => c.parentId === commentId).map((c) => c.id))];
      for (const id of ids) moderated.add(id);
      const answer = await mutate(
        context,
        `comment:${commentId}`,
        holding(commentId),
        marking(ids, hidden),
        () => (hidden ? posts.comments.hide(commentId) : posts.comments.unhide(commentId)),
        (result) => marking(result.commentIds, result.hidden),
      );
      live.echo({ id: '', type: 'post.comment.hidden', createdAt: new Date().toISOString(), data: answer });
      return answer;
    },
  };
});
