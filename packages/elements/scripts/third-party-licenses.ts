// The license texts of the third-party packages a bundle carries, for the file that ships beside
// it (dist/menteo.js.LICENSE.txt, written by rollup.config.mjs). MIT and BSD-3-Clause both ask
// that copies carry the copyright notice and the license; terser keeps only our banner, and the
// banner cannot hold them all, so it points here. A package without a license file stops the
// build: nothing ships without its notice.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One package a bundle carries, with its license text. */
export interface PackageNotice {
  /** Its npm name (`lit-html`, `@lit/reactive-element`). */
  name: string;
  /** Its version. */
  version: string;
  /** Its SPDX license expression, as its package.json says. */
  license: string;
  /** Its license file, as published. */
  text: string;
}

/**
 * The packages (outside our own) that modules come from, found from each module's path: the part
 * after its last `node_modules/`, then the package's folder. Sorted by name; each package once.
 *
 * @throws {Error} when a package has no license file.
 * @example `packageNotices(['/repo/node_modules/.pnpm/nanostores@1.5.5/node_modules/nanostores/atom/index.js'])[0].license // 'MIT'`
 */
export function packageNotices(moduleIds: Iterable<string>): PackageNotice[] {
  const folders = new Map<string, string>();
  for (const id of moduleIds) {
    const match = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(id.replaceAll('\\', '/'));
    if (match && !match[2]!.startsWith('.')) folders.set(match[2]!, match[1]! + match[2]!);
  }
  return [...folders]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, folder]) => {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string; license?: string };
      const file = existsSync(folder) ? readdirSync(folder).find((entry) => /^(licen[sc]e|copying)(\.(md|txt))?$/i.test(entry)) : undefined;
      if (!file) throw new Error(`${name} has no license file in ${folder}: its notice cannot ship with the bundle`);
      return { name, version: manifest.version, license: manifest.license ?? 'see its license file', text: readFileSync(join(folder, file), 'utf8').trim() };
    });
}

/**
 * The text of the license file that ships beside a bundle: a heading, then each package's name,
 * version, license and license text.
 *
 * @example `thirdPartyLicenses('dist/menteo.js', packageNotices(ids)).startsWith('Third-party software in dist/menteo.js') // true`
 */
export function thirdPartyLicenses(bundle: string, notices: readonly PackageNotice[]): string {
  const sections = notices.map((n) => `${n.name} ${n.version} (${n.license})\n${'-'.repeat(72)}\n${n.text}\n`);
  return `Third-party software in ${bundle}, with the license each is used under.\n\n${sections.join('\n')}`;
}
