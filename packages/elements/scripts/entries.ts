// Writes the elements' entry points from their folders (scripts/elements.ts), so that a new
// element needs no list and no boilerplate:
//   src/<folder>/define.ts   its own entry point, `@menteo/elements/<folder>` (package.json's `./*`
//                            export): defines `<menteo-<folder>>` and exports the class
//   src/define.ts            the main entry's part that defines every element and exports the
//                            classes (`@menteo/elements`, and so the embed bundle, rollup's input)
//   src/locales/element-strings.ts   every element's English strings as one type: `Translation`,
//                            what `registerTranslation` takes
// `pnpm run manifest` runs this first. `--check` exits 1 when a committed file is not what this
// would write (scripts/elements.test.ts checks the same).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * The text of src/locales/element-strings.ts: the English strings of every element that has a
 * `<module>.strings.ts` beside its class (laid out as Biome does: on one line when it fits).
 *
 * @example `elementStrings(elementFolders()).includes("import type { strings as mentorCard } from '../mentor-card/mentor-card.strings.js';") // true`
 */
export function elementStrings(elements: readonly ElementFolder[], src = sourceDir): string {
  const catalogs = elements
    .map(({ folder, module }) => ({ folder, file: `${folder}/${module.replace(/\.ts$/, '')}.strings` }))
    .filter(({ file }) => existsSync(join(src, `${file}.ts`)))
    .map(({ folder, file }) => ({ name: folder.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()), file }));
  const head = 'export type ElementStrings = ';
  const parts = catalogs.map(({ name }) => `EnglishOf<typeof ${name}>`);
  const oneLine = `${head}${parts.join(' & ') || 'unknown'};`;
  return `${banner('the element folders of src/')}${catalogs.map(({ name, file }) => `import type { strings as ${name} } from '../${file}.js';`).join('\n')}

type EnglishOf<C> = C extends { en: infer E } ? E : never;

/** Every element's English strings, by key (types only: naming this bundles no element's strings). */
${oneLine.length <= 160 ? oneLine : `${head}${parts.join(' &\n  ')};`}
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
  console.log(`${stale.length ? `wrote ${stale.join(', ')}` : 'entry points up to date'} (${files.size - 2} elements)`);
}
