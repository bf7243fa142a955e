// The elements of this package, found instead of listed: every folder of src/ that has a
// define.ts (the element's own entry point, `@menteo/elements/<folder>` through the `./*` pattern
// of package.json's exports). The main entry (src/define.ts, written by scripts/entries.ts), the
// size budgets (scripts/size.ts) and their test read this, so a new element is its folder.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's src/ folder. */
export const sourceDir = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * The folders of `src` with a define.ts: the provider first (a page's elements upgrade in the
 * order they are defined, and the provider answers their requests for a connection), then by name.
 *
 * @example `elementFolders() // ['provider', 'mentor-card', 'mentor-search', 'need-finder', …]`
 */
export function elementFolders(src = sourceDir): string[] {
  return readdirSync(src, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(src, entry.name, 'define.ts')))
    .map((entry) => entry.name)
    .sort((a, b) => Number(b === 'provider') - Number(a === 'provider') || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The tag an element folder defines: every define.ts registers `menteo-<folder>`.
 *
 * @example `tagOf('mentor-card') // 'menteo-mentor-card'`
 */
export const tagOf = (folder: string): string => `menteo-${folder}`;
