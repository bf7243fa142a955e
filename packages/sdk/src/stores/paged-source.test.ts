// How a paged store revalidates: the pages loaded after the first are kept only while the
// list still goes on past the fresh first page. Driven by a page function (the ordering rules,
// not the API, are under test here; the same path against the sandbox is in room-plans.test.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pagedSource } from './paged-source.js';
import type { PagedState } from './query.js';
import { until } from '../../test/support/store-waits.js';

type Item = { id: string };
type Body = { data: Item[]; nextCursor: string | null };

/** A list served two items a page, whose contents a test changes between loads. */
function list(initial: string[]) {
  let ids = initial;
  const fetchPage = async (cursor: string | undefined): Promise<Body> => {
    const start = cursor ? Number(cursor) : 0;
    const data = ids.slice(start, start + 2).map((id) => ({ id }));
    return { data, nextCursor: start + 2 < ids.length ? String(start + 2) : null };
  };
  const { source, store } = pagedSource(fetchPage, (state: PagedState<Item>) => state, { staleMs: 60_000, graceMs: 5 });
  return { source, store, set: (next: string[]) => (ids = next) };
}

const ids = (state: PagedState<Item>) => state.items.map((item) => item.id);

describe('pagedSource revalidation', () => {
  it('drops an item that left the end of a list that now fits on one page', async () => {
    const l = list(['a', 's']);
    const stop = l.store.listen(() => {});
    await until(l.store, (s) => s.loaded && !s.loading);
    assert.deepEqual(ids(l.store.get()), ['a', 's']);
    l.set(['a']); // `s` was cancelled: a list of upcoming sessions no longer has it
    l.source.invalidate();
    const after = await until(l.store, (s) => !s.loading);
    assert.deepEqual(ids(after), ['a']);
    assert.equal(after.hasMore, false);
    stop();
  });

  it('keeps the pages loaded after the first while the list goes on past it', async () => {
    const l = list(['a', 'b', 'c', 'd', 'e']);
    const stop = l.store.listen(() => {});
    await until(l.store, (s) => s.loaded && !s.loading);
    await l.store.loadMore();
    assert.deepEqual(ids(l.store.get()), ['a', 'b', 'c', 'd']);
    l.source.invalidate();
    const after = await until(l.store, (s) => !s.loading);
    assert.deepEqual(ids(after), ['a', 'b', 'c', 'd'], 'the reader keeps their place');
    assert.equal(after.hasMore, true);
    stop();
  });

  it('keeps a live change that lands while a refetch is in flight, when the refetch answers from before it', async () => {
    // The room list's race: a refetch starts (a decline invalidated the list), a new request's
    // event is placed, then the refetch's answer, read on the server before the request existed,
    // comes back. The event's change must survive it.
    let release: (() => void) | undefined;
    let gate: Promise<void> = Promise.resolve();
    let served = ['a', 'b'];
    const fetchPage = async (): Promise<Body> => {
      const data = served.map((id) => ({ id }));
      await gate;
      return { data, nextCursor: null };
    };
    const { source, store } = pagedSource(fetchPage, (state: PagedState<Item>) => state, { staleMs: 60_000, graceMs: 5 });
    const stop = store.listen(() => {});
    await until(store, (s) => s.loaded && !s.loading);
    gate = new Promise((resolve) => (release = resolve));
    served = ['b']; // `a` was declined: the refetch reads the list without it
    source.invalidate();
    source.set((pages) => ({ ...pages, items: [{ id: 'n' }, ...pages.items] })); // the new request's event
    release!();
    const after = await until(store, (s) => !s.loading);
    assert.deepEqual(ids(after), ['n', 'b']);
    stop();
  });
});

describe('pagedSource next pages', () => {
  it('appends a page by its own items: the ids of the items already loaded are not read again', async () => {
    // Items that count how often their id is read: a next page must not look through the whole list.
    let reads = 0;
    const item = (n: number) => ({
      get id() {
        reads++;
        return `i${n}`;
      },
    });
    const size = 10;
    const pages = 30;
    const fetchPage = async (cursor: string | undefined): Promise<Body> => {
      const start = cursor ? Number(cursor) : 0;
      // Each page repeats the last item of the one before (as an offset cursor does when an item is added on top).
      const from = Math.max(0, start - 1);
      return {
        data: Array.from({ length: start + size - from }, (_, k) => item(from + k)),
        nextCursor: start + size < size * pages ? String(start + size) : null,
      };
    };
    const { store } = pagedSource(fetchPage, (state: PagedState<Item>) => state, { staleMs: 60_000, graceMs: 5 });
    const stop = store.listen(() => {});
    await until(store, (s) => s.loaded && !s.loading);
    const perPage: number[] = [];
    while (store.get().hasMore) {
      reads = 0;
      await store.loadMore();
      perPage.push(reads);
    }
    const loaded = ids(store.get());
    assert.equal(loaded.length, size * pages, 'the repeated item is in the list once');
    assert.deepEqual(
      loaded,
      Array.from({ length: size * pages }, (_, n) => `i${n}`),
    );
    // The first next page builds the set of what is loaded (one page); each later one reads its own 11 items (and adds 10).
    assert.ok(Math.max(...perPage.slice(1)) <= 2 * (size + 1), `ids read per page: ${perPage.join(' ')}`);
    stop();
  });
});
