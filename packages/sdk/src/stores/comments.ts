import type { ListBody } from '../core/pagination.js';
import type { QueryOf, Schema } from '../core/types.js';
import { Posts } from '../resources/posts.js';
import { family } from './cache.js';
import { personal } from './context.js';
import { pagedSource, type PagedState, type PagedStore } from './query.js';

/**
 * A comment on a post: its author, its text (plain text or CommonMark) and when it was written.
 *
 * @example
 * ```ts
 * const render = (c: Comment) => `${c.author.name}: ${c.body}`;
 * ```
 */
export type Comment = Schema<'Comment'>;

/**
 * The comment stores.
 *
 * @example
 * ```ts
 * const { postComments, addComment } = commentStores(context);
 * ```
 */
export interface CommentStores {
  /**
   * The comments on a post, oldest first, a page at a time (`loadMore()` for the next).
   * Loaded on the first subscriber, so a closed comment section costs no request.
   *
   * @example
   * ```ts
   * const $comments = commentStores(context).postComments(post.id);
   * $comments.subscribe(({ items, hasMore }) => render(items, hasMore));
   * moreButton.onclick = () => $comments.loadMore();
   * ```
   */
  postComments(postId: string): PagedStore<PagedState<Comment>>;
  /**
   * Comments on a post as the signed-in person. Resolves with the server's comment, which
   * is then at the end of that post's comments once they are all loaded; rejects (and
   * records `lastError`) when the API refuses.
   *
   * @example
   * ```ts
   * await commentStores(context).addComment(post.id, 'This helped me too.');
   * ```
   */
  addComment(postId: string, body: string): Promise<Comment>;
}

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
  const lists = family(
    context,
    (postId: string) => ['postComments', postId],
    (postId) =>
      pagedSource(
        (cursor, signal): PromiseLike<ListBody<Comment>> => posts.comments.list(postId, (cursor ? { cursor } : {}) as QueryOf<'listPostComments'>, { signal }),
        (state) => state,
        context.timing,
      ),
  );
  return {
    postComments: (postId) => lists(postId).store,
    async addComment(postId, body) {
      try {
        const comment = await posts.comments.create(postId, { body });
        // Oldest first: the new one belongs at the end, shown once the list reaches it.
        lists
          .peek(postId)
          ?.source.set((pages) => (pages.next || pages.items.some((c) => c.id === comment.id) ? pages : { ...pages, items: [...pages.items, comment] }));
        return comment;
      } catch (error) {
        throw context.fail(error);
      }
    },
  };
});
