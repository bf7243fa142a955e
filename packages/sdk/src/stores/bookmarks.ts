import type { ListBody } from '../core/pagination.js';
import type { QueryOf, Schema } from '../core/types.js';
import { Posts } from '../resources/posts.js';
import { family } from './cache.js';
import { personal } from './personal.js';
import { pagedSource } from './paged-source.js';
import type { PagedState, PagedStore } from './query.js';

/**
 * A post on the reader's reading list, with when it was bookmarked and its thread's title.
 *
 * @example
 * ```ts
 * const line = (b: Bookmark) => `${b.threadTitle}: ${b.post.body.slice(0, 80)}`;
 * ```
 */
export type Bookmark = Schema<'Bookmark'>;

/**
 * A reading-list entry in the store: the bookmark, with its post's id as `id` (lists are keyed by it).
 *
 * @example
 * ```ts
 * const key = (entry: ReadingListEntry) => entry.id; // === entry.post.id
 * ```
 */
export type ReadingListEntry = Bookmark & {
  /** The post's id (lists are keyed by it). */
  id: string;
};

/**
 * The reading-list store.
 *
 * @example
 * ```ts
 * const { readingList } = bookmarkStores(context);
 * ```
 */
export interface BookmarkStores {
  /**
   * The signed-in reader's bookmarked posts, newest bookmark first, a page at a time. A
   * bookmark toggled with the thread stores' `toggleReaction(postId, 'bookmark')` shows here
   * once the server has it (the list is asked again).
   *
   * @example
   * ```ts
   * bookmarkStores(context).readingList().subscribe(({ items }) => render(items));
   * ```
   */
  readingList(): PagedStore<PagedState<ReadingListEntry>>;
}

/**
 * Reading-list stores of a context.
 *
 * @example
 * ```ts
 * const $list = bookmarkStores(createStoreContext(core)).readingList();
 * ```
 */
export const bookmarkStores = /* @__PURE__ */ personal((context): BookmarkStores => {
  const posts = new Posts(context.core);
  const lists = family(
    context,
    // Keyed without an id: the one reading list of the context's person (personal() drops it on sign-out).
    () => ['myBookmarks'],
    () =>
      pagedSource(
        async (cursor, signal): Promise<ListBody<ReadingListEntry>> => {
          const page = await posts.bookmarks((cursor ? { cursor } : {}) as QueryOf<'listMyBookmarks'>, { signal });
          return { data: page.data.map((bookmark) => ({ ...bookmark, id: bookmark.post.id })), nextCursor: page.nextCursor };
        },
        (state) => state,
        context.timing,
      ),
  );
  return { readingList: () => lists().store };
});
