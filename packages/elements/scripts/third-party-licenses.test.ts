// The license file beside the embed bundle: every third-party package the bundle's modules come
// from, once, with its license text as published; our own modules are not third-party; a package
// without a license file fails rather than ships without its notice.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packageNotices, thirdPartyLicenses } from './third-party-licenses.js';

// Lit's own packages are found from lit, which depends on them (pnpm gives us lit alone).
const fromLit = createRequire(createRequire(import.meta.url).resolve('lit'));
/** A real module of an installed package, as rollup names it (its real path). */
const moduleOf = (specifier: string) => fromLit.resolve(specifier);

describe('third-party licenses', () => {
  it('lists each package the modules come from once, with its license text', () => {
    const ids = [
      moduleOf('lit'),
      moduleOf('lit-html'),
      moduleOf('lit-html/directive.js'),
      moduleOf('@lit/reactive-element'),
      '/repo/packages/sdk/src/index.ts',
    ];
    const notices = packageNotices(ids);
    assert.deepEqual(
      notices.map((n) => n.name),
      ['@lit/reactive-element', 'lit', 'lit-html'],
    );
    const litHtml = notices.find((n) => n.name === 'lit-html')!;
    assert.equal(litHtml.license, 'BSD-3-Clause');
    assert.match(litHtml.text, /^BSD 3-Clause License\s+Copyright \(c\) 2017 Google LLC/);
    assert.match(litHtml.version, /^\d+\.\d+\.\d+/);

    const text = thirdPartyLicenses('dist/menteo.js', notices);
    assert.match(text, /^Third-party software in dist\/menteo\.js/);
    for (const notice of notices) assert.ok(text.includes(`${notice.name} ${notice.version} (${notice.license})\n`) && text.includes(notice.text));
  });

  it('refuses a package without a license file', () => {
    const root = mkdtempSync(join(tmpdir(), 'menteo-licenses-'));
    try {
      const folder = join(root, 'node_modules', 'unlicensed');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'package.json'), '{"name":"unlicensed","version":"1.0.0"}');
      const id = join(folder, 'index.js');
      writeFileSync(id, 'export {};');
      assert.throws(() => packageNotices([id]), /unlicensed has no license file/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
