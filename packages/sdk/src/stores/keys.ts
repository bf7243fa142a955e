import type { Entries } from './cache.js';
import type { StoreContext } from './context.js';

/**
 * A store's key: the name of the store function that made it, then its arguments, objects as
 * `keyOf` (key-of.ts) writes them. `stores.roomSessions(roomId, params)` has the key
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
