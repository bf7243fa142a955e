// A new element is its folder: nothing lists the elements by hand. These tests add a made-up
// element folder to a scratch copy of the package and check that it gets the main entry's
// export, its own entry point (`@menteo/elements/<folder>`, for Node and for TypeScript) and a
// size budget; and that the committed src/define.ts lists every element folder of src/.
// (test/packaging/elements.test.ts checks the built outputs and the docs for the real ones.)
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { elementFolders, sourceDir, tagOf } from './elements.js';
import { mainEntry } from './entries.js';
import { defaultElementBudget, sizeEntries } from './size-budgets.js';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('the elements, found by their folders', () => {
  it('src/define.ts exports every src/*/define.ts (run pnpm run manifest when this fails)', () => {
    assert.equal(readFileSync(join(sourceDir, 'define.ts'), 'utf8'), mainEntry(elementFolders()));
  });

  it('each define.ts registers menteo-<its folder>', () => {
    const folders = elementFolders();
    assert.ok(folders.length >= 7, folders.join());
    for (const folder of folders) {
      const define = readFileSync(join(sourceDir, folder, 'define.ts'), 'utf8');
      assert.match(define, new RegExp(`\\.define\\('${tagOf(folder)}'\\);`), `src/${folder}/define.ts`);
    }
  });

  describe('a new element folder, in a scratch copy of the package', () => {
    let scratch: string;
    before(() => {
      scratch = mkdtempSync(join(tmpdir(), 'menteo-new-element-'));
      cpSync(join(root, 'package.json'), join(scratch, 'package.json'));
      for (const folder of ['provider', 'mentor-card', 'zz-new-element', 'internal']) mkdirSync(join(scratch, 'src', folder), { recursive: true });
      for (const folder of ['provider', 'mentor-card', 'zz-new-element']) writeFileSync(join(scratch, 'src', folder, 'define.ts'), '');
      // What the build makes of it: dist/<folder>/define.js and its declarations.
      mkdirSync(join(scratch, 'dist', 'zz-new-element'), { recursive: true });
      writeFileSync(join(scratch, 'dist', 'zz-new-element', 'define.js'), 'export {};\n');
      writeFileSync(join(scratch, 'dist', 'zz-new-element', 'define.d.ts'), 'export {};\n');
    });
    after(() => rmSync(scratch, { recursive: true, force: true }));

    it('is found, after the provider, and not a folder without define.ts', () => {
      assert.deepEqual(elementFolders(join(scratch, 'src')), ['provider', 'mentor-card', 'zz-new-element']);
    });

    it('joins the main entry (and so the embed bundle, whose input it is)', () => {
      assert.match(mainEntry(elementFolders(join(scratch, 'src'))), /^export \* from '\.\/zz-new-element\/define\.js';$/m);
    });

    it('is measured by the size script, against the default budget', () => {
      const entries = sizeEntries(elementFolders(join(scratch, 'src')));
      assert.deepEqual(
        entries.find((e) => e.file === 'dist/zz-new-element/define.js'),
        { name: 'zz new element alone', budget: defaultElementBudget, file: 'dist/zz-new-element/define.js' },
      );
      assert.equal(entries.at(-1)?.file, 'dist/index.js', 'and the main entry, which imports it');
    });

    it('is exported as @menteo/elements/<folder> by package.json, unchanged, for Node and TypeScript', () => {
      const probe = join(scratch, 'probe.ts');
      const resolved = createRequire(probe).resolve('@menteo/elements/zz-new-element');
      assert.equal(resolved, join(scratch, 'dist', 'zz-new-element', 'define.js'));
      const options = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
      const types = ts.resolveModuleName('@menteo/elements/zz-new-element', probe, options, ts.sys, undefined, undefined, ts.ModuleKind.ESNext);
      assert.equal(types.resolvedModule?.resolvedFileName, join(scratch, 'dist', 'zz-new-element', 'define.d.ts'));
    });
  });
});
