// Keeps the docs' script tags pinned to this build: every
// `https://cdn.jsdelivr.net/npm/@menteo/elements@<version>/dist/cdn/menteo-loader.js` (and the
// one-file `…/dist/menteo.js`) in docs/guides/*.md and the READMEs gets package.json's version and,
// where the tag carries `integrity="…"`, the hash of the built file (dist/cdn/integrity.json for
// the loader, dist/menteo.js's own for the bundle). `pnpm run cdn-docs` writes them after a build;
// `--check` (and scripts/cdn-docs.test.ts) exits 1 when a doc is not what this would write.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sri } from './cdn-manifest.js';

const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const repoRoot = join(packageRoot, '../..');

/** What a pinned URL must say: the version, and the SRI hash of each file by its path in the package. */
export interface Pins {
  version: string;
  /** By path in the package: `dist/cdn/menteo-loader.js`, `dist/menteo.js`. */
  integrity: Record<string, string>;
}

const pinned =
  /https:\/\/cdn\.jsdelivr\.net\/npm\/@menteo\/elements@[^/\s"'`]+\/(dist\/(?:cdn\/menteo-loader|menteo)\.js)("\s+integrity=")?(sha384-[A-Za-z0-9+/=]*)?/g;

/**
 * `text` with every pinned URL of the loader or the bundle set to `pins` (the integrity only where
 * the tag has one: an `import … from` has none).
 *
 * @example `pinUrls('src="https://cdn.jsdelivr.net/npm/@menteo/elements@0.0.1/dist/menteo.js"', pins) // '…@menteo/elements@0.1.0/dist/menteo.js"'`
 */
export function pinUrls(text: string, pins: Pins): string {
  return text.replace(pinned, (_, file: string, attribute: string | undefined) => {
    const url = `https://cdn.jsdelivr.net/npm/@menteo/elements@${pins.version}/${file}`;
    if (!attribute) return url;
    const hash = pins.integrity[file];
    if (!hash) throw new Error(`cdn-docs: no integrity for ${file}`);
    return `${url}${attribute}${hash}`;
  });
}

/**
 * The pins of the build in dist/ (needs `pnpm run build`).
 *
 * @example `builtPins().integrity['dist/cdn/menteo-loader.js'] // 'sha384-…'`
 */
export function builtPins(root = packageRoot): Pins {
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const integrity = JSON.parse(readFileSync(join(root, 'dist/cdn/integrity.json'), 'utf8')) as Record<string, string>;
  return {
    version,
    integrity: {
      'dist/cdn/menteo-loader.js': integrity['menteo-loader.js']!,
      'dist/menteo.js': sri(readFileSync(join(root, 'dist/menteo.js'))),
    },
  };
}

/**
 * The docs that show script tags: docs/guides/*.md and the README of the repository, of each
 * package and of each example (absolute paths).
 *
 * @example `docFiles().some((f) => f.endsWith('quick-start-blog.md')) // true`
 */
export function docFiles(root = repoRoot): string[] {
  const inDir = (dir: string, keep: (name: string) => boolean) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter(keep)
          .map((name) => join(root, dir, name))
      : [];
  const readmes = (dir: string) => inDir(dir, () => true).map((d) => join(d, 'README.md'));
  return [...inDir('docs/guides', (name) => name.endsWith('.md')), join(root, 'README.md'), ...readmes('packages'), ...readmes('examples')].filter((file) =>
    existsSync(file),
  );
}

/**
 * The docs whose pinned URLs are not `pins`' (relative to the repository), with their new text.
 *
 * @example `staleDocs(builtPins()).map(([file]) => file) // [] once `pnpm run cdn-docs` has run`
 */
export function staleDocs(pins: Pins, files = docFiles()): [file: string, text: string][] {
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const pinnedText = pinUrls(text, pins);
    return pinnedText === text ? [] : [[relative(repoRoot, file), pinnedText] as [string, string]];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const stale = staleDocs(builtPins());
  if (stale.length > 0 && process.argv.includes('--check')) {
    console.error(`not pinned to this build: ${stale.map(([file]) => file).join(', ')}\nrun: pnpm --filter @menteo/elements run cdn-docs`);
    process.exit(1);
  }
  for (const [file, text] of stale) writeFileSync(join(repoRoot, file), text);
  console.log(stale.length > 0 ? `pinned ${stale.map(([file]) => file).join(', ')}` : 'docs pinned to this build');
}
