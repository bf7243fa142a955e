// Builds the docs site once into a temporary folder for a test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../scripts/build.js';

/**
 * Builds the site into a fresh temporary folder; `remove()` deletes it.
 *
 * @example
 * ```ts
 * const site = await builtSite();
 * after(() => site.remove());
 * ```
 */
export async function builtSite(): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'menteo-docs-'));
  await buildSite({ out: dir, quiet: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
