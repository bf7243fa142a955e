import type { Entries } from './cache.js';
import type { StoreContext } from './context.js';

/**
 * A store's key: the name of the store function that made it, then its arguments, objects as
 * {@link keyOf} writes them. `stores.roomSessions(roomId, params)` has the key
 * `['roomSessions', roomId, keyOf(params)]`, `stores.me()` the key `['me']`.
 *
 * @example
 * ```ts
 * const key: StoreKey = ['mentorSlots', 'men_demomentor', keyOf(range)];
 * ```
 */
export type StoreKey = readonly string[];

/**
 * Which stores an invalidation reaches: a key prefix (`['rooms']` is every room list,
 * `['roomSessions', roomId]` every sessions store of one room whatever its filters), or a
 * test of each key.
 *
 * @example
 * ```ts
 * const sessionsOfRoom: KeySelector = ['roomSessions', roomId];
 * const aboutRoom: KeySelector = (key) => key.includes(roomId);
 * ```
 */
export type KeySelector = StoreKey | ((key: StoreKey) => boolean);

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
 * Whether a selector picks the store of a key.
 *
 * @example
 * ```ts
 * picks(['roomSessions', roomId], ['roomSessions', roomId, keyOf(params)]); // true
 * ```
 */
export const picks = (selector: KeySelector, key: StoreKey): boolean =>
  typeof selector === 'function' ? selector(key) : selector.every((part, at) => part === key[at]);

/** The families of each context. */
const registry = new WeakMap<StoreContext, Entries[]>();

/**
 * Lists a family's entries under its context, for `invalidate`.
 *
 * @example
 * ```ts
 * register(context, entries);
 * ```
 */
export const register = (context: StoreContext, entries: Entries): void => void registry.set(context, [...(registry.get(context) ?? []), entries]);

/**
 * The families made so far in a context (their entries, by key).
 *
 * @example
 * ```ts
 * for (const entries of familiesOf(context)) entries.get(JSON.stringify(key))?.source.invalidate();
 * ```
 */
export const familiesOf = (context: StoreContext): readonly Entries[] => registry.get(context) ?? [];

/**
 * Tells the stores of a context that data changed on the server: every store whose key the
 * selector picks refetches now if it is subscribed, else on its next subscriber (until then it
 * keeps its data). Every write of the stores names the keys it changes this way; call it
 * yourself after a change the stores did not make (your server acted on a webhook, another app
 * wrote). `createStores` gives the same as `stores.invalidate(selector)`.
 *
 * @example
 * ```ts
 * invalidate(context, ['rooms']); // every list of rooms, whatever its filters
 * invalidate(context, ['roomSessions', roomId]); // the room's sessions, whatever their filters
 * invalidate(context, (key) => key.includes(roomId)); // every store about one room
 * ```
 */
export function invalidate(context: StoreContext, selector: KeySelector): void {
  for (const entries of familiesOf(context)) for (const { key, source } of entries.values()) if (picks(selector, key)) source.invalidate();
}
