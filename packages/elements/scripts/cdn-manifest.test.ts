// The CDN build's bookkeeping: the page totals the size report holds to budget and the maps the
// loader checks chunks with (from a made-up chunk graph, so the sums are known), and
// dist/cdn/integrity.json and the lazy map against hashes recomputed from the built files (needs
// `pnpm run build`, as scripts/size.ts does).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { LazyMap } from '../src/loader/chunk-map.js';
import { type ChunkManifest, chunkManifest, chunkMap, gzipSize, lazyMap, pageLoad, sri, staticClosure } from './cdn-manifest.js';

const chunk = (gzip: number, imports: string[] = [], dynamicImports: string[] = []) => ({ imports, dynamicImports, bytes: gzip * 3, gzip });

/** Two elements sharing Lit and the SDK; the card's Spanish and dialog are import()s. */
const graph: ChunkManifest = {
  version: '1.2.3',
  entries: { 'mentor-card': 'mentor-card.js', 'thread-feed': 'thread-feed.js' },
  chunks: {
    'mentor-card.js': chunk(300, ['card-A1.js'], ['card.es-B2.js', 'dialog-C3.js']),
    'card-A1.js': chunk(2000, ['lit-D4.js', 'sdk-E5.js']),
    'thread-feed.js': chunk(9000, ['lit-D4.js', 'sdk-E5.js', 'markdown-F6.js']),
    'markdown-F6.js': chunk(2100, ['lit-D4.js']),
    'lit-D4.js': chunk(6000),
    'sdk-E5.js': chunk(5000),
    'card.es-B2.js': chunk(700, ['lit-D4.js']),
    'dialog-C3.js': chunk(3000, ['sdk-E5.js']),
  },
};

describe('page loads through the loader', () => {
  it("a card's page is the loader, its entry and the chunks it imports statically, not its import()s", () => {
    assert.deepEqual(staticClosure(graph, 'mentor-card.js'), ['mentor-card.js', 'card-A1.js', 'lit-D4.js', 'sdk-E5.js']);
    const page = pageLoad(graph, 1500, ['mentor-card']);
    assert.deepEqual(page.files, ['mentor-card.js', 'card-A1.js', 'lit-D4.js', 'sdk-E5.js']);
    assert.equal(page.gzip, 1500 + 300 + 2000 + 6000 + 5000);
  });

  it('counts a chunk two elements share once', () => {
    const page = pageLoad(graph, 1500, ['mentor-card', 'thread-feed']);
    assert.equal(page.files.length, 6);
    assert.equal(page.gzip, 1500 + 300 + 2000 + 6000 + 5000 + 9000 + 2100);
  });

  it('refuses an element or a chunk the build does not have', () => {
    assert.throws(() => pageLoad(graph, 0, ['room-widget']), /no element room-widget/);
    const broken: ChunkManifest = { ...graph, chunks: { ...graph.chunks, 'card-A1.js': chunk(1, ['gone-Z9.js']) } };
    assert.throws(() => pageLoad(broken, 0, ['mentor-card']), /no chunk gone-Z9\.js/);
  });

  it("the manifest records rollup's chunks: entries by name, imports, sizes", () => {
    const code = 'export const x = 1;';
    const manifest = chunkManifest('1.2.3', [
      { fileName: 'lit-D4.js', code, imports: [], dynamicImports: [], isEntry: false, name: 'lit' },
      { fileName: 'mentor-card.js', code, imports: ['lit-D4.js'], dynamicImports: ['card.es-B2.js'], isEntry: true, name: 'mentor-card' },
    ]);
    assert.deepEqual(manifest.entries, { 'mentor-card': 'mentor-card.js' });
    assert.deepEqual(manifest.chunks['mentor-card.js'], {
      imports: ['lit-D4.js'],
      dynamicImports: ['card.es-B2.js'],
      bytes: code.length,
      gzip: gzipSize(code),
    });
  });
});

describe("the loader's maps", () => {
  const hash = (file: string) => `sha256-of-${file}`;

  it("the elements' map: each entry's integrity, then the indexes of its static imports, each file listed once", () => {
    assert.deepEqual(chunkMap(graph, ['mentor-card', 'thread-feed'], hash), {
      files: ['card-A1.js', 'lit-D4.js', 'sdk-E5.js', 'markdown-F6.js'],
      integrity: ['sha256-of-card-A1.js', 'sha256-of-lit-D4.js', 'sha256-of-sdk-E5.js', 'sha256-of-markdown-F6.js'],
      elements: { 'mentor-card': ['sha256-of-mentor-card.js', 0, 1, 2], 'thread-feed': ['sha256-of-thread-feed.js', 1, 2, 3] },
    });
  });

  it("the lazy map: every chunk's import() by its specifier, the target and those of its static imports its importers do not import, each with its hash", () => {
    assert.deepEqual(lazyMap(graph, hash), {
      // The card's entry imports Lit and the SDK: both ran before it can import() anything.
      './card.es-B2.js': [['card.es-B2.js', 'sha256-of-card.es-B2.js']],
      './dialog-C3.js': [['dialog-C3.js', 'sha256-of-dialog-C3.js']],
    });
    // Imported by the feed too, which loads no card chunk: the card's chunk may not have run.
    const shared: ChunkManifest = {
      ...graph,
      chunks: {
        ...graph.chunks,
        'thread-feed.js': chunk(9000, ['lit-D4.js', 'sdk-E5.js', 'markdown-F6.js'], ['dialog-C3.js']),
        'dialog-C3.js': chunk(3000, ['sdk-E5.js', 'card-A1.js']),
      },
    };
    assert.deepEqual(lazyMap(shared, hash)['./dialog-C3.js'], [
      ['dialog-C3.js', 'sha256-of-dialog-C3.js'],
      ['card-A1.js', 'sha256-of-card-A1.js'],
    ]);
  });
});

describe('dist/cdn/integrity.json', () => {
  it("writes SRI values: sha384, base64 (FIPS 180-2's 'abc' vector)", () => {
    assert.equal(sri('abc'), 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn');
  });

  const cdn = join(import.meta.dirname, '../dist/cdn');

  it('holds the sha384 of the loader and of every chunk as built', () => {
    assert.ok(existsSync(join(cdn, 'integrity.json')), 'dist/cdn/ is missing: run pnpm run build first');
    const integrity = JSON.parse(readFileSync(join(cdn, 'integrity.json'), 'utf8')) as Record<string, string>;
    const built = readdirSync(cdn).filter((file) => file.endsWith('.js'));
    assert.deepEqual(Object.keys(integrity).sort(), [...built, '../menteo-loader.js'].sort());
    assert.ok(built.includes('menteo-lazy.js'), built.join(', '));
    for (const [file, hash] of Object.entries(integrity)) {
      const recomputed = `sha384-${createHash('sha384')
        .update(readFileSync(join(cdn, file)))
        .digest('base64')}`;
      assert.equal(hash, recomputed, file);
    }
  });
});

describe('dist/cdn/menteo-lazy.js: every import() of a chunk goes through the loader, checked', () => {
  const cdn = join(import.meta.dirname, '../dist/cdn');
  const read = (file: string) => readFileSync(join(cdn, file));
  const sha256 = (file: string) => `sha256-${createHash('sha256').update(read(file)).digest('base64')}`;

  it("no chunk keeps a bare import(): the build made each a call of the loader's menteoImport", () => {
    const chunks = readdirSync(cdn).filter((file) => file.endsWith('.js') && !file.startsWith('menteo-'));
    assert.ok(chunks.length > 20, chunks.join(', '));
    const bare = chunks.filter((file) => /(?<![\w$.])import\(/.test(read(file).toString()));
    assert.deepEqual(bare, []);
    const calls = chunks.filter((file) => read(file).toString().includes('menteoImport("./'));
    assert.ok(calls.length > 10, calls.join(', '));
  });

  it("names every chunk's import() target, with the sha256 of it and of each chunk it imports statically", async () => {
    const manifest = JSON.parse(read('menteo-chunks.json').toString()) as ChunkManifest;
    const lazy = ((await import(join(cdn, 'menteo-lazy.js'))) as { default: LazyMap }).default;
    const targets = new Set(Object.values(manifest.chunks).flatMap((c) => c.dynamicImports));
    assert.deepEqual(Object.keys(lazy).sort(), [...targets].map((file) => `./${file}`).sort());
    for (const [specifier, chunks] of Object.entries(lazy)) {
      const file = specifier.slice(2);
      // Each chunk of the target's static closure is in the map, or imported by every chunk that import()s it.
      const importers = Object.keys(manifest.chunks).filter((each) => manifest.chunks[each]!.dynamicImports.includes(file));
      assert.equal(chunks[0]![0], file);
      for (const needed of staticClosure(manifest, file)) {
        const listed = chunks.some(([each]) => each === needed);
        assert.ok(listed || importers.every((importer) => staticClosure(manifest, importer).includes(needed)), `${specifier}: ${needed}`);
      }
      for (const [each, integrity] of chunks) assert.equal(integrity, sha256(each), each);
    }
  });

  it('the loader pins the lazy map by its sha256', () => {
    assert.ok(read('menteo-loader.js').toString().includes(sha256('menteo-lazy.js')));
  });
});
