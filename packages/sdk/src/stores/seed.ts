import type { StoreContext } from './context.js';
import { familiesOf, type StoreKey } from './keys.js';

/**
 * Data a page already holds for one store, by the store's key: a query store's resource
 * (`['thread', threadId]` → the thread), a paged store's first page as `pagesOf(body)` gives it
 * (`['threadPosts', threadId]`).
 *
 * @example
 * ```ts
 * const entry: SeedEntry = { key: ['thread', thread.id], data: thread };
 * ```
 */
export interface SeedEntry {
  /** The store's key (see `StoreKey`). */
  key: StoreKey;
  /** What the store's source keeps: the resource, or `pagesOf(firstPage)` for a paged store. */
  data: unknown;
}

/** Seeds given before their store was made, by context and key (as JSON). */
const waiting = new WeakMap<StoreContext, Map<string, SeedEntry>>();

/**
 * Gives stores data the page already has — a server-rendered page carries what it was rendered
 * from — so that their first subscriber shows it at once and asks the API nothing until it goes
 * stale (`staleMs`) or a write invalidates it. A store made later takes its seed when it is made.
 * Live updates still follow once the store is subscribed.
 *
 * @example
 * ```ts
 * const state = JSON.parse(document.getElementById('feed-state')!.textContent!);
 * seedStores(context, state.entries);
 * threadStores(context).thread(state.threadId).subscribe(render); // no request: the data is here
 * ```
 */
export function seedStores(context: StoreContext, entries: readonly SeedEntry[]): void {
  const pending = waiting.get(context) ?? new Map<string, SeedEntry>();
  waiting.set(context, pending);
  for (const entry of entries) {
    const id = JSON.stringify(entry.key);
    const made = familiesOf(context)
      .map((family) => family.get(id))
      .find(Boolean);
    if (made) made.source.seed(entry.data);
    else pending.set(id, entry);
  }
}

/**
 * The seed waiting for the store of a key (as JSON), removed from the waiting ones: a store
 * takes its seed once, when it is made.
 *
 * @example
 * ```ts
 * const seeded = takeSeed(context, JSON.stringify(key));
 * if (seeded) source.seed(seeded.data);
 * ```
 */
export function takeSeed(context: StoreContext, id: string): SeedEntry | undefined {
  const pending = waiting.get(context);
  const entry = pending?.get(id);
  pending?.delete(id);
  return entry;
}
