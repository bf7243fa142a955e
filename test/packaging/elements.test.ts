// No element is left out: every element folder of packages/elements/src is in every output made
// from the elements, none of them from a list written by hand: its generated entry point and
// package.json's `./*` export of it, the main entry and the embed bundle, the size report, the
// Custom Elements Manifest, its React wrapper and its docs demo. A new element folder that one of
// them misses fails here. Needs the elements built (`pnpm --filter @menteo/elements run build`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const elements = join(root, 'packages/elements');

/**
 * The element folders, found as the elements' scripts find them (packages/elements/scripts/elements.ts):
 * a folder of src/ with a module that exports the class named for it (`mentor-card/` → `MenteoMentorCard`).
 */
const folders = readdirSync(join(elements, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((folder) => {
    const className = `menteo-${folder}`.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
    return readdirSync(join(elements, 'src', folder)).some(
      (file) =>
        /\.ts$/.test(file) &&
        !/(\.test|\.screenshots|\.styles|\.strings(\.[a-z-]+)?|^define)\.ts$/.test(file) &&
        new RegExp(`^export class ${className}\\b`, 'm').test(readFileSync(join(elements, 'src', folder, file), 'utf8')),
    );
  });

describe('every element folder reaches every output', () => {
  let sizeReport = '';
  before(async () => {
    // Exit 1 (a budget exceeded, a built file missing) still prints why: the tests below show it.
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/size.ts'], { cwd: elements }).catch(
      (error: { stdout: string; stderr: string }) => error,
    );
    sizeReport = stdout + stderr;
  });

  it('finds the elements', () => {
    assert.ok(folders.length >= 7, folders.join());
  });

  for (const folder of folders) {
    const tag = `menteo-${folder}`;
    describe(`<${tag}> (src/${folder})`, () => {
      it(`is @menteo/elements/${folder}, resolving to its built define.js`, () => {
        assert.ok(existsSync(join(elements, 'src', folder, 'define.ts')), `src/${folder}/define.ts: run pnpm --filter @menteo/elements run manifest`);
        const built = join(elements, 'dist', folder, 'define.js');
        assert.ok(existsSync(built), `dist/${folder}/define.js is built`);
        assert.ok(existsSync(join(elements, 'dist', folder, 'define.d.ts')), 'with its declarations');
        assert.equal(realpathSync(fileURLToPath(import.meta.resolve(`@menteo/elements/${folder}`))), built);
      });

      it('is defined by the main entry and by the embed bundle (dist/menteo.js)', () => {
        assert.match(readFileSync(join(elements, 'dist/define.js'), 'utf8'), new RegExp(`^export \\* from '\\./${folder}/define\\.js';$`, 'm'));
        assert.match(readFileSync(join(elements, 'dist/menteo.js'), 'utf8'), new RegExp(`\\.define\\("${tag}"\\)`));
      });

      it('is measured alone by the size script, within its budget', () => {
        assert.match(sizeReport, new RegExp(`^ {2}ok .*\\)  ${folder.replaceAll('-', ' ')} alone$`, 'm'), sizeReport);
      });

      it('has its strings, if any, in the Translation type (src/locales/element-strings.ts)', () => {
        const strings = readdirSync(join(elements, 'src', folder)).filter((file) => /\.strings\.ts$/.test(file));
        const translation = readFileSync(join(elements, 'src/locales/element-strings.ts'), 'utf8');
        for (const file of strings) assert.ok(translation.includes(`'../${folder}/${file.replace(/\.ts$/, '.js')}'`), `${folder}/${file}`);
      });

      it('is in the Custom Elements Manifest, defined by its define.ts', () => {
        const manifest = JSON.parse(readFileSync(join(elements, 'custom-elements.json'), 'utf8')) as {
          modules: { path: string; exports?: { kind: string; name: string }[] }[];
        };
        const define = manifest.modules.find((m) => m.path === `src/${folder}/define.ts`);
        assert.ok(define?.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag));
      });

      it('has a React wrapper that loads only its entry point', () => {
        const wrapper = join(root, 'packages/react/src/generated', `${folder}.ts`);
        assert.ok(existsSync(wrapper), `packages/react/src/generated/${folder}.ts`);
        assert.match(readFileSync(wrapper, 'utf8'), new RegExp(`from '@menteo/elements/${folder}';`));
      });

      it('has a live demo in the docs', () => {
        assert.ok(existsSync(join(root, 'docs/scripts/demos', `${folder}.ts`)), `docs/scripts/demos/${folder}.ts`);
      });
    });
  }
});
