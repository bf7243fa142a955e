// Packages reach each other only through their public entry points (`@menteo/sdk`,
// `@menteo/sandbox/testing`, …) or @menteo/test-support, never by a relative path into another
// package's src/, test/ or scripts/: such a path skips the package's exports, so it works in
// this checkout and nowhere else, and it ties a test to another package's file layout.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The workspace's packages (pnpm-workspace.yaml): `packages/*`, `examples/*`, `test`, `docs`. */
function workspacePackages(root: string): string[] {
  const folders = (parent: string) =>
    readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(parent, entry.name));
  return [...folders('packages'), ...folders('examples'), 'test', 'docs'];
}

/** Folders that hold no source of ours: dependencies, build products, generated sites. */
const skipped = new Set(['node_modules', 'dist', 'site', 'reference', '.menteo', '.readme-snippets', 'coverage']);
const sourceFile = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !skipped.has(entry.name)) yield* sourceFiles(join(dir, entry.name));
    else if (entry.isFile() && sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts')) yield join(dir, entry.name);
  }
}

/** Relative specifiers of static imports and re-exports, dynamic `import()`, type `import()`s and `tsImport()`. */
const relativeSpecifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\btsImport\s*\(\s*)(['"])(\.\.?\/[^'"]+)\1/g;

/**
 * Every import, in the workspace under `root`, of another package's `src/`, `test/` or
 * `scripts/` by a relative path, as `file: specifier` (paths relative to `root`).
 *
 * @example crossPackageImports(repoRoot) // []
 */
export function crossPackageImports(root: string): string[] {
  const packages = workspacePackages(root);
  const packageOf = (path: string) => packages.find((pkg) => path === pkg || path.startsWith(`${pkg}${sep}`));
  const found: string[] = [];
  for (const pkg of packages) {
    for (const file of sourceFiles(join(root, pkg))) {
      const text = readFileSync(file, 'utf8');
      for (const [, , specifier] of text.matchAll(relativeSpecifier)) {
        if (!specifier) continue;
        const target = relative(root, resolve(dirname(file), specifier));
        const owner = packageOf(target);
        if (!owner || owner === pkg) continue;
        const inside = relative(owner, target).split(sep)[0];
        if (inside === 'src' || inside === 'test' || inside === 'scripts') found.push(`${relative(root, file)}: ${specifier}`);
      }
    }
  }
  return found;
}

describe('imports between packages', () => {
  it('no file imports another package’s src/, test/ or scripts/ by a relative path', () => {
    assert.deepEqual(crossPackageImports(repoRoot), [], 'import these through the package’s name (add an entry point) or @menteo/test-support');
  });

  it('the check finds such imports (static, dynamic, type-only, tsImport) and lets a package import its own files', () => {
    const root = mkdtempSync(join(tmpdir(), 'menteo-imports-'));
    try {
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      };
      // Built from `up`, so that this file's own text holds none of the imports it plants.
      const up = '../..';
      for (const folder of ['examples/blog', 'test', 'docs']) mkdirSync(join(root, folder), { recursive: true });
      write('packages/elements/scripts/size.ts', 'export {};\n');
      write('packages/sandbox/src/app.ts', "import { clock } from './clock.js';\nimport { harness } from '../test/support/harness.js';\n");
      write('packages/sdk/src/x.test.ts', `import { createApp } from '${up}/sandbox/src/app.js';\n`);
      write(
        'packages/sdk/test/y.ts',
        `export { startSandbox } from '${up}/sandbox/test/support/harness.js';\nconst m = await import('${up}/elements/scripts/size.js');\n`,
      );
      write(
        'test/support/z.mjs',
        `/** @type {import('${up}/packages/sdk/test/shared/host.ts').Host} */\nawait tsImport('${up}/packages/sdk/test/shared/host.ts', import.meta.url);\n`,
      );
      write('docs/scripts/ok.ts', "import { demo } from '../src/demo.js';\nimport { chromium } from '../../test/support/chromium.mjs';\n");
      assert.deepEqual(crossPackageImports(root).sort(), [
        'packages/sdk/src/x.test.ts: ../../sandbox/src/app.js',
        'packages/sdk/test/y.ts: ../../elements/scripts/size.js',
        'packages/sdk/test/y.ts: ../../sandbox/test/support/harness.js',
        'test/support/z.mjs: ../../packages/sdk/test/shared/host.ts',
        'test/support/z.mjs: ../../packages/sdk/test/shared/host.ts',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
