// What each entry point of @menteo/elements may weigh (min+gzip, its initial load; scripts/size.ts
// measures): every element alone, found by its folder (scripts/elements.ts), and the main entry.
// An element without a budget of its own gets the default, so a new element is measured from
// its first build without anyone listing it.
import { elementFolders } from './elements.js';

/** One measured entry point. */
export interface SizeEntry {
  /** What the size report calls it (`mentor card alone`). */
  name: string;
  /** Bytes, min+gzip. */
  budget: number;
  /** The built module, relative to the package (`dist/mentor-card/define.js`). */
  file: string;
}

/**
 * An element alone, Lit and the SDK included, when it has no budget below: the largest element
 * (the room widget, ≈33.6 KB) fits it, and a new one starts from there until it earns a tighter one.
 */
export const defaultElementBudget = 36 * 1024;

/** Elements held to a budget of their own, by folder. */
export const elementBudgets: Readonly<Record<string, number>> = {
  // 20 KB (issue #4; #11: the card alone stays under it, its request dialog loads on demand). It
  // was 20.5 KB for a day: the per-person outbox, the '.'/'..' path guard and the batch's id check
  // (#9), the shared connected-element layer and controls (#10) and the localize controller's
  // formatter cache took the card to 20.57 KB. Won back in the SDK, not by cutting the card: the
  // transport is its own fetch loop (sdk/src/core/transport.ts, 0.67 KB here) instead of ky, whose
  // request class also carried progress streams, FormData and search-parameter handling, option
  // merging and a retry policy the SDK overrode (4.24 KB here): 16.90 KB. The license comments
  // esbuild lists at the end (0.16 KB, Lit's) stay counted: a page's bundler decides where they go,
  // this package does not. `pnpm run size:breakdown` shows where the rest goes.
  // 21 KB since 2026-12-06 (20.66 KB): reader sign-in (#12). The card keeps only requestSignIn
  // (the event, then an import()); but the flow it loads shares the SDK's identity and users code,
  // and esbuild (which this figure bundles with) moves such shared code into the card's initial
  // files (≈1.3 KB minified). Through the loader, whose rollup build places code by module, the card
  // page did not grow past its budget (23.34 KB). Winning it back is #15's work on shared chunks.
  // Why esbuild does it (2026-12-06, CARD): it assigns whole files to chunks by which entries
  // reach them, through any import, used or not. The `@menteo/sdk/stores` barrel imports every
  // store module (for createStores), so identity.ts, storage.ts and users.ts are reachable from
  // the card; once the lazy flow uses them they land in the chunk both share, loaded up front.
  // The flow importing them from their own files changes nothing (measured); the card importing
  // the stores it needs from subpaths instead of the barrel should (not tried then; done on
  // 2026-12-07, STOREPATHS: every element imports each store from `@menteo/sdk/stores/<module>`,
  // scripts/sdk-aliases.ts. The card 20.27 -> 20.27 KB; the profile 30.60 -> 26.69, the search
  // 34.33 -> 29.90, the feed 37.16 -> 35.46 (with its outbox loaded on a first post), the reading
  // list 28.98 -> 28.41, the stepper 26.83 -> 26.37; the inbox badge 22.98 -> 23.45, the room list
  // 27.34 -> 27.75 and the room widget 45.75 -> 46.21 (esbuild now splits their lazy parts' shared
  // stores into more files: 9 for the widget instead of 7); the main entry 93.00 -> 95.66 KB, in
  // 42 files instead of 27).
  // 20.5 KB since 2026-12-06 (CARD2: 20.66 -> 20.18 KB, 53.5 -> 52.2 KB minified): the card's
  // path (the card, the connection, the connected-element layer, analytics, load errors) imports
  // from `@menteo/sdk/internal` (sdk/src/internal.ts, not public API: the modules that hold what
  // it needs), so identity, storage, users and Auth stay in the sign-in flow's chunk. Measured on
  // one tree: need finder 31.87 -> 27.06, provider 21.86 -> 21.51, thread feed 38.46 -> 38.17,
  // room widget 45.79 -> 45.66 (its two APIError imports too: with the barrel it split into 9
  // files, 46.12), the main entry 93.70 -> 94.01 (25 files instead of 23); the loader's pages
  // +0.01 KB each and menteo.js +0.07 KB (module order only: rollup places code by module).
  // 20 KB again since 2026-12-07 (BASECORE: 20.20 -> 19.75 KB): the elements' client is the SDK's
  // BaseCore, without what only MenteoCore takes (the secret key and its browser guard, the logger,
  // the ETag cache's hooks), and a mentor the batch does not return is asked alone (the API's own
  // 404) instead of the SDK writing a problem for it.
  'mentor-card': 20 * 1024,
  // 36 KB until 2026-12-05 (33.71 KB then). The journey (#11) shows the room's agreement as
  // Markdown, so the widget now carries the package's safe Markdown renderer (≈2.3 KB, shared with
  // the feed in the main entry) and the agreement section: 36.85 KB with it; full goal editing
  // (progress any step, achieved/dropped/reopen, edit form, delete with a question) 38.14 KB;
  // sessions' details (agenda and notes as Markdown, link, hat, the .ics file) 40.08 KB; past
  // sessions with completed / no-show and the help-fit question 40.9 KB; reschedule, the review's
  // loader and strings (the review itself, 1.48 KB, loads on demand once a room has ended) 42.86 KB;
  // the past sessions' "Show all" 43.07 KB. 46 KB since 2026-12-05 (#15): the layer every connected
  // element shares now follows the host's theme, waits for loading="lazy" and fires menteo-ready /
  // -view / -error (≈1.1 KB): 44.11 KB. 46.3 KB since 2026-12-07 (46.21 KB): the stores by their
  // own paths (STOREPATHS, see the card's line), which esbuild splits into two more files here.
  'room-widget': 46.3 * 1024,
  'thread-feed': 45 * 1024,
};

/**
 * Every element (the main entry, `dist/index.js`). 60 KB until 2026-12-05 (58.77 KB then, seven
 * elements). The journey (#11) added two elements and real UI: the room list (27.3 KB alone) and
 * inbox badge (23.1 KB) share most of their code with the others, the card's request dialog loads on
 * demand, and the room widget grew by ≈9.4 KB (see its line above): 71.5 KB with all of it. A page
 * that shows one element loads that element's entry, not this one; loading only what a page shows
 * through the script tag is the loader's work (#15). 84 KB since 2026-12-05 (80.72 KB, then 81.89 KB):
 * discovery (#13) added an element and grew two — the mentor profile (28.6 KB alone, ≈2.6 KB here),
 * the need finder's diagnostic and growth plan (25.1 → 30.0 KB alone) and the search's filters,
 * chips and searchable facet (29.6 → 32.5 KB alone) — and the host layer of #15 (theme, lazy,
 * analytics events) ≈1.1 KB.
 * 96 KB since 2026-12-06 (94.68 KB): the reading list and the program insights (#12, #14: 28.8 and
 * 12.0 KB alone, mostly shared) and the readers' thread feed of #12 (38.9 KB alone, from 32.3: follow,
 * labelled reactions and Save, replies and hidden comments, post links, the owner's report entry, the
 * sign-in hook; edit, report and moderation forms load on demand).
 * 95.99 KB on 2026-12-07, with the sweep of the markers lit-html leaves in keyed lists (the search,
 * reading list and room list, +0.23 KB): no room left. 96.7 KB since 2026-12-07 (96.66 KB): the
 * modules split so that a card's chunks through the loader carry only what the card runs (see
 * the card's page below, -0.31 KB there) are as many more files in esbuild's split of this entry
 * (46 instead of 42: the personal-data stores, keyOf, the paged store controller, the field's
 * declarations each shared by this entry and a different set of its lazy chunks), +0.67 KB of
 * gzip containers. The loader's pages, what #15 budgets, come first. 96.4 KB since the owner's
 * edits of a post left the thread stores for a module the owner's forms load (96.21 KB, 44 files).
 * 96 KB since the elements' client is the SDK's BaseCore (BASECORE, see the card's line): 95.75 KB.
 */
export const mainEntryBudget = 96 * 1024;

/**
 * Every element folder alone, in the order of the main entry, then the main entry.
 *
 * @example `sizeEntries(['mentor-card'])[0] // { name: 'mentor card alone', budget: 20480, file: 'dist/mentor-card/define.js' }`
 */
export function sizeEntries(folders: readonly string[] = elementFolders().map((e) => e.folder)): SizeEntry[] {
  return [
    ...folders.map((folder) => ({
      name: `${folder.replaceAll('-', ' ')} alone`,
      budget: elementBudgets[folder] ?? defaultElementBudget,
      file: `dist/${folder}/define.js`,
    })),
    { name: 'every element (the main entry)', budget: mainEntryBudget, file: 'dist/index.js' },
  ];
}

/** A page measured through the script-tag loader (dist/cdn/menteo-loader.js). */
export interface LoaderPage {
  /** What the size report calls it. */
  name: string;
  /** The element folders on the page (`mentor-card` for `<menteo-mentor-card>`). */
  elements: string[];
  /** Bytes, min+gzip: the loader, each element's entry chunk and every chunk they import statically. */
  budget: number;
  /** The goal, when the budget is not there yet: printed beside the figure. */
  target?: number;
}

/**
 * The loader itself: in every page's first load, before any element. Issue #15 allows 3 KB; it was
 * 2.93 KB with a sha256 for each of rollup's ≈40 chunks, 1.87 KB since the CDN build merges
 * chunks that pages load together (scripts/cdn-chunks.ts: 14 hashes). 1.97 KB since 2026-12-07:
 * 23 hashes, the lazy map's, and the code that checks the chunks' own import()s.
 */
export const loaderBudget = 2.5 * 1024;

/**
 * Pages through the loader. Issue #15 asks for 22 KB (one card) and 40 KB (a feed and a stepper);
 * the loader's first build measured 26.36 KB and 45.02 KB. Since then: the SDK's card code in
 * modules of its own (mentor-batch.ts, stores/mentor-profile.ts; rollup places code by module, so
 * a card's chunks no longer carry the search and its pagination) and shared chunks merged where
 * the pages the loader serves get lighter (scripts/cdn-chunks.ts: 4 files for a card instead of
 * 13, 14 hashes in the loader instead of 40): 23.59 KB and 41.89 KB. A shared chunk carries every
 * export any element uses of the modules in it, so the work since was keeping such code out of the
 * card's and the blog's chunks (the lines below). Both targets are met since 2026-12-07: 21.91 and
 * 39.65 KB; the budgets are the targets, and `target` stays printed beside them.
 */
export const loaderPages: readonly LoaderPage[] = [
  // The card's page: 23.34 KB, then 24.12 KB (2026-12-06: the blog page's lazy parts changed the
  // chunk sizes, and the merging put the pagination, surface and layout modules in the chunk
  // every page shares), 24.02 KB with the SDK's Auth apart from Me (resources/auth.ts). Where the
  // 2 KB over the target are (rollup, in memory): the card alone is 18.56 KB in 2 files; its page
  // loads 4 chunks (≈0.7 KB of gzip lost to the split) that also carry code only other elements
  // use — the identity store and Me, the viewer's rooms controller, pagination, and exports such as
  // keys.invalidate, PagedStoreController, safeHref. Keeping every chunk the card loads free of
  // code it does not use (merging refused when the card's page would load only one of the pair)
  // gave ≈22.9 KB for the card (chunks built in memory, the loader's two more hashes estimated)
  // but +0.8 KB for the blog page: a choice between the two budgeted pages, not made here.
  // #15 (SPLIT), each step's figure + 0.2 KB: the SDK's invalidate and picks in a module of their
  // own (stores/invalidate.ts; only writing stores use them, keys.ts keeps keyOf and the
  // registry), 23.25 -> 23.17 KB, the blog page 43.47 -> 43.47: 23.37 KB. Shared chunks named
  // without a content hash (the URL's version already makes them immutable; rollup.config.mjs),
  // 23.19 -> 23.04 KB: 23.25 KB. An entry whose own code rollup had put in a shared chunk (the
  // feed's, the room widget's) is that code again, not a facade over it: two hashes fewer in the
  // loader's map, 23.04 -> 22.95 KB: 23.15 KB. The outbox loaded on need (see the blog page),
  // 22.95 -> 22.68 KB: 22.9 KB. The card's class in the card's entry, which the search imports
  // (it defines the card anyway, `static dependencies`), not in a chunk of its own behind a stub:
  // 22.67 -> 22.56 KB, every other page -0.01 to -0.04 KB: 22.8 KB. On 2026-12-07, what other
  // elements use of the modules the card shares with them in modules of their own (the
  // personal-data stores, keyOf, the paged store controller, the field's declarations, the
  // sign-in's view, safeHref, notice, states), so that the shared chunk no longer carries them:
  // 22.57 -> 22.26 KB (the blog page 39.86 -> 39.90, the other loader pages -0.3 to +0.1). What
  // the card's chunks still hold that the card does not run is ≈0.25 KB: the viewer's rooms
  // controller (the merging's choice: the search, profile and need finder would each load one
  // more chunk, +0.6 KB) and a few lines of lit-html's directive module and keys.ts. The target
  // needs a feature of the card off its first load (measured: the skill names' spellings -0.13 KB,
  // the minute clock of the local time -0.15 KB). 22.26 -> 22.34 KB on 2026-12-07 (LAZYPIN): the
  // loader checks the chunks' own import()s too (the lazy map's hash and the code that reads it,
  // +0.10 KB on every page), less the viewer's rooms controller's following, now in the chunk it
  // loads once someone is signed in (-0.03 KB on every page).
  // The target met on 2026-12-07 (BASECORE, see the card alone above): 22.35 -> 21.91 KB, the
  // blog page 39.91 -> 39.65 KB, every loader page -0.3 to -0.5 KB.
  { name: 'a page with one mentor card, through the loader', elements: ['mentor-card'], budget: 22 * 1024, target: 22 * 1024 },
  {
    name: 'a blog page with a thread feed and a roadmap stepper, through the loader',
    elements: ['thread-feed', 'roadmap-stepper'],
    // 47 KB since 2026-12-06 (46.88 KB, from 42.14): the readers of #12 — follow, labelled
    // reactions and Save, replies and live hidden comments, post links, found-by-page, the sign-in
    // hook and account line, the owner's Reports button. Their forms (edit, report, moderation,
    // sign-in flow, the owner's panel) are lazy chunks; what an anonymous reader needs to read and
    // be invited in is not. Further from the 40 KB target: #15's next work.
    // #15 (FEEDSIZE), each step's figure + <= 0.3 KB: the owner's reports strings in their panel's
    // own catalog (owner-reports.strings.ts), 46.88 -> 46.52 KB: 46.8 KB. The stepper's progress
    // bar and step controls (with their strings and styles) load once a reader is signed in
    // (roadmap-progress.ts), 46.45 -> 44.84 KB (the CDN chunks merged anew: the card page 23.34 ->
    // 24.12, in its budget): 45.1 KB. The comment list and field (feed-comments.ts, its styles)
    // load on the first "N comments" (lazy-comments.ts), 44.84 -> 43.52 KB: 43.8 KB. The writers'
    // stores with the composer and post actions (writer-stores.ts), 43.47 -> 43.52 KB (the merging
    // kept one more chunk; the card page 24.02 -> 23.24); the comment list's strings with it
    // (feed-comments.strings.ts), 43.52 -> 43.46 KB: 43.7 KB. The budgeted pages weigh twice in
    // the chunk merging (scripts/cdn-chunks.ts weightedPages), 43.85 -> 43.39 KB: 43.6 KB.
    // Shared chunks named without a content hash, 43.47 -> 43.11 KB; the windowed list fetched
    // only for a thread of 50 posts or more (a blog's five latest never load it), 43.11 -> 41.38
    // KB: 41.6 KB. The composer's heading, labels and error in its own catalog
    // (post-composer.strings.ts), and the feed's entry no longer a facade over its code (see the
    // card's page), 41.39 -> 41.17 KB: 41.4 KB. The SDK's outbox (1 KB) fetched on the first post
    // written or an owned thread shown (sdk/src/stores/threads.ts), so a reader's page never loads
    // it; the elements import the stores by their own paths (STOREPATHS, see elementBudgets' card),
    // without which esbuild put the outbox in a chunk every element loads: 41.17 -> 39.91 KB, the
    // target met: 40 KB. 39.88 -> 39.97 KB on 2026-12-07: the feed's list of what a post reads
    // (#postDeps), so that a long thread's window leaves unchanged posts as they are. 39.90 ->
    // 39.91 KB with LAZYPIN (see the card's page, +0.07 KB here), less the owner's edits of a post
    // (editPost, deletePost, lockComments) in a stores module of their own that only the owner's
    // forms load (sdk/src/stores/thread-edits.ts, -0.09 KB).
    budget: 40 * 1024,
    target: 40 * 1024,
  },
];
