// The elements of this package, found instead of listed: every folder of src/ with a module that
// exports the element's class, named for the folder (`src/mentor-card/` → `MenteoMentorCard`,
// which defines `<menteo-mentor-card>`). Its entry point (src/<folder>/define.ts), the main entry
// (src/define.ts), both written by scripts/entries.ts, and the size budgets (scripts/size-budgets.ts)
// are made from this, so a new element is its folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's src/ folder. */
export const sourceDir = fileURLToPath(new URL('../src/', import.meta.url));

/** One element, as its folder holds it. */
export interface ElementFolder {
  /** The folder in src/ (`mentor-card`): also the entry point's subpath, `@menteo/elements/mentor-card`. */
  folder: string;
  /** The tag it defines (`menteo-mentor-card`). */
  tag: string;
  /** The element's class (`MenteoMentorCard`). */
  className: string;
  /** The module, in the folder, that exports the class (`mentor-card.ts`). */
  module: string;
}

/**
 * The tag an element folder defines.
 *
 * @example `tagOf('mentor-card') // 'menteo-mentor-card'`
 */
export const tagOf = (folder: string): string => `menteo-${folder}`;

/**
 * The class an element folder must export: its tag in PascalCase.
 *
 * @example `classOf('mentor-card') // 'MenteoMentorCard'`
 */
export const classOf = (folder: string): string => tagOf(folder).replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** Modules that cannot hold an element's class: tests, screenshots, styles, strings, the generated entry point. */
const notTheClass = /(\.test|\.screenshots|\.styles|\.strings(\.[a-z-]+)?|^define)\.ts$/;

/** The module of `dir` that exports `className` (`export class MenteoMentorCard …`), if any. */
function moduleExporting(dir: string, className: string): string | undefined {
  const declaration = new RegExp(`^export class ${className}\\b`, 'm');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && !notTheClass.test(file))
    .sort()
    .find((file) => declaration.test(readFileSync(join(dir, file), 'utf8')));
}

/**
 * Every element folder of `src`: the provider first (a page's elements upgrade in the order they
 * are defined, and the provider answers their requests for a connection), then by folder name.
 *
 * @example `elementFolders().map((e) => e.folder) // ['provider', 'mentor-card', 'mentor-search', 'need-finder', …]`
 */
export function elementFolders(src = sourceDir): ElementFolder[] {
  const found: ElementFolder[] = [];
  for (const entry of readdirSync(src, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const className = classOf(entry.name);
    const module = moduleExporting(join(src, entry.name), className);
    if (module) found.push({ folder: entry.name, tag: tagOf(entry.name), className, module });
  }
  return found.sort((a, b) => Number(b.folder === 'provider') - Number(a.folder === 'provider') || (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
}
