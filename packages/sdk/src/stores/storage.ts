/**
 * Where the outbox and drafts are kept: `localStorage` in pages, anything alike elsewhere.
 *
 * @example
 * ```ts
 * createStores(core, { storage: sessionStorage satisfies KeyValueStorage });
 * ```
 */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Storage in memory, where there is none to persist to (Node, tests, refused `localStorage`).
 *
 * @example
 * ```ts
 * createStores(core, { storage: memoryStorage() });
 * ```
 */
export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, String(v)), removeItem: (k) => void map.delete(k) };
}

/** `localStorage` where a page may use it, else memory. */
export function defaultStorage(): KeyValueStorage {
  try {
    if (globalThis.localStorage) return globalThis.localStorage;
  } catch {
    // Refused (sandboxed frame, privacy settings).
  }
  return memoryStorage();
}

/** The storage key of one person's outbox or drafts. */
export const personKey = (what: string, scope: string, userId: string): string => `menteo.${what}:${scope}:${userId}`;
