import { atom, onStart, onStop, startTask, task, type ReadableAtom, type WritableAtom } from 'nanostores';
import { MenteoError } from '../core/errors.js';
import type { ListBody } from '../core/pagination.js';

/**
 * What a query store holds. `data` stays while a revalidation runs (`stale: true`) or
 * after a failed one (`error` set), so a component never blanks what it already showed.
 *
 * @example
 * ```ts
 * stores.mentor('men_demomentor').subscribe(({ loading, data, error, stale }) => {
 *   if (error) showError(error.message);
 *   else if (!data) showSkeleton(loading);
 *   else render(data, { dimmed: stale });
 * });
 * ```
 */
export interface QueryState<T> {
  /** A request is in flight: the first load, a revalidation or a `refetch()`. */
  loading: boolean;
  /** The server's data with pending optimistic changes applied. */
  data?: T;
  /** Why the last request failed (the previous `data` is kept). */
  error?: MenteoError;
  /** `data` is older than `staleMs`, or was invalidated by a write, and a fresh copy is on its way. */
  stale: boolean;
}

/**
 * What a paginated store holds: the items of every page loaded so far, in the API's order.
 *
 * @example
 * ```ts
 * const $search = stores.mentorSearch({ q: 'rust' });
 * $search.subscribe(({ items, hasMore, loadingMore }) => render(items, { more: hasMore && !loadingMore }));
 * button.onclick = () => $search.loadMore();
 * ```
 */
export interface PagedState<Item> {
  /** The first page (or a revalidation of it) is in flight. */
  loading: boolean;
  /** `loadMore()` is in flight. */
  loadingMore: boolean;
  /** The first page has arrived (so an empty `items` means an empty list). */
  loaded: boolean;
  /** The items of every page loaded so far, in the API's order, with pending optimistic changes applied. */
  items: Item[];
  /** There are pages after the last one loaded. */
  hasMore: boolean;
  /** Why the last request (first page, revalidation or `loadMore()`) failed; the `items` already shown are kept. */
  error?: MenteoError;
  /** `items` are older than `staleMs`, or were invalidated by a write, and a fresh first page is on its way. */
  stale: boolean;
}

/**
 * A store of one API resource: fetches on its first subscriber, revalidates on a later one
 * once `staleMs` passed, aborts when its last subscriber left (after a short grace period).
 *
 * @example
 * ```ts
 * const $mentor = stores.mentor('men_demomentor');
 * const stop = $mentor.subscribe((state) => render(state));
 * await $mentor.refetch();
 * stop();
 * ```
 */
export interface QueryStore<State> extends ReadableAtom<State> {
  /**
   * Loads again now (replacing a request in flight). Never rejects: a failure lands in `error`.
   *
   * @example
   * ```ts
   * retryButton.onclick = () => void stores.mentor('men_demomentor').refetch();
   * ```
   */
  refetch(): Promise<void>;
  /**
   * Calls `listener` with each later state, but not with the current one (`subscribe` does both). Returns the function that stops listening. Like `subscribe`, it makes the store fetch.
   *
   * @example
   * ```ts
   * const stop = stores.thread('thr_learningtolead').listen(({ data }) => data && updateTitle(data.title));
   * ```
   */
  listen(listener: Parameters<ReadableAtom<State>['listen']>[0]): () => void;
  /**
   * Whether two states count as equal, in which case a `set` keeps the old state and calls no listener. Used by the store itself; `Object.is` unless changed.
   *
   * @example
   * ```ts
   * const $mentor = stores.mentor('men_demomentor');
   * $mentor.eq($mentor.get(), $mentor.get()); // true
   * ```
   */
  eq(...args: Parameters<ReadableAtom<State>['eq']>): boolean;
}

/**
 * A paginated store: `loadMore()` appends the next page.
 *
 * @example
 * ```ts
 * await stores.mentorSearch({ q: 'design' }).loadMore();
 * ```
 */
export interface PagedStore<State> extends QueryStore<State> {
  /**
   * Fetches the next page and appends its items (a no-op without one, or while one is loading).
   *
   * @example
   * ```ts
   * const $search = stores.mentorSearch({ q: 'design' });
   * new IntersectionObserver(([entry]) => entry?.isIntersecting && void $search.loadMore()).observe(sentinel);
   * ```
   */
  loadMore(): Promise<void>;
}

/**
 * How long data stays fresh, and how long a store keeps its request after its last subscriber left.
 *
 * @example
 * ```ts
 * const timing: Timing = { staleMs: 30_000, graceMs: 1000 };
 * ```
 */
export interface Timing {
  /** Milliseconds data counts as fresh; a store subscribed again after that revalidates. Default 30 000. */
  staleMs: number;
  /** Milliseconds a store keeps its request after its last subscriber left, so a re-render does not refetch. Default 1000. */
  graceMs: number;
}

/**
 * The flags every store shows beside its data.
 *
 * @example
 * ```ts
 * const { loading, error, stale }: Status = store.get();
 * ```
 */
export interface Status {
  /** A request is in flight. */
  loading: boolean;
  /** Why the last request failed (the data already shown is kept). */
  error?: MenteoError;
  /** The data shown is outdated and a fresh copy is on its way. */
  stale: boolean;
}

interface SourceOptions<B, V> {
  load(signal: AbortSignal, previous: B | undefined): Promise<B>;
  view(data: B | undefined, status: Status): V;
  /** Runs while subscribed (live events); returns its undo. */
  watch?: (() => () => void) | undefined;
  /** Aborts side requests (a `loadMore`). */
  abort?: () => void;
}

/**
 * Turns anything thrown into the SDK's error type, so `error` is always a `MenteoError`.
 *
 * @example
 * ```ts
 * lastError.set(asMenteoError(error));
 * ```
 */
export const asMenteoError = (error: unknown): MenteoError =>
  error instanceof MenteoError ? error : new MenteoError(error instanceof Error ? error.message : String(error), { cause: error });

/**
 * The machinery behind every store: the server's data (`base`), optimistic layers applied
 * on top of it, the request lifecycle and SWR. Layers are functions rather than copies, so a
 * rollback removes exactly its own change even when live events changed `base` meanwhile.
 *
 * @example
 * ```ts
 * const source = new Source({ load: (signal) => api.get(signal), view: (data, status) => ({ ...status, data }) }, timing);
 * const undo = source.layer((data) => ({ ...data, title: 'Renamed' }));
 * undo(); // or undo((data) => serverVersion)
 * ```
 */
export class Source<B, V> {
  readonly $: WritableAtom<V>;
  base: B | undefined;
  status: Status = { loading: false, stale: false };
  /** Subscribed right now (the grace period does not count). */
  mounted = false;
  /** Called when this source starts serving subscribers (its family cancels idle siblings). */
  onActivate: (() => void) | undefined;
  #layers = new Set<(b: B) => B>();
  #at = -Infinity;
  #invalid = false;
  #active = false;
  #controller: AbortController | undefined;
  #inflight: Promise<void> | undefined;
  /** Live changes applied while the request in flight was out: its answer may predate them. */
  #missed: ((base: B) => B)[] | undefined;
  #unwatch: (() => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly o: SourceOptions<B, V>,
    private readonly timing: Timing,
  ) {
    this.$ = atom(o.view(undefined, this.status));
    onStart(this.$, () => {
      this.mounted = true;
      clearTimeout(this.#timer);
      // Deferred: a bare `get()` subscribes and unsubscribes at once and must not fetch.
      // Counted as a task until then, so `allTasks()` right after subscribing waits for the data.
      const end = startTask();
      queueMicrotask(() => {
        this.#activate();
        end();
      });
    });
    onStop(this.$, () => {
      this.mounted = false;
      this.#timer = setTimeout(() => this.#deactivate(), timing.graceMs);
    });
  }

  /** Serving subscribers (or within its grace period), or holding optimistic changes: not to be evicted. */
  get busy(): boolean {
    return this.#active || this.#layers.size > 0;
  }

  #activate(): void {
    if (!this.mounted) return;
    if (!this.#active) {
      this.#active = true;
      this.onActivate?.();
      this.#unwatch = this.o.watch?.();
    }
    if (this.#inflight) return;
    if (this.base === undefined || this.#invalid || Date.now() - this.#at >= this.timing.staleMs) {
      this.status.stale = this.base !== undefined;
      void this.fetch();
    }
  }

  #deactivate(): void {
    if (this.mounted || !this.#active) return;
    this.#active = false;
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.abort();
  }

  /** Loads the data again, replacing a request in flight. */
  fetch(): Promise<void> {
    this.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const current = () => controller === this.#controller;
    const missed: ((base: B) => B)[] = [];
    this.#missed = missed;
    this.status.loading = true;
    this.publish();
    // A nanostores task, settled only once the state is updated: `await allTasks()` then sees the data.
    this.#inflight = task(async () => {
      try {
        const base = await this.o.load(controller.signal, this.base);
        if (!current()) return;
        // The answer was read on the server when the request arrived: a live change that came while
        // it was out may be newer (a request placed after the list was read), so it is applied
        // again, in order. The changes are placements by id, so one the answer already holds is kept.
        this.base = missed.reduce<B>((data, change) => change(data), base);
        this.#at = Date.now();
        this.#invalid = false;
        this.status = { loading: false, stale: false };
      } catch (error) {
        if (!current()) return;
        this.status = { ...this.status, loading: false, error: asMenteoError(error) };
      }
      this.#controller = this.#inflight = this.#missed = undefined;
      this.publish();
    });
    return this.#inflight;
  }

  /**
   * Takes data the page already has (server-rendered with it) as a fresh answer: the first
   * subscriber then shows it at once and fetches nothing until it goes stale or is invalidated.
   */
  seed(base: B): void {
    if (this.#inflight) return; // a live answer is on its way; it wins
    this.base = base;
    this.#at = Date.now();
    this.#invalid = false;
    this.status = { loading: false, stale: false };
    this.publish();
  }

  /** Cancels what is in flight; its answer, should it still come, is dropped. */
  abort(): void {
    this.o.abort?.();
    const controller = this.#controller;
    if (!controller) return;
    this.#controller = this.#inflight = this.#missed = undefined;
    controller.abort();
    this.status.loading = false;
    this.publish();
  }

  /** A write changed this data on the server: refetch now if subscribed, else on the next mount. */
  invalidate(): void {
    this.#invalid = true;
    if (!this.mounted) return;
    this.status.stale = this.base !== undefined;
    void this.fetch();
  }

  /**
   * Applies a server-confirmed change (a live event, a mutation's answer) to the data, if loaded.
   * While a request is out, the change is also kept to apply again to its answer, which may have
   * been read before it (`replay: false` for a change that is not news to the server, such as a
   * next page). A replayed change must be idempotent: place by id, skip what is there.
   */
  set(update: (base: B) => B, { replay = true }: { replay?: boolean } = {}): void {
    if (replay) this.#missed?.push(update);
    if (this.base === undefined) return;
    this.base = update(this.base);
    this.publish();
  }

  /** Records an error beside the data. */
  fail(error: unknown): void {
    this.status.error = asMenteoError(error);
    this.publish();
  }

  /**
   * Shows an optimistic change until the returned function is called, optionally with the
   * server's version of the change to keep.
   */
  layer(change: (base: B) => B): (confirmed?: (base: B) => B) => void {
    const own = (base: B) => change(base); // a fresh function each time: the set holds each layer once
    this.#layers.add(own);
    this.publish();
    return (confirmed) => {
      if (!this.#layers.delete(own)) return;
      if (confirmed && this.base !== undefined) this.base = confirmed(this.base);
      this.publish();
    };
  }

  /** The data with every optimistic layer applied. */
  get data(): B | undefined {
    let data = this.base;
    if (data !== undefined) for (const layer of this.#layers) data = layer(data);
    return data;
  }

  publish(): void {
    this.$.set(this.o.view(this.data, { ...this.status }));
  }
}

/**
 * A store of one resource.
 *
 * @example
 * ```ts
 * const source = querySource((signal) => mentors.retrieve(id, { signal }), timing);
 * ```
 */
export function querySource<T>(load: (signal: AbortSignal) => PromiseLike<T>, timing: Timing, watch?: () => () => void): Source<T, QueryState<T>> {
  return new Source<T, QueryState<T>>({ load: (signal) => Promise.resolve(load(signal)), view: (data, status) => ({ ...status, data }), watch }, timing);
}

/**
 * Exposes a source as a public store.
 *
 * @example
 * ```ts
 * const $thread = queryStore(querySource((signal) => threads.retrieve(id, { signal }), timing));
 * ```
 */
export function queryStore<B, V>(source: Source<B, V>): QueryStore<V> {
  return Object.assign(source.$, { refetch: () => source.fetch() });
}

/**
 * What a paged source keeps: the items so far, the next cursor and the first page's extra fields.
 *
 * @example
 * ```ts
 * source.set((pages) => ({ ...pages, items: [post, ...pages.items] }));
 * ```
 */
export interface Pages<Item, Extra> {
  /** The items of every page loaded so far. */
  items: Item[];
  /** The cursor of the next page; `null` after the last one. */
  next: string | null;
  /** The first page's other fields (a search's `totalCount`). */
  extra: Extra | undefined;
}

/**
 * What a paged source keeps of a first page: the form a server-rendered page seeds it with.
 *
 * @example
 * ```ts
 * const page = await client.threads.posts.list(threadId);
 * seedStores(context, [{ key: ['threadPosts', threadId], data: pagesOf(page) }]);
 * ```
 */
export function pagesOf<Body extends ListBody<unknown>>({ data, nextCursor, ...extra }: Body): Pages<Body['data'][number], Omit<Body, 'data' | 'nextCursor'>> {
  return { items: data, next: nextCursor, extra };
}
