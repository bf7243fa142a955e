// The owner's changes to posts already written — edit, delete, lock their comments — apart from
// threads.ts: a reader's page (a blog's feed) loads the thread stores and never these.
import type { BodyOf } from '../core/types.js';
import type { Post } from '../resources/threads.js';
import type { StoreContext } from './context.js';
import { mutate } from './optimistic.js';
import { personal } from './personal.js';
import { threadInternals, type Pending, type PostPages } from './threads.js';

/**
 * The thread owner's edits of their posts, each shown at once in every loaded list of posts and
 * undone if the server refuses.
 *
 * @example
 * ```ts
 * const { editPost, deletePost, lockComments } = threadEditStores(context);
 * ```
 */
export interface ThreadEditStores {
  /**
   * Edits your post (its body, kind or link): the change shows at once in every loaded list
   * and is undone if the server refuses.
   *
   * @example
   * ```ts
   * await stores.editPost(post.id, { body: 'Fixed a typo' });
   * ```
   */
  editPost(postId: string, body: BodyOf<'updatePost'>): Promise<Post>;
  /**
   * Deletes your post: it leaves every loaded list at once and comes back if the server refuses.
   *
   * @example
   * ```ts
   * await stores.deletePost(post.id);
   * ```
   */
  deletePost(postId: string): Promise<void>;
  /**
   * Locks (or reopens, with `false`) the comments of a post on your thread: the lock shows
   * at once and is undone if the server refuses. Pages open on the thread get it live
   * (`post.updated`), as they get your edits.
   *
   * @example
   * ```ts
   * await stores.lockComments(post.id, true);
   * ```
   */
  lockComments(postId: string, locked: boolean): Promise<Post>;
}

/**
 * Thread edit stores of a context: they change the lists and threads of its thread stores.
 *
 * @example
 * ```ts
 * await threadEditStores(stores).editPost(post.id, { body: 'Fixed a typo' });
 * ```
 */
export const threadEditStores = /* @__PURE__ */ personal((context: StoreContext): ThreadEditStores => {
  const { lists, thread, posts } = threadInternals(context);
  /** Every loaded list, with `update` applied to the post `postId`. */
  const inPost = (postId: string, update: (post: Pending<Post>) => Pending<Post>) => (pages: PostPages) => ({
    ...pages,
    items: pages.items.map((p) => (p.id === postId ? update(p) : p)),
  });
  const without = (postId: string) => (pages: PostPages) => ({ ...pages, items: pages.items.filter((p) => p.id !== postId) });
  return {
    editPost(postId, body) {
      // The link's titles come with the server's answer: until then the post keeps the ones it had.
      const { link: _link, ...shown } = body;
      return mutate(
        context,
        `edit:${postId}`,
        lists(),
        inPost(postId, (post) => ({ ...post, ...shown })),
        () => posts.update(postId, body),
        (post) => inPost(postId, () => post),
      );
    },
    deletePost(postId) {
      const sources = lists();
      const threadId = sources.flatMap((source) => source.data?.items ?? []).find((post) => post.id === postId)?.threadId;
      return mutate(
        context,
        `delete:${postId}`,
        sources,
        without(postId),
        async () => {
          await posts.delete(postId);
          // Its count (and its comments') is the server's to say.
          if (threadId) thread(threadId)?.invalidate();
        },
        () => without(postId),
      );
    },
    lockComments(postId, locked) {
      return mutate(
        context,
        `lock:${postId}`,
        lists(),
        inPost(postId, (post) => ({ ...post, commentsLocked: locked })),
        () => posts.update(postId, { commentsLocked: locked }),
        (post) => inPost(postId, () => post),
      );
    },
  };
});
