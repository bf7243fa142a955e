// Writes the elements' entry points from their folders (scripts/elements.ts), so that a new
// element needs no list and no boilerplate:
//   src/<folder>/define.ts   its own entry point, `@menteo/elements/<folder>` (package.json's `./*`
//                            export): defines `<menteo-<folder>>` and exports the class
//   src/define.ts            the main entry's part that defines every element and exports the
//                            classes (`@menteo/elements`, and so the embed bundle, rollup's input)
//   src/locales/element-strings.ts   every element's English strings as one type: `Translation`,
//                            what `registerTranslation` takes (the sub-elements' of src/internal/ too)
//   src/locales/shipped.ts   the shipped catalogs, merged (`@menteo/elements/locales`): a
//                            translator's starting point, and what tests expect a page to show
// `pnpm run manifest` runs this first. `--check` exits 1 when a committed file is not what this
// would write (scripts/elements.test.ts checks the same).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ElementFolder, elementFolders, sourceDir } from './elements.js';

const banner = (from: string) => `// Generated from ${from} by scripts/entries.ts (\`pnpm run manifest\`). Do not edit.\n`;

/**
 * The text of an element's own entry point, src/<folder>/define.ts.
 *
 * @example `elementEntry({ folder: 'mentor-card', tag: 'menteo-mentor-card', className: 'MenteoMentorCard', module: 'mentor-card.ts' })`
 */
export function elementEntry({ folder, tag, className, module }: ElementFolder): string {
  return `${banner(`src/${folder}/${module}`)}/**
 * Defines \`<${tag}>\`: the element's own entry point, for pages that use only it
 * (\`import '@menteo/elements/${folder}'\`).
 *
 * @example \`import { ${className} } from '@menteo/elements/${folder}';\`
 */
import { ${className} } from './${module.replace(/\.ts$/, '.js')}';

${className}.define('${tag}');

export { ${className} };
`;
}

/**
 * The text of src/define.ts for these elements (in this order).
 *
 * @example `mainEntry(elementFolders()).includes("export * from './mentor-card/define.js';") // true`
 */
export function mainEntry(elements: readonly ElementFolder[]): string {
  return `${banner('the element folders of src/')}/**
 * Defines every element and exports their classes (\`package.json\` lists this module under
 * \`sideEffects\`, so bundlers keep it). The provider comes first: the elements ask it for a connection.
 *
 * @example \`import '@menteo/elements'; // imports this\`
 */
${elements.map(({ folder }) => `export * from './${folder}/define.js';`).join('\n')}
`;
}

/** A catalog: a `<module>.strings.ts` beside an element's class or a sub-element's (src/internal/<dir>/). */
interface CatalogFile {
  /** Its name in the generated modules (`mentorCard`, `requestDialog`). */
  name: string;
  /** Relative to src/, without `.ts` (`mentor-card/mentor-card.strings`). */
  file: string;
}

const camel = (folder: string) => folder.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * Every catalog: each element's, in folder order, then each sub-element's under src/internal/
 * (the card's request dialog: loaded on demand, but its strings are as translatable).
 *
 * @example `catalogFiles(elementFolders()).map((c) => c.name) // ['inboxBadge', …, 'requestDialog', 'threadFeedCommentActions', …]`
 */
export function catalogFiles(elements: readonly ElementFolder[], src = sourceDir): CatalogFile[] {
  const internal = join(src, 'internal');
  const subElements = existsSync(internal)
    ? readdirSync(internal, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => ({ folder: entry.name, file: `internal/${entry.name}/${entry.name}.strings` }))
        .sort((a, b) => a.folder.localeCompare(b.folder))
    : [];
  const own = elements
    .map(({ folder, module }) => ({ folder, file: `${folder}/${module.replace(/\.ts$/, '')}.strings` }))
    .filter(({ file }) => existsSync(join(src, `${file}.ts`)))
    .map(({ folder, file }) => ({ name: camel(folder), file }));
  // A part's own catalog beside its element (thread-feed/comment-actions.strings: loaded with the
  // part, on demand): as translatable as the element's, so in the Translation type and in shipped.
  const parts = elements.flatMap(({ folder, module }) =>
    readdirSync(join(src, folder))
      .filter((file) => /^[a-z0-9-]+\.strings\.ts$/.test(file) && file !== `${module.replace(/\.ts$/, '')}.strings.ts`)
      .sort()
      .map((file) => ({ name: camel(`${folder}-${file.replace(/\.strings\.ts$/, '')}`), file: `${folder}/${file.replace(/\.ts$/, '')}` })),
  );
  return [
    ...own,
    ...subElements.filter(({ file }) => existsSync(join(src, `${file}.ts`))).map(({ folder, file }) => ({ name: camel(folder), file })),
    ...parts,
  ];
}

/**
 * The text of src/locales/element-strings.ts: the English strings of every catalog
 * (laid out as Biome does: on one line when it fits).
 *
 * @example `elementStrings(elementFolders()).includes("import type { en as mentorCard } from '../mentor-card/mentor-card.strings.js';") // true`
 */
export function elementStrings(elements: readonly ElementFolder[], src = sourceDir): string {
  const catalogs = catalogFiles(elements, src);
  const head = 'export type ElementStrings = ';
  const parts = catalogs.map(({ name }) => `typeof ${name}`);
  const oneLine = `${head}${parts.join(' & ') || 'unknown'};`;
  return `${banner('the element folders of src/')}${catalogs.map(({ name, file }) => `import type { en as ${name} } from '../${file}.js';`).join('\n')}

/** Every element's English strings, by key (types only: naming this bundles no element's strings). */
${oneLine.length <= 160 ? oneLine : `${head}${parts.join(' &\n  ')};`}
`;
}

/**
 * The text of src/locales/shipped.ts: every catalog's English and Spanish, merged.
 *
 * @example `shippedStrings(elementFolders()).includes("import mentorCardEs from '../mentor-card/mentor-card.strings.es.js';") // true`
 */
export function shippedStrings(elements: readonly ElementFolder[], src = sourceDir): string {
  const catalogs = catalogFiles(elements, src);
  const imports = catalogs.flatMap(({ name, file }) => [`import { en as ${name}En } from '../${file}.js';`, `import ${name}Es from '../${file}.es.js';`]);
  const merged = (suffix: string) => catalogs.map(({ name }) => `    ...${name}${suffix},`).join('\n');
  return `${banner('the element folders of src/')}${imports.join('\n')}
import type { Translation } from './index.js';

/**
 * Every string the elements ship, in English and in Spanish, by key (\`@menteo/elements/locales\`):
 * a translator's starting point for \`registerTranslation\`, and what a page in either language
 * shows. No element imports this: each loads only its own catalog.
 *
 * @example \`shipped.es.retry // 'Reintentar'\`
 */
export const shipped: { readonly en: Translation; readonly es: Translation } = {
  en: {
${merged('En')}
  },
  es: {
${merged('Es')}
  },
};
`;
}

/**
 * Every file this script writes, by path (absolute), with its text.
 *
 * @example `entryFiles().get(join(sourceDir, 'define.ts'))`
 */
export function entryFiles(src = sourceDir): Map<string, string> {
  const elements = elementFolders(src);
  return new Map([
    ...elements.map((element) => [join(src, element.folder, 'define.ts'), elementEntry(element)] as const),
    [join(src, 'define.ts'), mainEntry(elements)],
    [join(src, 'locales', 'element-strings.ts'), elementStrings(elements, src)],
    [join(src, 'locales', 'shipped.ts'), shippedStrings(elements, src)],
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = entryFiles();
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  };
  const stale = [...files].filter(([file, text]) => read(file) !== text).map(([file]) => file.replace(sourceDir, 'src/'));
  // In CI a build must not quietly refresh a committed file (as with custom-elements.json).
  if (stale.length && (process.argv.includes('--check') || process.env.CI)) {
    console.error(`stale: packages/elements/${stale.join(', ')}\nrun: pnpm --filter @menteo/elements run manifest, and commit the result`);
    process.exit(1);
  }
  for (const [file, text] of files) if (read(file) !== text) writeFileSync(file, text);
  console.log(`${stale.length ? `wrote ${stale.join(', ')}` : 'entry points up to date'} (${files.size - 3} elements)`);
}
