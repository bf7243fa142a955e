// pagedSource in a module of its own, apart from query.ts: rollup places code by module, so an
// element that shows no list (the mentor card) would otherwise carry it in the CDN build's shared
// chunk. Import it from here, not through query.ts: a re-export there makes the chunks that hold
// query.ts and this module import each other.
import { task } from 'nanostores';
import type { ListBody } from '../core/pagination.js';
import { queryStore, Source, type PagedState, type PagedStore, type Pages, type Timing } from './query.js';

type Extra<Body> = Omit<Body, 'data' | 'nextCursor'>;

/**
 * The ids in a list's items, by items array: a next page hands its list's set on to the longer
 * list, so appending a page costs the page, not the list (a 10,000-post thread read to its end
 * loads a thousand pages). Any other change makes a new array, whose set is built on its next page.
 */
const idsOf = new WeakMap<readonly { id: string }[], Set<string>>();

/** Appends the items of `page` that `items` does not hold yet. */
function appended<Item extends { id: string }>(items: Item[], page: readonly Item[]): Item[] {
  const seen = idsOf.get(items) ?? new Set(items.map((item) => item.id));
  const added = page.filter((item) => !seen.has(item.id));
  const longer = items.concat(added);
  for (const item of added) seen.add(item.id);
  idsOf.delete(items);
  idsOf.set(longer, seen);
  return longer;
}

/**
 * A paginated source. A revalidation reloads the first page and keeps the pages loaded after
 * it when the fresh page still reaches into them, so a refresh does not lose the reader's place.
 *
 * @example
 * ```ts
 * const { source, loadMore } = pagedSource((cursor, signal) => mentors.search({ ...params, cursor }, { signal }), view, timing);
 * ```
 */
export function pagedSource<Body extends ListBody<{ id: string }>, V>(
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => PromiseLike<Body>,
  view: (state: PagedState<Body['data'][number]>, extra: Extra<Body> | undefined) => V,
  timing: Timing,
  watch?: () => () => void,
): { source: Source<Pages<Body['data'][number], Extra<Body>>, V>; store: PagedStore<V> } {
  type Item = Body['data'][number];
  let more: AbortController | undefined;
  const source: Source<Pages<Item, Extra<Body>>, V> = new Source(
    {
      async load(signal, previous) {
        const { data, nextCursor, ...extra } = await fetchPage(undefined, signal);
        // Pages loaded after the first are kept only while the list goes on past the fresh first
        // page: when it ends there, what followed is gone from the list (deleted, or no longer
        // matching its filter — a cancelled session in a list of upcoming ones) and must not linger.
        const last = data.at(-1);
        const at = nextCursor !== null && last && previous ? previous.items.findIndex((item) => item.id === last.id) : -1;
        return at < 0 ? { items: data, next: nextCursor, extra } : { items: [...data, ...previous!.items.slice(at + 1)], next: previous!.next, extra };
      },
      view: (pages, status) => view({ ...status, loadingMore: !!more, loaded: !!pages, items: pages?.items ?? [], hasMore: !!pages?.next }, pages?.extra),
      watch,
      abort: () => {
        more?.abort();
        more = undefined;
      },
    },
    timing,
  );
  const loadMore = (): Promise<void> => {
    const cursor = source.base?.next;
    if (!cursor || more) return Promise.resolve();
    const controller = new AbortController();
    more = controller;
    source.publish();
    return task(async () => {
      try {
        const page = await fetchPage(cursor, controller.signal);
        if (more !== controller) return;
        more = undefined;
        source.set((pages) => ({ ...pages, items: appended(pages.items, page.data), next: page.nextCursor }), { replay: false });
      } catch (error) {
        if (more !== controller) return;
        more = undefined;
        source.fail(error);
      }
    });
  };
  return { source, store: Object.assign(queryStore(source), { loadMore }) };
}
