import type { Comment, StoreContext } from '@menteo/sdk/stores';
import { commentStores } from '@menteo/sdk/stores/comments';

/**
 * The author of a comment on a post, found in the post's comments as the owner's comment store
 * lists them (hidden ones included, for the owner), a page at a time: a report names the
 * comment but not who wrote it, and the API has no way to read one comment alone. `undefined`
 * when the comment is gone; rejects when the comments cannot be loaded.
 *
 * @example
 * ```ts
 * const author = await commentAuthor(stores, report.postId, report.commentId);
 * if (author) await moderationStores(stores).blockUser(threadId, author.id);
 * ```
 */
export function commentAuthor(stores: StoreContext, postId: string, commentId: string): Promise<Comment['author'] | undefined> {
  const store = commentStores(stores).postComments(postId);
  return new Promise((resolve, reject) => {
    let stop = () => {};
    let done = false;
    const finish = (settle: () => void) => {
      done = true;
      settle();
      // Later, not now: the listener's first call comes before subscribe() has returned `stop`.
      queueMicrotask(() => stop());
    };
    stop = store.subscribe((state) => {
      if (done || !state.loaded || state.loading || state.loadingMore) {
        if (!done && !state.loaded && !state.loading && state.error) finish(() => reject(state.error));
        return;
      }
      const found = state.items.find((comment) => comment.id === commentId);
      if (found) finish(() => resolve(found.author));
      else if (state.error) finish(() => reject(state.error));
      else if (state.hasMore) void store.loadMore();
      else finish(() => resolve(undefined));
    });
  });
}
