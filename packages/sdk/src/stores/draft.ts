import { atom, type WritableAtom } from 'nanostores';
import type { KeyValueStorage } from './outbox.js';

/**
 * A text kept in storage as it is typed, so a composer's unsent words survive a reload.
 * Setting `''` forgets it.
 *
 * @example
 * ```ts
 * const $draft = draftStore(localStorage, 'menteo.draft:post:thr_learningtolead');
 * textarea.value = $draft.get();
 * textarea.oninput = () => $draft.set(textarea.value);
 * ```
 */
export function draftStore(storage: KeyValueStorage, storageKey: string): WritableAtom<string> {
  let saved: string | null = null;
  try {
    saved = storage.getItem(storageKey);
  } catch {
    // Storage can be refused (private mode, sandboxed frames): the draft then lives in memory only.
  }
  const $draft = atom(saved ?? '');
  const set = $draft.set;
  $draft.set = (text) => {
    try {
      if (text) storage.setItem(storageKey, text);
      else storage.removeItem(storageKey);
    } catch {
      // Full or refused storage: keep the text in memory.
    }
    set(text);
  };
  return $draft;
}

/**
 * Storage in memory, where there is none to persist to (Node, tests, refused `localStorage`).
 *
 * @example `createStores(core, { storage: memoryStorage() });`
 */
export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, String(v)), removeItem: (k) => void map.delete(k) };
}
