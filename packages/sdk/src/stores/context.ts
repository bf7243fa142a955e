import { atom, type ReadableAtom } from 'nanostores';
import type { BaseCore } from '../core/base-core.js';
import type { MenteoError } from '../core/errors.js';
import { defaultStorage, type KeyValueStorage } from './storage.js';
import { asMenteoError, type Timing } from './query.js';

/**
 * Options of `createStores`. Every one has a browser default; Node and tests pass their own.
 *
 * @example
 * ```ts
 * createStores(core, { storage: sessionStorage, staleMs: 60_000 });
 * createStores(core, { storage: fakeStorage, online: () => network.up, onOnline: (cb) => network.on('up', cb) }); // tests
 * ```
 */
export interface StoresOptions {
  /** Where the outbox and drafts persist. Default `localStorage`, else memory. */
  storage?: KeyValueStorage | undefined;
  /** Whether the device is online. Default `navigator.onLine` (true where unknown). */
  online?: (() => boolean) | undefined;
  /** Calls `callback` when the device comes back online; returns the undo. Default the `online` event. */
  onOnline?: ((callback: () => void) => () => void) | undefined;
  /** How long data counts as fresh: a store subscribed again later revalidates. Default 30 000 ms. */
  staleMs?: number | undefined;
  /** How long a store keeps its request after its last subscriber left (a re-render resubscribes). Default 1000 ms. */
  graceMs?: number | undefined;
  /** Live updates over the events endpoint while live stores are subscribed. Default true. */
  live?: boolean | undefined;
  /** Namespace of the storage keys, when one origin talks to several accounts or APIs. Default the API's base URL. Within it, each signed-in person's outbox and drafts have keys of their own. */
  scope?: string | undefined;
}

/**
 * What every store of one client shares: the transport, timing, storage and the last write
 * error. The live feed, the outbox and drafts are made from it on first use
 * (`liveFeed(context)`, `outboxOf(context)`, `draftOf(context, key)`), so a page that only
 * reads mentors carries none of them. Separate clients get separate contexts.
 *
 * @example
 * ```ts
 * const context = createStoreContext(new MenteoCore({ publishableKey: 'pk_test_demo' }));
 * const { mentor } = mentorStores(context); // only the mentor stores end up in the bundle
 * ```
 */
export interface StoreContext {
  /** The client every store of this context sends its requests through (its credentials, retries, cache). */
  readonly core: BaseCore;
  /** The options the context was made with. */
  readonly options: StoresOptions;
  /** How long data stays fresh (`staleMs`) and how long an unsubscribed store keeps its request (`graceMs`), from the options. */
  readonly timing: Timing;
  /** The last failed write (an `APIError` tells status and code); cleared by `clearError()`. */
  readonly lastError: ReadableAtom<MenteoError | undefined>;
  /** Where the outbox and drafts persist: the `storage` option, else `localStorage`, else memory. */
  readonly storage: KeyValueStorage;
  /** The namespace of this context's storage keys (the `scope` option, else the API's base URL). */
  readonly scope: string;
  /**
   * The signed-in person's user id, once the outbox or a draft learned it (`GET /v1/me`);
   * `undefined` before, with a key instead of a user token, and after `signOut`. When it
   * changes from one person to another, or to no one, every store drops the data it holds.
   */
  readonly user: ReadableAtom<string | undefined>;
  /**
   * Records a failed write in `lastError` and returns it as a `MenteoError`.
   *
   * @example
   * ```ts
   * await client.rooms.accept(roomId).catch((error) => { throw context.fail(error); });
   * ```
   */
  fail(error: unknown): MenteoError;
  /**
   * Empties `lastError`, e.g. when the person dismisses the message that showed it.
   *
   * @example
   * ```ts
   * stores.lastError.subscribe((error) => { toast.hidden = !error; });
   * toast.onclose = () => stores.clearError();
   * ```
   */
  clearError(): void;
  /**
   * Runs `cleanup` when the context is disposed (the pieces made on first use register here).
   *
   * @example
   * ```ts
   * const timer = setInterval(() => void outboxOf(context).flush(), 60_000);
   * context.onDispose(() => clearInterval(timer));
   * ```
   */
  onDispose(cleanup: () => void): void;
  /**
   * Closes the live subscription and stops timers and listeners.
   *
   * @example
   * ```ts
   * class MenteoProvider extends HTMLElement {
   *   readonly stores = createStores(new MenteoCore({ publishableKey: 'pk_test_demo' }));
   *   disconnectedCallback() { this.stores.dispose(); }
   * }
   * ```
   */
  dispose(): void;
}

/**
 * The shared part of the stores of one client, for pages that pick stores by domain
 * (`mentorStores(context)`, …) to keep their bundle small. `createStores` builds one too.
 *
 * @example
 * ```ts
 * const context = createStoreContext(core, { staleMs: 10_000 });
 * ```
 */
export function createStoreContext(core: BaseCore, options: StoresOptions = {}): StoreContext {
  const lastError = atom<MenteoError | undefined>();
  const cleanups: (() => void)[] = [];
  let disposed = false;
  return {
    core,
    options,
    timing: { staleMs: options.staleMs ?? 30_000, graceMs: options.graceMs ?? 1000 },
    lastError,
    storage: options.storage ?? defaultStorage(),
    scope: options.scope ?? core.baseUrl,
    user: atom(),
    fail(error) {
      const e = asMenteoError(error);
      lastError.set(e);
      return e;
    },
    clearError: () => lastError.set(undefined),
    // A piece made on first use after the context was disposed (an element that had not yet
    // heard of its provider's new client asked the old one for a live feed) is stopped at once,
    // instead of running for the page's life with no one left to stop it.
    onDispose: (cleanup) => (disposed ? cleanup() : void cleanups.push(cleanup)),
    dispose: () => {
      disposed = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
}

/**
 * Makes one set of stores per context, however often it is asked for: every component of
 * a provider shares them.
 *
 * @example
 * ```ts
 * export const mentorStores = domain((context) => ({ mentor: (id: string) => … }));
 * ```
 */
export function domain<T>(make: (context: StoreContext) => T): (context: StoreContext) => T {
  const made = new WeakMap<StoreContext, T>();
  return (context) => {
    let stores = made.get(context);
    if (!stores) {
      stores = make(context);
      made.set(context, stores);
    }
    return stores;
  };
}
