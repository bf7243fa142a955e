import type { StoreContext } from './context.js';
import { register, type StoreKey } from './keys.js';
import { takeSeed } from './seed.js';

/** What a family needs of a store's source. */
export interface Lifecycle {
  readonly mounted: boolean;
  readonly busy: boolean;
  base: unknown;
  abort(): void;
  invalidate(): void;
  seed(base: unknown): void;
  publish(): void;
  onActivate: (() => void) | undefined;
}

/** The entries of one family, by key. */
export type Entries = Map<string, { key: StoreKey; source: Lifecycle }>;

/**
 * Where the families made right now are listed: personal.ts sets `families` while a personal
 * domain makes its stores (an object: an exported `let` could be assigned only in this module).
 */
export const listing: { families?: Entries[] | undefined } = {};

/**
 * The stores of one kind: call it for a store (the same one for the same key).
 *
 * @example
 * ```ts
 * rooms.peek(room.id)?.source.set(() => room); // only if someone asked for that room
 * ```
 */
export type Family<A extends unknown[], S> = ((...args: A) => S) & {
  /** Every entry, for live events and optimistic changes. */
  readonly entries: Map<string, S & { key: StoreKey }>;
  /** The entry of these arguments, if one was made (it makes none). */
  peek(...args: A): S | undefined;
};

/**
 * Keeps one store per key, created on first use: every caller with the same key shares it
 * (and its request), and writes name it to invalidate it (see {@link StoreKey}). The entries
 * are the cache that lets a remounted component show its data at once; beyond `max`, the
 * oldest idle ones (no subscriber, no request, no pending optimistic change) are dropped.
 *
 * With `cancelIdle` (stores keyed by search parameters), a store that starts serving cancels
 * the requests of its idle siblings at once rather than after the grace period: typing a
 * new query drops the request of the old one.
 *
 * @example
 * ```ts
 * const searches = family(context, (params: Params) => ['mentorSearch', keyOf(params)], (params) => createEntry(params), { cancelIdle: true });
 * const entry = searches({ q: 'rust' });
 * ```
 */
export function family<A extends unknown[], S extends { source: Lifecycle }>(
  context: StoreContext,
  key: (...args: A) => StoreKey,
  create: (...args: A) => S,
  options: { cancelIdle?: boolean; max?: number } = {},
): Family<A, S> {
  const entries = new Map<string, S & { key: StoreKey }>();
  listing.families?.push(entries);
  register(context, entries);
  const peek = (...args: A) => entries.get(JSON.stringify(key(...args)));
  const get = (...args: A): S => {
    const known = peek(...args);
    if (known) return known;
    const created = Object.assign(create(...args), { key: key(...args) });
    const id = JSON.stringify(created.key);
    entries.set(id, created);
    const seeded = takeSeed(context, id);
    if (seeded) created.source.seed(seeded.data);
    if (options.cancelIdle) {
      created.source.onActivate = () => {
        for (const other of entries.values()) if (other !== created && !other.source.mounted) other.source.abort();
      };
    }
    for (const [old, other] of entries) {
      if (entries.size <= (options.max ?? 100)) break;
      if (other !== created && !other.source.mounted && !other.source.busy) entries.delete(old);
    }
    return created;
  };
  return Object.assign(get, { entries, peek });
}
