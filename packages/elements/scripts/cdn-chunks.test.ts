// The CDN build's chunk merging (scripts/cdn-chunks.ts) on made-up chunk graphs: incompressible
// code of known lengths, so whether a merge pays is known without a build.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { chunkAssignments, type GroupableChunk, mergeChunks, weightedPages } from './cdn-chunks.js';

/** Code gzip cannot shrink: `bytes` random bytes as base64. */
const noise = (bytes: number) => `export const x=${JSON.stringify(randomBytes(bytes).toString('base64'))};`;

function chunk(fileName: string, options: { imports?: string[]; isEntry?: boolean; bytes?: number } = {}): GroupableChunk {
  const name = fileName.replace(/(-\d+)?\.js$/, '');
  return {
    fileName,
    name,
    code: noise(options.bytes ?? 60),
    imports: options.imports ?? [],
    isEntry: options.isEntry ?? false,
    moduleIds: [`/src/${fileName.replace(/\.js$/, '')}.ts`],
  };
}

describe('mergeChunks', () => {
  it('merges small chunks that the same pages load', () => {
    const chunks = [chunk('card.js', { isEntry: true, imports: ['a-1.js', 'b-2.js'] }), chunk('a-1.js'), chunk('b-2.js')];
    const groups = mergeChunks(chunks, [{ entries: ['card'], weight: 1 }]);
    assert.deepEqual(
      groups.map((group) => [...group.members].sort()),
      [['a-1.js', 'b-2.js']],
    );
  });

  it('leaves apart a big chunk that one weighted page does not need: the merge would cost that page more than it saves', () => {
    const chunks = [
      chunk('card.js', { isEntry: true, imports: ['core-1.js'] }),
      chunk('feed.js', { isEntry: true, imports: ['core-1.js', 'feed-only-2.js'] }),
      chunk('core-1.js', { bytes: 2000 }),
      chunk('feed-only-2.js', { bytes: 2000 }),
    ];
    const pages = [
      { entries: ['card'], weight: 1 },
      { entries: ['feed'], weight: 1 },
    ];
    assert.deepEqual(mergeChunks(chunks, pages), []);
  });

  it('merges a chain of chunks that the pages load together into one', () => {
    const chunks = [
      chunk('card.js', { isEntry: true, imports: ['x-1.js'] }),
      chunk('x-1.js', { imports: ['y-2.js'] }),
      chunk('y-2.js', { imports: ['z-3.js'] }),
      chunk('z-3.js'),
    ];
    const groups = mergeChunks(chunks, [{ entries: ['card'], weight: 1 }]);
    assert.deepEqual(
      groups.map((group) => [...group.members].sort()),
      [['x-1.js', 'y-2.js', 'z-3.js']],
    );
  });

  it('leaves entries and chunks only import()ed (translations, dialogs) alone', () => {
    const chunks = [chunk('card.js', { isEntry: true, imports: ['a-1.js'] }), chunk('a-1.js'), chunk('card.strings.es-2.js')];
    const members = mergeChunks(chunks, [{ entries: ['card'], weight: 1 }]).flatMap((group) => group.members);
    assert.ok(!members.includes('card.js') && !members.includes('card.strings.es-2.js'), members.join());
  });
});

describe('chunkAssignments', () => {
  it("puts a merged group's modules in one chunk named for its biggest member; entries keep theirs", () => {
    const chunks = [
      chunk('mentor-card.js', { isEntry: true }),
      chunk('tokens-1.js', { bytes: 500 }),
      chunk('initials-2.js'),
      // A shared chunk named like an element (the SDK's stores/mentor-card.ts, say).
      chunk('mentor-card-3.js'),
    ];
    const assignments = chunkAssignments(chunks, [{ name: 'tokens', members: ['tokens-1.js', 'initials-2.js'] }]);
    assert.equal(assignments.get('/src/mentor-card.ts'), 'mentor-card');
    assert.equal(assignments.get('/src/tokens-1.ts'), 'tokens');
    assert.equal(assignments.get('/src/initials-2.ts'), 'tokens');
    const shared = assignments.get('/src/mentor-card-3.ts');
    assert.notEqual(shared, 'mentor-card');
  });
  it("puts a shared chunk that holds an element's define.ts into that element's entry, never in a `define` chunk", () => {
    const chunks = [
      chunk('thread-feed.js', { isEntry: true, imports: ['define-1.js'] }),
      { ...chunk('define-1.js'), moduleIds: ['/src/thread-feed/thread-feed.ts', '/src/thread-feed/define.ts'] },
      { ...chunk('define-2.js'), moduleIds: ['/src/ssr/define.ts'] },
    ];
    const assignments = chunkAssignments(chunks, []);
    assert.equal(assignments.get('/src/thread-feed/define.ts'), 'thread-feed');
    assert.equal(assignments.get('/src/thread-feed/thread-feed.ts'), 'thread-feed');
    assert.equal(assignments.get('/src/ssr/define.ts'), 'ssr', 'no entry of that name: named for its folder');
  });
  it("puts a shared chunk that holds an element's class into that element's entry (the search imports the card's entry)", () => {
    const chunks = [
      chunk('mentor-card.js', { isEntry: true, imports: ['mentor-card2-1.js'] }),
      chunk('mentor-search.js', { isEntry: true, imports: ['mentor-card2-1.js'] }),
      { ...chunk('mentor-card2-1.js'), moduleIds: ['/src/mentor-card/mentor-card.ts', '/src/mentor-card/mentor-card.styles.ts'] },
      { ...chunk('lit-1.js'), moduleIds: ['/node_modules/lit-html/lit-html.js'] },
    ];
    const assignments = chunkAssignments(chunks, []);
    assert.equal(assignments.get('/src/mentor-card/mentor-card.styles.ts'), 'mentor-card');
    assert.equal(assignments.get('/node_modules/lit-html/lit-html.js'), 'lit', 'no element named lit-html: a shared chunk');
  });
});

describe('weightedPages', () => {
  it('weighs the budgeted pages twice, with a provider at half, every element alone or with a provider at a quarter', () => {
    assert.deepEqual(weightedPages(['mentor-card', 'provider'], [['mentor-card']]), [
      { entries: ['mentor-card'], weight: 2 },
      { entries: ['mentor-card', 'provider'], weight: 0.5 },
      { entries: ['mentor-card'], weight: 0.25 },
      { entries: ['mentor-card', 'provider'], weight: 0.25 },
      { entries: ['provider'], weight: 0.25 },
    ]);
  });
});
