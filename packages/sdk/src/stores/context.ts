import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { MenteoCore } from '../core/client-core.js';
import type { MenteoError } from '../core/errors.js';
import { subscribe } from '../realtime/subscription.js';
import { draftStore, memoryStorage } from './draft.js';
import { LiveFeed } from './live.js';
import { Outbox, type KeyValueStorage } from './outbox.js';
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
  /** Namespace of the storage keys, when one origin talks to several accounts or APIs. Default the API's base URL. */
  scope?: string | undefined;
}

/**
 * What every store of one client shares: the transport, the live feed, the outbox, drafts
 * and the last write error. Separate clients get separate contexts.
 *
 * @example
 * ```ts
 * const context = createStoreContext(new MenteoCore({ publishableKey: 'pk_test_demo' }));
 * const { mentor } = mentorStores(context); // only the mentor stores end up in the bundle
 * ```
 */
export interface StoreContext {
  /** The client every store of this context sends its requests through (its credentials, retries, cache). */
  readonly core: MenteoCore;
  /** How long data stays fresh (`staleMs`) and how long an unsubscribed store keeps its request (`graceMs`), from the options. */
  readonly timing: Timing;
  /** The one event subscription the live stores of this context share (open only while one is subscribed). */
  readonly live: LiveFeed;
  /** Posts and messages not yet confirmed by the server (`outbox.entries` is a store of them). */
  readonly outbox: Outbox;
  /** The last failed write (an `APIError` tells status and code); cleared by `clearError()`. */
  readonly lastError: ReadableAtom<MenteoError | undefined>;
  /** Where the outbox and drafts persist: the `storage` option, else `localStorage`, else memory. */
  readonly storage: KeyValueStorage;
  /** Records a failed write in `lastError` and returns it as a `MenteoError`. */
  fail(error: unknown): MenteoError;
  /** Empties `lastError`, e.g. when the person dismisses the message that showed it. */
  clearError(): void;
  /** The draft text of a composer, persisted while typed. */
  draft(key: string): WritableAtom<string>;
  /** Sends what the outbox holds (it does so by itself when the device comes online). */
  flush(): Promise<void>;
  /** Closes the live subscription and stops timers and listeners. */
  dispose(): void;
}

function defaultStorage(): KeyValueStorage {
  try {
    if (globalThis.localStorage) return globalThis.localStorage;
  } catch {
    // Refused (sandboxed frame, privacy settings).
  }
  return memoryStorage();
}

const onlineEvent = (callback: () => void) => {
  globalThis.addEventListener?.('online', callback);
  return () => globalThis.removeEventListener?.('online', callback);
};

/**
 * The shared part of the stores of one client, for pages that pick stores by domain
 * (`mentorStores(context)`, …) to keep their bundle small. `createStores` builds one too.
 *
 * @example
 * ```ts
 * const context = createStoreContext(core, { staleMs: 10_000 });
 * ```
 */
export function createStoreContext(core: MenteoCore, options: StoresOptions = {}): StoreContext {
  const storage = options.storage ?? defaultStorage();
  const scope = options.scope ?? core.baseUrl;
  const lastError = atom<MenteoError | undefined>();
  const fail = (error: unknown) => {
    const e = asMenteoError(error);
    lastError.set(e);
    return e;
  };
  // The function behind `client.events.subscribe`, without the `Events` class's `stream()`.
  const live = new LiveFeed(options.live === false ? undefined : (params, handler, o) => subscribe(core, params, handler, o), fail);
  const outbox = new Outbox(storage, `menteo.outbox:${scope}`, options.online ?? (() => globalThis.navigator?.onLine !== false), fail);
  const stopListening = (options.onOnline ?? onlineEvent)(() => void outbox.flush());
  const drafts = new Map<string, WritableAtom<string>>();
  return {
    core,
    timing: { staleMs: options.staleMs ?? 30_000, graceMs: options.graceMs ?? 1000 },
    live,
    outbox,
    lastError,
    storage,
    fail,
    clearError: () => lastError.set(undefined),
    draft(key) {
      let $draft = drafts.get(key);
      if (!$draft) drafts.set(key, ($draft = draftStore(storage, `menteo.draft:${scope}:${key}`)));
      return $draft;
    },
    flush: () => outbox.flush(),
    dispose() {
      stopListening();
      outbox.close();
      live.close();
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
    if (!stores) made.set(context, (stores = make(context)));
    return stores;
  };
}
