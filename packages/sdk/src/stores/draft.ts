import { atom, type WritableAtom } from 'nanostores';
import { domain, type StoreContext } from './context.js';
import type { KeyValueStorage } from './storage.js';

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


const draftsOf = /* @__PURE__ */ domain(() => new Map<string, WritableAtom<string>>());

/**
 * The draft text of a composer in a context, persisted while typed (one store per key).
 *
 * @example
 * ```ts
 * const $draft = draftOf(context, 'post:thr_learningtolead');
 * ```
 */
export function draftOf(context: StoreContext, key: string): WritableAtom<string> {
  const drafts = draftsOf(context);
  let $draft = drafts.get(key);
  if (!$draft) drafts.set(key, ($draft = draftStore(context.storage, `menteo.draft:${context.scope}:${key}`)));
  return $draft;
}
