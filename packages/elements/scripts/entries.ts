// Writes src/define.ts, the module of the main entry that defines every element and exports its
// class: one `export *` per element folder (scripts/elements.ts), so a new element joins the
// main entry (`@menteo/elements`) and the embed bundle (dist/menteo.js, rollup's input is the
// main entry) without anyone listing it. `pnpm run manifest` runs this first.
//
// `--check` exits 1 when the committed src/define.ts is not what this would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementFolders, sourceDir } from './elements.js';

/**
 * The text of src/define.ts for these element folders (in this order).
 *
 * @example `mainEntry(['provider', 'mentor-card']).includes("export * from './mentor-card/define.js';") // true`
 */
export function mainEntry(folders: readonly string[]): string {
  return `// Generated from the src/*/define.ts files by scripts/entries.ts (\`pnpm run manifest\`). Do not edit.
/**
 * Defines every element and exports their classes (\`package.json\` lists this module under
 * \`sideEffects\`, so bundlers keep it). The provider comes first: the elements ask it for a connection.
 *
 * @example \`import '@menteo/elements'; // imports this\`
 */
${folders.map((folder) => `export * from './${folder}/define.js';`).join('\n')}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = join(sourceDir, 'define.ts');
  const folders = elementFolders();
  const text = mainEntry(folders);
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== text) {
      console.error('stale: packages/elements/src/define.ts does not list every src/*/define.ts\nrun: pnpm --filter @menteo/elements run manifest');
      process.exit(1);
    }
    console.log(`src/define.ts is up to date (${folders.length} elements)`);
  } else if (process.env.CI && readFileSync(file, 'utf8') !== text) {
    // In CI a build must not quietly refresh a committed file (as with custom-elements.json).
    console.error(
      'stale: packages/elements/src/define.ts does not list every src/*/define.ts\nrun: pnpm --filter @menteo/elements run manifest, and commit it',
    );
    process.exit(1);
  } else {
    writeFileSync(file, text);
    console.log(`wrote src/define.ts (${folders.join(', ')})`);
  }
}
