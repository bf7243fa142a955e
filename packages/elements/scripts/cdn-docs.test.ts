// The docs' script tags are real, pinned URLs of this build: version from package.json, the
// loader's integrity from dist/cdn/integrity.json, the bundle's from dist/menteo.js (needs
// `pnpm run build`; `pnpm run cdn-docs` rewrites them). No placeholder URL is left.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { builtPins, docFiles, type Pins, pinUrls, staleDocs } from './cdn-docs.js';

const pins: Pins = { version: '2.0.0', integrity: { 'dist/cdn/menteo-loader.js': 'sha384-LOADER', 'dist/menteo.js': 'sha384-BUNDLE' } };

describe('pinned script URLs', () => {
  it('sets the version, and the integrity where the tag has one', () => {
    const loader =
      '<script type="module" src="https://cdn.jsdelivr.net/npm/@menteo/elements@0.1.0/dist/cdn/menteo-loader.js" integrity="sha384-old" crossorigin="anonymous">';
    assert.equal(
      pinUrls(loader, pins),
      '<script type="module" src="https://cdn.jsdelivr.net/npm/@menteo/elements@2.0.0/dist/cdn/menteo-loader.js" integrity="sha384-LOADER" crossorigin="anonymous">',
    );
    const imported = "import { registerTranslation } from 'https://cdn.jsdelivr.net/npm/@menteo/elements@0.1.0/dist/menteo.js';";
    assert.equal(pinUrls(imported, pins), "import { registerTranslation } from 'https://cdn.jsdelivr.net/npm/@menteo/elements@2.0.0/dist/menteo.js';");
    const bundle = '<script type="module" src="https://cdn.jsdelivr.net/npm/@menteo/elements@1/dist/menteo.js" integrity="sha384-">';
    assert.equal(
      pinUrls(bundle, pins),
      '<script type="module" src="https://cdn.jsdelivr.net/npm/@menteo/elements@2.0.0/dist/menteo.js" integrity="sha384-BUNDLE">',
    );
  });

  it("the guides and READMEs show this build's version and hashes, and no placeholder URL", () => {
    const built = builtPins();
    assert.match(built.integrity['dist/cdn/menteo-loader.js']!, /^sha384-[A-Za-z0-9+/]{64}$/);
    assert.deepEqual(
      staleDocs(built).map(([file]) => file),
      [],
      'run: pnpm --filter @menteo/elements run cdn-docs',
    );
    const docs = docFiles().map((file) => [file, readFileSync(file, 'utf8')] as const);
    assert.deepEqual(
      docs.filter(([, text]) => text.includes('cdn.example')).map(([file]) => file),
      [],
    );
    const blog = docs.find(([file]) => file.endsWith('docs/guides/quick-start-blog.md'))![1];
    const loaderTag = `src="https://cdn.jsdelivr.net/npm/@menteo/elements@${built.version}/dist/cdn/menteo-loader.js" integrity="${built.integrity['dist/cdn/menteo-loader.js']}"`;
    assert.ok(blog.includes(loaderTag), loaderTag);
  });
});
