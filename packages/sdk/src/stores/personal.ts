// Apart from context.ts and cache.ts: a page that shows only public data (mentor cards) holds no
// one's personal data, and carries none of this.
import { listing, type Entries } from './cache.js';
import { domain, type StoreContext } from './context.js';

/**
 * Runs `make` (a domain making its stores) and lists the families it made, so that a personal
 * domain can empty them when the person changes. A domain made inside another (rooms make the
 * outbox) lists its families with the outer one's too: emptying them is never wrong, only a refetch.
 */
function collecting<T>(make: () => T): [made: T, families: Entries[]] {
  const outer = listing.families;
  const families: Entries[] = [];
  listing.families = families;
  try {
    return [make(), families];
  } finally {
    outer?.push(...families);
    listing.families = outer;
  }
}

/** Drops what a family's stores hold: a subscribed store loads again, as the new person. */
const forget = (entries: Entries): void =>
  entries.forEach(({ source }) => {
    source.abort();
    source.base = undefined;
    source.publish();
    source.invalidate();
  });

/**
 * A {@link domain} of personal data (rooms, threads with their viewer, progress, the person's
 * profile): its stores drop what they hold when the person changes — from someone to someone
 * else, or to no one (sign-out) — so one person's data is never shown to the next. Public data
 * (mentor profiles and search, the same for everyone the page's key serves) uses `domain` and
 * costs a page that shows only mentor cards nothing of this.
 *
 * @example
 * ```ts
 * export const roomStores = personal((context) => ({ room: (id: string) => … }));
 * ```
 */
export function personal<T>(make: (context: StoreContext) => T): (context: StoreContext) => T {
  return domain((context) => {
    const [stores, families] = collecting(() => make(context));
    let last = context.user.get();
    context.onDispose(
      context.user.listen((userId) => {
        if (last !== undefined && userId !== last) families.forEach(forget);
        last = userId;
      }),
    );
    return stores;
  });
}
