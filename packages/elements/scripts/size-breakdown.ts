// Where an entry's bytes come from: bundles it exactly as scripts/size.ts measures it (its initial
// load, Lit and the SDK included), then gives every source module its share, found through the
// bundle's source map (what source-map-explorer does). Not a test and no budget: a map for whoever
// must make an element smaller. `pnpm run size:breakdown [folder|index] [--all]` (default: the
// mentor card; `index` is the main entry; `--all` lists every module, not only the 40 largest).
// Needs `pnpm run build` first.
//
// Two figures per module, because gzip shares its dictionary across the whole file:
// - min: minified bytes of the module in the bundle;
// - gz saved: how much smaller the gzipped initial load gets with those bytes cut out, what
//   deleting the module would win at most (the sum over modules is less than the total: text
//   repeated across modules costs little the second time).
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleEntry, initialLoad, packageRoot } from './size-bundle.js';

const args = process.argv.slice(2);
const folder = args.find((arg) => !arg.startsWith('--')) ?? 'mentor-card';
const file = folder === 'index' ? 'dist/index.js' : `dist/${folder}/define.js`;
if (!existsSync(join(packageRoot, file))) {
  console.error(`size:breakdown: ${file} missing: run pnpm run build first (or name an element folder: mentor-card, room-widget, index…)`);
  process.exit(1);
}

const result = await bundleEntry(file, { sourcemap: 'external', legalComments: 'eof' });
const outputs = new Map(result.outputFiles.map((output) => [relative(packageRoot, output.path), output.text]));
const chunks = initialLoad(result.metafile, file);

/** Bytes per source for the whole initial load, and each chunk's text split by source. */
const bytes = new Map<string, number>();
const pieces: { chunk: string; source: string; start: number; end: number }[] = [];
for (const chunk of chunks) {
  const text = outputs.get(chunk)!;
  const map = JSON.parse(outputs.get(`${chunk}.map`)!) as { sources: string[]; mappings: string };
  for (const span of spans(text, map)) {
    pieces.push({ chunk, ...span });
    bytes.set(span.source, (bytes.get(span.source) ?? 0) + Buffer.byteLength(text.slice(span.start, span.end)));
  }
}

const gz = (texts: Map<string, string>) => chunks.reduce((total, chunk) => total + gzipSync(texts.get(chunk)!, { level: 9 }).length, 0);
const total = gz(outputs);
/** The gzipped initial load with one source's bytes cut out of every chunk. */
function totalWithout(source: string): number {
  const texts = new Map(outputs);
  for (const chunk of chunks) {
    const kept = pieces.filter((piece) => piece.chunk === chunk && piece.source !== source);
    const text = outputs.get(chunk)!;
    texts.set(chunk, kept.map((piece) => text.slice(piece.start, piece.end)).join(''));
  }
  return gz(texts);
}

const rows = [...bytes].map(([source, min]) => ({ source, min, saved: total - totalWithout(source) })).sort((a, b) => b.saved - a.saved);
const kb = (n: number) => (n / 1024).toFixed(2).padStart(6);
const minified = [...bytes.values()].reduce((sum, n) => sum + n, 0);
console.log(`${file}: initial load ${kb(total).trim()} KB min+gzip, ${kb(minified).trim()} KB minified, ${chunks.length} file(s), ${rows.length} sources`);
console.log(`    min KB  gz saved KB  module`);
for (const row of args.includes('--all') ? rows : rows.slice(0, 40)) console.log(`  ${kb(row.min)}  ${kb(row.saved)}       ${row.source}`);
if (!args.includes('--all') && rows.length > 40) console.log(`  … ${rows.length - 40} smaller (--all lists them)`);

console.log('\n    min KB  gz saved KB  package (every module of it cut at once)');
const packages = new Map<string, string[]>();
for (const { source } of rows) packages.set(packageOf(source), [...(packages.get(packageOf(source)) ?? []), source]);
const packageRows = [...packages].map(([name, sources]) => {
  const min = sources.reduce((sum, source) => sum + bytes.get(source)!, 0);
  const cut = new Set(sources);
  const texts = new Map(outputs);
  for (const chunk of chunks) {
    const text = outputs.get(chunk)!;
    texts.set(
      chunk,
      pieces
        .filter((piece) => piece.chunk === chunk && !cut.has(piece.source))
        .map((piece) => text.slice(piece.start, piece.end))
        .join(''),
    );
  }
  return { name, min, saved: total - gz(texts) };
});
for (const row of packageRows.sort((a, b) => b.saved - a.saved)) console.log(`  ${kb(row.min)}  ${kb(row.saved)}       ${row.name}`);

/** `lit-html`, `@lit/reactive-element`, `sdk/src/stores`, `elements/dist/mentor-card`: a module's package or folder. */
function packageOf(source: string): string {
  const dependency = /node_modules\/(?!\.pnpm)((@[^/]+\/)?[^/]+)/.exec(source);
  if (dependency) return dependency[1]!;
  const ours = /packages\/([^/]+\/(?:src|dist)(?:\/[^/]+(?=\/))?)/.exec(source);
  return ours ? ours[1]! : source;
}

/**
 * Splits a chunk's text into runs of one source each, from its source map: a run starts at a
 * mapping and ends at the next one (or the line's end). Text no mapping covers (esbuild's glue
 * between modules, the license listing at the end) counts as `(no source: …)`.
 */
function spans(text: string, map: { sources: string[]; mappings: string }): { source: string; start: number; end: number }[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const name = (index: number) => relative(join(packageRoot, '../..'), join(packageRoot, 'size-out', map.sources[index]!));
  const glue = "(no source: esbuild's glue)";
  const legal = text.indexOf('/*! Bundled license information:');
  const licenses = legal === -1 ? text.length : legal;
  const marks = [...lineStarts.filter((at) => at < licenses), licenses].map((at) => ({
    at,
    source: at < licenses ? glue : '(no source: the license comments at the end)',
  }));
  let sourceIndex = 0;
  for (const [line, segments] of map.mappings.split(';').entries()) {
    let column = 0;
    for (const segment of segments.split(',').filter(Boolean)) {
      const fields = decodeVlq(segment);
      column += fields[0]!;
      if (fields.length === 1) {
        marks.push({ at: lineStarts[line]! + column, source: glue });
        continue;
      }
      sourceIndex += fields[1]!;
      marks.push({ at: lineStarts[line]! + column, source: name(sourceIndex) });
    }
  }
  marks.sort((a, b) => a.at - b.at);
  marks.push({ at: text.length, source: '' });
  const runs: { source: string; start: number; end: number }[] = [];
  for (let i = 0; i < marks.length - 1; i++) {
    const { at, source } = marks[i]!;
    const end = marks[i + 1]!.at;
    if (end <= at) continue;
    const last = runs.at(-1);
    if (last && last.source === source && last.end === at) last.end = end;
    else runs.push({ source, start: at, end });
  }
  return runs;
}

/** One source-map segment's fields (base64 VLQ, as the source map spec writes them), as deltas. */
function decodeVlq(segment: string): number[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = alphabet.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}
