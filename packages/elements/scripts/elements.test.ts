// A new element is its folder: nothing lists the elements by hand. These tests add a made-up
// element folder (its class only) to a scratch copy of the package and check that it gets its
// own entry point (written for it, and exported as `@menteo/elements/<folder>` for Node and
// TypeScript), the main entry's export, its strings in `Translation` and a size budget; and that the committed entry points
// are what scripts/entries.ts writes. (test/packaging/elements.test.ts checks the built outputs,
// the React wrappers and the docs for the real elements.)
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { elementFolders, sourceDir } from './elements.js';
import { entryFiles } from './entries.js';
import { defaultElementBudget, sizeEntries } from './size-budgets.js';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('the elements, found by their folders', () => {
  it('finds each element by the class its folder exports, the provider first', () => {
    const elements = elementFolders().map((e) => `${e.folder} ${e.tag} ${e.className} ${e.module}`);
    // The provider first; the others in folder order (which element comes second depends on the folders there are).
    assert.equal(elements[0], 'provider menteo-provider MenteoProvider menteo-provider.ts');
    assert.ok(elements.includes('mentor-card menteo-mentor-card MenteoMentorCard mentor-card.ts'), elements.join());
    assert.deepEqual(elements.slice(1), elements.slice(1).toSorted());
    assert.ok(elements.length >= 7, elements.join());
  });

  it('the committed entry points are what scripts/entries.ts writes (run pnpm run manifest when this fails)', () => {
    for (const [file, text] of entryFiles()) assert.equal(readFileSync(file, 'utf8'), text, file.replace(sourceDir, 'src/'));
  });

  describe('a new element folder, in a scratch copy of the package', () => {
    let scratch: string;
    let src: string;
    before(() => {
      scratch = mkdtempSync(join(tmpdir(), 'menteo-new-element-'));
      src = join(scratch, 'src');
      cpSync(join(root, 'package.json'), join(scratch, 'package.json'));
      const files: Record<string, string> = {
        'provider/menteo-provider.ts': 'export class MenteoProvider extends MenteoElement {}',
        'mentor-card/mentor-card.ts': 'export class MenteoMentorCard extends MenteoConnectedElement {}',
        'zz-new-element/zz-new-element.ts': '/** A new element. */\nexport class MenteoZzNewElement extends MenteoConnectedElement {}',
        // Its styles and strings name the class too: only a module that exports it counts.
        'zz-new-element/zz-new-element.styles.ts': 'export class MenteoZzNewElement {}',
        'zz-new-element/zz-new-element.strings.ts': "export const strings = { en: { hello: 'Hello' } };",
        // Not elements: no class named for the folder.
        'internal/menteo-element.ts': 'export abstract class MenteoElement {}',
        'styles/controls.ts': 'export const controls = 1;',
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(src, path, '..'), { recursive: true });
        writeFileSync(join(src, path), text);
      }
      // What the build makes of it: dist/<folder>/define.js and its declarations.
      mkdirSync(join(scratch, 'dist', 'zz-new-element'), { recursive: true });
      writeFileSync(join(scratch, 'dist', 'zz-new-element', 'define.js'), 'export {};\n');
      writeFileSync(join(scratch, 'dist', 'zz-new-element', 'define.d.ts'), 'export {};\n');
    });
    after(() => rmSync(scratch, { recursive: true, force: true }));

    it('is found after the provider, with its class and module', () => {
      assert.deepEqual(
        elementFolders(src).map((e) => `${e.folder} ${e.tag} ${e.className} ${e.module}`),
        [
          'provider menteo-provider MenteoProvider menteo-provider.ts',
          'mentor-card menteo-mentor-card MenteoMentorCard mentor-card.ts',
          'zz-new-element menteo-zz-new-element MenteoZzNewElement zz-new-element.ts',
        ],
      );
    });

    it('gets its own entry point, which defines its tag, and joins the main entry (so the embed bundle)', () => {
      const files = entryFiles(src);
      const entry = files.get(join(src, 'zz-new-element', 'define.ts')) ?? '';
      assert.match(entry, /^import \{ MenteoZzNewElement \} from '\.\/zz-new-element\.js';$/m);
      assert.match(entry, /^MenteoZzNewElement\.define\('menteo-zz-new-element'\);$/m);
      assert.match(entry, /^export \{ MenteoZzNewElement \};$/m);
      assert.match(files.get(join(src, 'define.ts')) ?? '', /^export \* from '\.\/zz-new-element\/define\.js';$/m);
    });

    it('has its strings in the Translation type that registerTranslation takes', () => {
      const strings = entryFiles(src).get(join(src, 'locales', 'element-strings.ts')) ?? '';
      assert.match(strings, /^import type \{ en as zzNewElement \} from '\.\.\/zz-new-element\/zz-new-element\.strings\.js';$/m);
      assert.match(strings, /export type ElementStrings = typeof zzNewElement;/);
    });

    it('is measured by the size script, against the default budget', () => {
      const entries = sizeEntries(elementFolders(src).map((e) => e.folder));
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
