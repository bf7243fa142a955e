// Apart from keys.ts: only stores keyed by parameter objects (searches, lists) carry it.

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
