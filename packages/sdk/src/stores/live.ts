import type { Schema } from '../core/types.js';
import { subscribe } from '../realtime/subscription.js';
import { domain } from './context.js';

/**
 * A realtime event of the contract.
 *
 * @example
 * ```ts
 * live.listen((event: LiveEvent) => event.type === 'room.updated' && refresh(event.data));
 * ```
 */
export type LiveEvent = Schema<'Event'>;

/**
 * What the live feed needs of the realtime module (`client.events.subscribe`).
 *
 * @example
 * ```ts
 * const open: Subscribe = (params, handler, options) => client.events.subscribe(params, handler, options);
 * ```
 */
export type Subscribe = (
  params: { threadIds?: string[] },
  handler: (event: LiveEvent) => void,
  options: { lastEventId?: string | undefined; onError?: (error: unknown) => void },
) => { readonly lastEventId: string | undefined; close(): void };

/** How long a subscription outlives what stopped watching it, so several stores unmounting together close it once. */
const narrowingDelayMs = 100;

/**
 * One event subscription for a whole stores object, open while any live store is
 * subscribed. Stores of public threads add their ids (a page without a signed-in person
 * gets their activity only when it names them); personal stores (rooms, progress) need
 * the user token's own events. When the set of threads changes the subscription is
 * reopened from the last event seen, so nothing falls in the gap; after a full close it
 * resumes from there too, so a remounted store catches up on what it missed.
 *
 * @example
 * ```ts
 * const live = new LiveFeed((params, handler, options) => subscribe(core, params, handler, options), console.error);
 * live.listen((event) => console.log(event.type));
 * const unwatch = live.watch('thr_learningtolead');
 * ```
 */
export class LiveFeed {
  #watchers = new Map<string, number>();
  #listeners = new Set<(event: LiveEvent) => void>();
  #subscription: ReturnType<Subscribe> | undefined;
  #key: string | undefined;
  #lastEventId: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(
    private readonly subscribe: Subscribe | undefined,
    private readonly onError: (error: unknown) => void,
  ) {}

  /**
   * Adds a handler of every event until the returned function is called (a store domain calls
   * it when its context is disposed; an element that listens itself, when it disconnects).
   *
   * @example
   * ```ts
   * const unlisten = live.listen((event) => event.type === 'room.message.created' && bumpUnread(event.data.roomId));
   * context.onDispose(unlisten);
   * ```
   */
  listen(listener: (event: LiveEvent) => void): () => void {
    // A wrapper of its own: the same function listening twice is removed once per call.
    const own = (event: LiveEvent) => listener(event);
    this.#listeners.add(own);
    return () => void this.#listeners.delete(own);
  }

  /**
   * Hands the listeners an event the client learned from its own write's answer, so the
   * stores that follow that event (a post's comment count, a comment list) agree at once and
   * without a live subscription. Listeners must treat events idempotently: the server's own
   * copy of it may follow.
   *
   * @example
   * ```ts
   * const comment = await posts.comments.create(postId, { body });
   * live.echo({ id: '', type: 'post.comment.created', createdAt: comment.createdAt, data: comment });
   * ```
   */
  echo(event: LiveEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  /**
   * Keeps the subscription open (for a thread's public activity, with `threadId`) until the returned function is called.
   *
   * @example
   * ```ts
   * const unwatch = live.watch('thr_learningtolead'); // its public posts, for anyone
   * const unwatchMine = live.watch(); // the signed-in person's own events
   * unwatch();
   * ```
   */
  watch(threadId = ''): () => void {
    if (!this.subscribe) return () => {};
    this.#count(threadId, 1);
    let watching = true;
    return () => {
      if (watching) this.#count(threadId, -1);
      watching = false;
    };
  }

  #count(threadId: string, by: number): void {
    // A store unsubscribed after `close()` (its grace period ending) must not reopen it.
    if (this.#closed) return;
    const n = (this.#watchers.get(threadId) ?? 0) + by;
    if (n) this.#watchers.set(threadId, n);
    else this.#watchers.delete(threadId);
    // Coalesced: a page mounting ten thread widgets opens one subscription, not ten. Watching
    // something new is urgent (a store waits for its events): the next tick. Watching less is
    // not: stores let go one timer at a time as they unmount, and a sync between two of them
    // would reopen the subscription for what is left only to close it a moment later. So a
    // narrowing waits, and never delays a widening already on its way.
    const widens = by > 0 && n === 1;
    if (this.#timer !== undefined && !widens) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        this.#sync();
      },
      widens ? 0 : narrowingDelayMs,
    );
  }

  #sync(): void {
    const threadIds = [...this.#watchers.keys()].filter(Boolean).sort().slice(0, 50);
    const key = this.#watchers.size ? threadIds.join() : undefined;
    if (key === this.#key) return;
    this.#key = key;
    this.#lastEventId = this.#subscription?.lastEventId ?? this.#lastEventId;
    this.#subscription?.close();
    this.#subscription = undefined;
    if (key === undefined) return;
    const deliver = (event: LiveEvent) => {
      for (const listener of this.#listeners) listener(event);
    };
    this.#subscription = this.subscribe!(threadIds.length ? { threadIds } : {}, deliver, { lastEventId: this.#lastEventId, onError: this.onError });
  }

  /**
   * Whether a subscription is open (for tests and diagnostics).
   *
   * @example
   * ```ts
   * const unwatch = live.watch('thr_learningtolead');
   * await new Promise((r) => setTimeout(r)); // opening is coalesced to the next tick
   * assert.equal(live.open, true);
   * ```
   */
  get open(): boolean {
    return this.#subscription !== undefined;
  }

  /**
   * Closes the subscription for good.
   *
   * @example
   * ```ts
   * context.onDispose(() => live.close());
   * ```
   */
  close(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#closed = true;
    this.#watchers.clear();
    this.#sync();
  }
}

/**
 * The live feed of a context, made on first use: the stores that follow events (threads,
 * rooms, progress) share it; a page without them never loads the realtime code.
 * The `live: false` option makes it a feed that never opens.
 *
 * @example
 * ```ts
 * liveFeed(context).listen((event) => console.log(event.type));
 * ```
 */
export const liveFeed = /* @__PURE__ */ domain((context): LiveFeed => {
  const { core, options, fail } = context;
  // The function behind `client.events.subscribe`, without the `Events` class's `stream()`.
  const feed = new LiveFeed(options.live === false ? undefined : (params, handler, o) => subscribe(core, params, handler, o), fail);
  context.onDispose(() => feed.close());
  return feed;
});
