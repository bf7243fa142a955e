// Invalidation apart from the keys (keys.ts): a card's stores build keys and register their
// families, but only stores that write (rooms, threads, plans…) invalidate. The CDN build places
// code by module, so with these in keys.ts every page carried them (0.6 KB minified on a card's).
import { familiesOf, type KeySelector, type StoreKey } from './keys.js';
import type { StoreContext } from './context.js';

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
