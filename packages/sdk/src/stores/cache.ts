/** What a family needs of a store's source. */
interface Lifecycle {
  readonly mounted: boolean;
  readonly busy: boolean;
  base: unknown;
  abort(): void;
  invalidate(): void;
  publish(): void;
  onActivate: (() => void) | undefined;
}

/** The entries of one family, by key. */
export type Entries = Map<string, { source: Lifecycle }>;

/** Where the families made right now are listed (see `personal` in context.ts). */
let listed: Entries[] | undefined;

/**
 * Runs `make` (a domain making its stores) and lists the families it made, so that a personal
 * domain can empty them when the person changes. A domain made inside another (rooms make the
 * outbox) lists its families with the outer one's too: emptying them is never wrong, only a refetch.
 */
export function collecting<T>(make: () => T): [made: T, families: Entries[]] {
  const outer = listed;
  const families: Entries[] = (listed = []);
  try {
    return [make(), families];
  } finally {
    outer?.push(...families);
    listed = outer;
  }
}

/** Drops what a family's stores hold: a subscribed store loads again, as the new person. */
export const forget = (entries: Entries): void =>
  entries.forEach(({ source }) => {
    source.abort();
    source.base = undefined;
    source.publish();
    source.invalidate();
  });

/**
 * One key for equal parameters whatever their property order, so `{ q, sort }` and
 * `{ sort, q }` share a store (and its request).
 *
 * @example
 * ```ts
 * keyOf({ sort: 'rating', q: 'rust' }) === keyOf({ q: 'rust', sort: 'rating' }); // true
 * ```
 */
export function keyOf(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

/**
 * The stores of one kind: call it for a store (the same one for the same key).
 *
 * @example
 * ```ts
 * for (const { source } of lists.entries.values()) source.invalidate();
 * ```
 */
export type Family<A extends unknown[], S> = ((...args: A) => S) & {
  /** Every entry by key, for live events and invalidation. */
  readonly entries: Map<string, S>;
};

/**
 * Keeps one store per key, created on first use: every caller with the same key shares it
 * (and its request). The entries are the cache that lets a remounted component show its
 * data at once; beyond `max`, the oldest idle ones (no subscriber, no request, no pending
 * optimistic change) are dropped.
 *
 * With `cancelIdle` (stores keyed by search parameters), a store that starts serving cancels
 * the requests of its idle siblings at once rather than after the grace period: typing a
 * new query drops the request of the old one.
 *
 * @example
 * ```ts
 * const searches = family((params: Params) => keyOf(params), (params) => createEntry(params), { cancelIdle: true });
 * const entry = searches({ q: 'rust' });
 * ```
 */
export function family<A extends unknown[], S extends { source: Lifecycle }>(
  key: (...args: A) => string,
  create: (...args: A) => S,
  options: { cancelIdle?: boolean; max?: number } = {},
): Family<A, S> {
  const entries = new Map<string, S>();
  listed?.push(entries);
  const get = (...args: A): S => {
    const k = key(...args);
    let entry = entries.get(k);
    if (entry) return entry;
    const created = (entry = create(...args));
    entries.set(k, created);
    if (options.cancelIdle) {
      created.source.onActivate = () => entries.forEach((other) => other !== created && !other.source.mounted && other.source.abort());
    }
    for (const [old, other] of entries) {
      if (entries.size <= (options.max ?? 100)) break;
      if (other !== created && !other.source.mounted && !other.source.busy) entries.delete(old);
    }
    return created;
  };
  return Object.assign(get, { entries });
}
