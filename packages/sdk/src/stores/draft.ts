import { atom, type WritableAtom } from 'nanostores';
import { domain, type StoreContext } from './context.js';
import { identify } from './identity.js';
import { personKey, type KeyValueStorage } from './storage.js';

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

/** One person's drafts in storage, as one object (one key to delete on sign-out). */
const draftsOf = /* @__PURE__ */ domain((context) => {
  const { storage } = context;
  const drafts = new Map<string, WritableAtom<string>>();
  let storageKey: string | undefined; // none until the person is known: their words stay in memory
  const read = (): Record<string, string> => {
    try {
      return (storageKey && (JSON.parse(storage.getItem(storageKey) ?? '{}') as Record<string, string> | null)) || {};
    } catch {
      return {};
    }
  };
  const save = (key: string, text: string) => {
    if (!storageKey) return;
    const all = read(); // read, change, write: another tab may have saved a draft meanwhile
    if (text) all[key] = text;
    else delete all[key];
    try {
      if (Object.keys(all).length) storage.setItem(storageKey, JSON.stringify(all));
      else storage.removeItem(storageKey);
    } catch {
      // Full or refused storage: keep the text in memory.
    }
  };
  let last: string | undefined;
  const follow = (userId: string | undefined) => {
    // From one person to another or to no one (sign-out), the words shown are the new person's;
    // once the first person is known, what was typed meanwhile is theirs and kept.
    const switched = last !== undefined;
    last = userId;
    storageKey = userId && personKey('drafts', context.scope, userId);
    const saved = read();
    for (const [key, $draft] of drafts) $draft.set((switched ? '' : $draft.get()) || saved[key] || '');
  };
  context.onDispose(context.user.listen(follow));
  follow(context.user.get());
  void identify(context).catch(() => {}); // not known yet, or not reachable: in memory until it is
  return { drafts, read, save };
});

/**
 * The draft text of a composer in a context (one store per key), kept as it is typed under
 * the signed-in person's storage key, so their unsent words survive a reload and are never
 * shown to someone else: until the person is known (`GET /v1/me`, asked on first use) the text
 * stays in memory, and after `signOut` or a change of person it is gone.
 *
 * @example
 * ```ts
 * const $draft = draftOf(context, 'post:thr_learningtolead');
 * $draft.subscribe((text) => (textarea.value = text)); // the saved text arrives once the person is known
 * textarea.oninput = () => $draft.set(textarea.value);
 * ```
 */
export function draftOf(context: StoreContext, key: string): WritableAtom<string> {
  const { drafts, read, save } = draftsOf(context);
  let $draft = drafts.get(key);
  if (!$draft) {
    $draft = atom(read()[key] ?? '');
    drafts.set(key, $draft);
    const set = $draft.set;
    $draft.set = (text) => {
      save(key, text);
      set(text);
    };
  }
  return $draft;
}
