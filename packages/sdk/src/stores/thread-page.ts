import { Threads, type Thread } from '../resources/threads.js';
import { family } from './cache.js';
import { personal } from './personal.js';
import { querySource, queryStore, type QueryState, type QueryStore } from './query.js';

/**
 * The store that finds a page's thread.
 *
 * @example
 * ```ts
 * const { threadForPage } = threadPageStores(context);
 * ```
 */
export interface ThreadPageStores {
  /**
   * The thread embedded on the page `url` (its `canonicalUrl`), or `null` when there is none
   * the caller may see. The API compares the URLs normalized: scheme, host case, default port,
   * query, fragment and a trailing slash do not count, so `location.href` can be passed as it
   * is. One snippet then serves every post of a blog.
   *
   * @example
   * ```ts
   * threadPageStores(context).threadForPage(location.href).subscribe(({ data }) => data && showThread(data.id));
   * ```
   */
  threadForPage(url: string): QueryStore<QueryState<Thread | null>>;
}

/**
 * Thread-by-page stores of a context.
 *
 * @example
 * ```ts
 * const $thread = threadPageStores(createStoreContext(core)).threadForPage('https://priya.dev/leading');
 * ```
 */
export const threadPageStores = /* @__PURE__ */ personal((context): ThreadPageStores => {
  const threads = new Threads(context.core);
  const pages = family(
    context,
    (url: string) => ['threadForPage', url],
    (url) => {
      const source = querySource(async (signal) => (await threads.list({ canonicalUrl: url, limit: 1 }, { signal })).data[0] ?? null, context.timing);
      return { source, store: queryStore(source) };
    },
  );
  return { threadForPage: (url) => pages(url).store };
});
