/** The part of `Map` and `WeakMap` that {@link getOrAdd} uses. */
interface Keyed<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value stored under `key`, made by `make()` and stored the first time it is asked for:
 * the one shape of every per-database and per-key cache in the sandbox.
 *
 * @example
 * ```ts
 * const statements = getOrAdd(caches, db, () => new Map<string, Statement>());
 * ```
 */
export function getOrAdd<K, V>(map: Keyed<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
