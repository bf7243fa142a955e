// How the CDN build (rollup.config.mjs, dist/cdn/) groups its shared chunks (issue #15). Rollup
// makes one chunk per exact set of entries that use a module: with ten elements that is ≈40 chunks,
// many under 0.3 KB, and a page pays for each one it loads twice over (its gzip container and the
// lost shared dictionary, ≈0.1–0.2 KB; its sha256 in the loader's map, ≈54 bytes, on every page).
// Merging two chunks saves that, but a page that needs only one of them then loads the other too.
// mergeChunks() weighs both on the pages the loader serves: a first build's chunks are merged two
// at a time, the pair that lowers the weighted sum of those pages' gzipped bytes the most first,
// until no merge lowers it. Pure functions of rollup's output, so a test can check them.
// The weighted sum goes down, not every page: on 2026-12-05's tree (loader included, vs rollup's
// own chunks) a card's page 25.82 -> 23.57 KB, feed + stepper 46.23 -> 42.17, the search 36.73 ->
// 33.13, the feed alone 40.06 -> 36.73, the room list 33.91 -> 31.33, but the room widget 50.11 ->
// 52.12, the profile 30.65 -> 32.54 and a provider alone 18.27 -> 20.58. A cap on any page's growth,
// checked on the same estimates, made both budgeted pages ≈1 KB heavier and still let some grow:
// the merged sizes are estimated (two chunks' code gzipped together), the second build differs.
import { gzipSync } from 'node:zlib';

/** What this module needs of one rollup output chunk (a first build's). */
export interface GroupableChunk {
  fileName: string;
  /** Rollup's name for it (`layout`, `mentor-card.strings.es`): the merged chunk keeps the biggest member's. */
  name: string;
  /** The chunk's code as shipped (minified): merged sizes are measured by gzipping it. */
  code: string;
  /** The chunks it imports statically (file names). */
  imports: readonly string[];
  isEntry: boolean;
  /** The modules rendered into it. */
  moduleIds: readonly string[];
}

/** A page the loader serves, and how much its bytes count against the others'. */
export interface WeightedPage {
  /** Entry chunks' names (`mentor-card`, `thread-feed`): the element folders on the page. */
  entries: readonly string[];
  weight: number;
}

/** The gzipped bytes one more shared chunk adds to the loader's map (its sha256 and index), on every page. */
export const loaderBytesPerChunk = 54;

interface Group {
  members: string[];
  code: string;
  gzip: number;
}

const gzipSize = (code: string) => gzipSync(code, { level: 9 }).length;

/**
 * Groups a first build's shared chunks (entries stay as they are): returns each merged group's
 * name and member chunks. Only chunks some page loads up front are merged (translations and
 * dialogs stay on demand), and never two that would import each other through a third chunk
 * (rollup would have to split them again, or the chunks would form an import cycle).
 *
 * @example
 * ```ts
 * const groups = mergeChunks(chunks, [{ entries: ['mentor-card'], weight: 1 }]);
 * // [{ name: 'tokens', members: ['tokens-1a2b3c4d.js', 'initials-5e6f7a8b.js'] }, …]
 * ```
 */
export function mergeChunks(chunks: readonly GroupableChunk[], pages: readonly WeightedPage[]): { name: string; members: string[] }[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (file: string): Set<string> => {
    const seen = new Set([file]);
    for (const current of seen) for (const imported of byFile.get(current)?.imports ?? []) seen.add(imported);
    return seen;
  };
  const entryFile = new Map(chunks.filter((chunk) => chunk.isEntry).map((chunk) => [chunk.name, chunk.fileName]));
  const needs = pages.map((page) => {
    const files = new Set<string>();
    for (const entry of page.entries) {
      const file = entryFile.get(entry);
      if (!file) throw new Error(`cdn chunks: no entry ${entry}`);
      for (const needed of closure(file)) files.add(needed);
    }
    return files;
  });
  // Every page loads the loader, whose map shrinks by one hash with each merge.
  const totalWeight = pages.reduce((sum, page) => sum + page.weight, 0);
  const candidates = chunks.filter((chunk) => !chunk.isEntry && needs.some((files) => files.has(chunk.fileName)));

  const groups: Group[] = candidates.map((chunk) => ({ members: [chunk.fileName], code: chunk.code, gzip: gzipSize(chunk.code) }));
  const groupOf = new Map(groups.map((group) => [group.members[0]!, group]));
  const mergedSizes = new Map<string, number>();
  const pairKey = (a: Group, b: Group) => `${a.members.join()}|${b.members.join()}`;

  /** Groups a group imports, directly (other chunks, outside any group, are their own node). */
  const importsOf = (node: Group | string): Set<Group | string> => {
    const files = typeof node === 'string' ? [node] : node.members;
    const out = new Set<Group | string>();
    for (const file of files) for (const imported of byFile.get(file)?.imports ?? []) out.add(groupOf.get(imported) ?? imported);
    out.delete(node);
    return out;
  };
  /** Whether `to` can be reached from `from` through at least one node besides the two. */
  const reachableThroughOthers = (from: Group, to: Group): boolean => {
    const stack = [...importsOf(from)].filter((node) => node !== to);
    const seen = new Set<Group | string>(stack);
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      for (const next of importsOf(node)) {
        if (next === to) return true;
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return false;
  };

  for (;;) {
    let best: { a: Group; b: Group; saved: number; gzip: number } | undefined;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const a = groups[i]!;
        const b = groups[j]!;
        // Only pages that load a or b change; merging costs nothing on the others.
        const affected = needs.map((files, index) => ({
          weight: pages[index]!.weight,
          a: a.members.some((file) => files.has(file)),
          b: b.members.some((file) => files.has(file)),
        }));
        if (!affected.some((page) => page.a && page.b)) continue;
        const key = pairKey(a, b);
        let gzip = mergedSizes.get(key);
        if (gzip === undefined) {
          gzip = gzipSize(`${a.code}\n${b.code}`);
          mergedSizes.set(key, gzip);
        }
        const before = affected.reduce((sum, page) => sum + page.weight * ((page.a ? a.gzip : 0) + (page.b ? b.gzip : 0)), 0);
        const after = affected.reduce((sum, page) => sum + page.weight * (page.a || page.b ? gzip : 0), 0);
        const saved = before - after + totalWeight * loaderBytesPerChunk;
        if (saved > 0 && (!best || saved > best.saved) && !reachableThroughOthers(a, b) && !reachableThroughOthers(b, a)) best = { a, b, saved, gzip };
      }
    }
    if (!best) break;
    const merged: Group = { members: [...best.a.members, ...best.b.members], code: `${best.a.code}\n${best.b.code}`, gzip: best.gzip };
    groups.splice(groups.indexOf(best.a), 1);
    groups.splice(groups.indexOf(best.b), 1);
    groups.push(merged);
    for (const file of merged.members) groupOf.set(file, merged);
  }

  return groups
    .filter((group) => group.members.length > 1)
    .map((group) => {
      const biggest = [...group.members].sort((x, y) => byFile.get(y)!.code.length - byFile.get(x)!.code.length)[0]!;
      return { name: byFile.get(biggest)!.name, members: group.members };
    });
}

/**
 * The element folder whose class (`mentor-card/mentor-card.ts`) is among a chunk's modules, if one
 * is: the elements that import another's class (the search, the card's) render it, and define it
 * with their own (`static dependencies`), so they may as well import its entry.
 */
const classOf = (chunk: GroupableChunk): string | undefined =>
  chunk.moduleIds.map((id) => /([^/\\]+)[/\\]([^/\\]+)\.[jt]s$/.exec(id)).find((m) => m && m[1] === m[2])?.[1];

/** The element folder whose define.ts is among a chunk's modules, if one is. */
const definedIn = (chunk: GroupableChunk): string | undefined => chunk.moduleIds.map((id) => /([^/\\]+)[/\\]define\.[jt]s$/.exec(id)?.[1]).find(Boolean);

/**
 * A shared chunk's name. Rollup names a chunk after its main module, and an element's define.ts
 * lands in a shared chunk when a lazy chunk of that element imports its code (the feed's comment
 * list, the feed's own class): rollup keeps the entry's exports as they are and makes the entry a
 * one-line facade over that `define.js` chunk. Such a chunk is given the entry's name, so its
 * modules go to the entry itself (rollup.config.mjs lets an entry export more,
 * `preserveEntrySignatures: 'allow-extension'`): one file, one hash in the loader's map and one
 * request fewer (0.1 KB on the blog page). A `define.js` in dist/cdn/ would also be
 * `@menteo/elements/cdn` to package.json's `./*` export (`./dist/<folder>/define.js`).
 */
function sharedName(chunk: GroupableChunk): string {
  return /^define\d*$/.test(chunk.name) ? (definedIn(chunk) ?? 'element') : chunk.name;
}

/** The chunk a group is named for (the biggest member, whose name the group was given). */
function byName(chunks: readonly GroupableChunk[], group: { name: string; members: string[] }): GroupableChunk {
  const members = chunks.filter((chunk) => group.members.includes(chunk.fileName));
  return members.find((chunk) => chunk.name === group.name) ?? members[0]!;
}

/**
 * Rollup's `output.manualChunks` for a second build that puts every module of each merged group
 * into one chunk, and every other shared chunk's modules where the first build put them.
 *
 * @example
 * ```ts
 * const manualChunks = chunkAssignments(chunks, mergeChunks(chunks, pages));
 * await bundle.write({ ...output, manualChunks: (id) => manualChunks.get(id) });
 * ```
 */
export function chunkAssignments(chunks: readonly GroupableChunk[], groups: readonly { name: string; members: string[] }[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const chunk of chunks) if (!chunk.isEntry) names.set(chunk.fileName, sharedName(chunk));
  for (const group of groups) for (const file of group.members) names.set(file, sharedName(byName(chunks, group)));
  // Two first-build chunks may share a name (`live` from lit and from the SDK): keep them apart.
  const aliases = new Map<string, string>();
  // Entries' names are taken first: a shared chunk named like an element (the SDK's
  // stores/mentor-profile.ts) must not land in that element's entry chunk.
  const used = new Map<string, number>(chunks.filter((chunk) => chunk.isEntry).map((chunk) => [chunk.name, 1]));
  const assignments = new Map<string, string>();
  for (const chunk of chunks) {
    // An entry's modules stay in its chunk: left unassigned, a module that a shared chunk's code
    // imports (even for a binding tree-shaken away) would be pulled into that shared chunk.
    if (chunk.isEntry) {
      for (const id of chunk.moduleIds) assignments.set(id, chunk.name);
      continue;
    }
    const group = groups.find((g) => g.members.includes(chunk.fileName));
    const key = group ? group.members.join() : chunk.fileName;
    let alias = aliases.get(key);
    const members = group ? chunks.filter((c) => group.members.includes(c.fileName)) : [chunk];
    const entryOf = members
      .flatMap((member) => [definedIn(member), classOf(member)])
      .find((folder) => folder !== undefined && used.has(folder) && chunks.some((c) => c.isEntry && c.name === folder));
    if (!alias && entryOf) {
      alias = entryOf; // the entry's own code: into the entry chunk (see sharedName)
      aliases.set(key, alias);
    }
    if (!alias) {
      const name = names.get(chunk.fileName)!;
      const count = used.get(name) ?? 0;
      used.set(name, count + 1);
      alias = count === 0 ? name : `${name}${count + 1}`;
      aliases.set(key, alias);
    }
    for (const id of chunk.moduleIds) assignments.set(id, alias);
  }
  return assignments;
}

/**
 * The pages mergeChunks() weighs: the size report's loader pages (scripts/size-budgets.ts) count
 * twice, and once more at half weight with a `<menteo-provider>`; every element, alone and with a
 * provider, at a quarter, so that no page is made much heavier to make the budgeted ones lighter.
 * Twice, not once, since 2026-12-06: at equal weight a ≈50-byte change anywhere flipped whether
 * the skeleton styles joined the shared chunk, and both budgeted pages went 0.25 KB over. At
 * twice, on that tree: the card's page 23.48 -> 23.19 KB, the blog page 43.85 -> 43.39, most
 * other pages within 0.1 KB either way; the inbox badge alone 28.25 -> 28.57 and the room widget
 * 49.95 -> 50.26, the most any page grew.
 *
 * @example
 * ```ts
 * weightedPages(['mentor-card', 'provider'], [['mentor-card']])
 * // [{ entries: ['mentor-card'], weight: 2 }, { entries: ['mentor-card', 'provider'], weight: 0.5 }, …]
 * ```
 */
export function weightedPages(folders: readonly string[], budgeted: readonly (readonly string[])[]): WeightedPage[] {
  const withProvider = (entries: readonly string[]) => (entries.includes('provider') ? [] : [[...entries, 'provider']]);
  return [
    ...budgeted.map((entries) => ({ entries, weight: 2 })),
    ...budgeted.flatMap(withProvider).map((entries) => ({ entries, weight: 0.5 })),
    ...folders.flatMap((folder) => [[folder], ...withProvider([folder])]).map((entries) => ({ entries, weight: 0.25 })),
  ];
}
