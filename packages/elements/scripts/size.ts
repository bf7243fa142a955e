// Bundle-size budgets of @menteo/elements, measured on what ships: the built dist/ (minified
// literals included), each entry bundled with everything it imports (Lit, @lit/context, the SDK,
// nanostores), minified (esbuild, es2022) and gzipped (-9) file by file, license comments kept.
// A dynamic import() is a chunk of its own (a translation loaded on demand): the budget is the
// initial load, the entry and the chunks it imports statically; lazy chunks are listed apart.
// dist/menteo.js, the embed bundle (one file: every element, English and Spanish), is held to the
// every-element budget as shipped. Every element alone and the main entry have their budgets in
// scripts/size-budgets.ts. Exits 1 when a budget is exceeded, or when the README's size table
// (between its size-table comments) no longer says what was measured: `build` and `test` run it;
// `--write` rewrites the table. Needs `pnpm run build` first.
// `pnpm run size:breakdown` (scripts/size-breakdown.ts) shows where an entry's bytes come from.
import type { Metafile } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defaultElementBudget, loaderBudget, loaderPages, sizeEntries } from './size-budgets.js';
import { type ChunkManifest, gzipSize, pageLoad } from './cdn-manifest.js';
import { bundleEntry, initialLoad, packageRoot as root } from './size-bundle.js';

const verbose = process.argv.includes('--verbose');

const entries = sizeEntries();
const embed = 'dist/menteo.js';
const loader = 'dist/cdn/menteo-loader.js';
const chunkManifest = 'dist/cdn/menteo-chunks.json';

const missing = [...entries.map((e) => e.file), embed, loader, chunkManifest].filter((file) => !existsSync(join(root, file)));
if (missing.length > 0) {
  console.error(`size: ${missing.join(', ')} missing: run pnpm run build first`);
  process.exit(1);
}
warnIfStale();

const kb = (bytes: number) => (bytes / 1024).toFixed(2).padStart(6);
const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

let failed = false;
/** The README's table rows, in the order measured. */
const rows: { label: string; gz: number; budget: string }[] = [];
const budgetKb = (bytes: number) => `${+(bytes / 1024).toFixed(2)} KB`;
console.log('@menteo/elements size (dist/, min+gzip, Lit and the SDK included; the budget is the initial load)');
for (const entry of entries) {
  const result = await bundleEntry(entry.file);
  const sizes = new Map(result.outputFiles.map((f) => [relative(root, f.path), { min: f.contents.length, gz: gzip(f.contents) }]));
  const initial = initialLoad(result.metafile, entry.file);
  const sum = (files: string[], key: 'min' | 'gz') => files.reduce((total, file) => total + sizes.get(file)![key], 0);
  const gz = sum(initial, 'gz');
  const over = gz > entry.budget;
  failed ||= over;
  console.log(
    `  ${over ? 'OVER' : 'ok  '}  ${kb(gz)} KB  (budget ${+(entry.budget / 1024).toFixed(1)} KB, ${(sum(initial, 'min') / 1024).toFixed(1)} KB minified, ${initial.length} file${initial.length === 1 ? '' : 's'})  ${entry.name}`,
  );
  for (const file of [...sizes.keys()].filter((f) => !initial.includes(f)).sort()) {
    const output = result.metafile.outputs[file]!;
    const others = Object.keys(output.inputs).filter((input) => input !== output.entryPoint);
    const name =
      relative('size-out', file).replace(/-[A-Z0-9]{8}\.js$/, '.js') +
      (others.length > 0 ? ` (${others.map((input) => input.replace(/^dist\//, '')).join(', ')})` : '');
    console.log(`          lazy ${kb(sizes.get(file)!.gz)} KB  ${name}`);
  }
  if (verbose) printInputs(result.metafile, initial);
  const folder = /^dist\/(.+)\/define\.js$/.exec(entry.file)?.[1];
  rows.push({
    label: folder ? `\`@menteo/elements/${folder}\` alone` : '`@menteo/elements`, every element',
    gz,
    budget: budgetKb(entry.budget) + (entry.budget === defaultElementBudget && folder ? ' (default)' : ''),
  });
}
// The every-element budget (held by the main entry above) plus the Spanish this bundle carries
// inline so that it stays one file (≈6 KB; the npm entries load it on demand). 62 KB until
// 2026-12-05 (61.86 KB then); the journey (#11: the room widget's agreement, goals, sessions and
// review, the room list, the inbox badge and the card's request dialog, all in both languages)
// took it to 78.15 KB. The one file stays for those who want it; a blog that shows one element
// should get only that element's code from the loader (#15).
// 93 KB since 2026-12-05 (89.85 KB, then 90.91 KB): discovery (#13: the profile, the diagnostic
// and the search's filters, each in both languages) and the host layer of #15; see the main entry's
// budget for the figures.
// 112 KB since 2026-12-06 (110.18 KB): #12 and #14 added two elements (the reading list, the
// program insights' charts) and the readers' thread (follow, labelled reactions, replies, reports,
// sign-in), each in both languages; the lazily loaded parts of the npm entries are inline here.
// 114 KB since 2026-12-06 (112.40 KB): the owner composer's link picker (#12, +1.26 KB: its picker,
// its store and its strings in both languages), viewerReported and the live post.updated, and the
// seams of the parts that the npm entries and the loader now fetch on demand (the comments, the
// stepper's progress, the composer; each takes a kit of what it borrows from the feed). Here
// every one of them is inline, so the seams cost what the split pages save.
// 114.5 KB since 2026-12-07 (114.08 KB): #12's windowed feed leaves a post whose dependencies did
// not change as it is (Lit's guard, the feed's list of what a post reads), rather than evaluating
// every post in view at each update.
const embedBudget = 114.5 * 1024;
const embedGz = gzip(readFileSync(join(root, embed)));
failed ||= embedGz > embedBudget;
console.log(
  `  ${embedGz > embedBudget ? 'OVER' : 'ok  '}  ${kb(embedGz)} KB  (budget ${embedBudget / 1024} KB, as shipped)  ${embed}, the embed bundle (every element and both languages, one file)`,
);
rows.push({ label: `\`${embed}\`, the embed bundle, every element in English and Spanish (rollup + terser)`, gz: embedGz, budget: budgetKb(embedBudget) });
// The script-tag loader's paths (#15): the loader, then pages as it loads them, from the CDN
// build's chunk graph (dist/cdn/menteo-chunks.json, written by rollup): each element's entry
// chunk and the chunks it imports statically, shared ones counted once; import()s are not.
const loaderGz = gzipSize(readFileSync(join(root, loader)));
const manifest = JSON.parse(readFileSync(join(root, chunkManifest), 'utf8')) as ChunkManifest;
failed ||= loaderGz > loaderBudget;
console.log(`  ${loaderGz > loaderBudget ? 'OVER' : 'ok  '}  ${kb(loaderGz)} KB  (budget ${loaderBudget / 1024} KB, as shipped)  ${loader}, the autoloader`);
rows.push({ label: `\`${loader}\`, the autoloader`, gz: loaderGz, budget: budgetKb(loaderBudget) });
for (const page of loaderPages) {
  const { files, gzip: gz } = pageLoad(manifest, loaderGz, page.elements);
  const over = gz > page.budget;
  failed ||= over;
  const target = page.target ? `, target ${page.target / 1024} KB: ${gz > page.target ? 'not met' : 'met'}` : '';
  console.log(`  ${over ? 'OVER' : 'ok  '}  ${kb(gz)} KB  (budget ${page.budget / 1024} KB${target}, the loader and ${files.length} chunks)  ${page.name}`);
  if (verbose) for (const file of files) console.log(`        ${kb(manifest.chunks[file]!.gzip)} KB  ${file}`);
  const goal = page.target ? ` (#15's target: ${budgetKb(page.target)}, ${gz > page.target ? 'not met' : 'met'})` : '';
  rows.push({ label: `${page.name} (the loader and ${files.length} chunks)`, gz, budget: budgetKb(page.budget) + goal });
}
if (failed) console.error('size budget exceeded');
failed = readmeTable() || failed;
if (failed) process.exit(1);

/**
 * Writes (`--write`) or checks the README's size table: what these lines measured. Another zlib
 * can differ by a few bytes, so a figure within 0.05 KB of the measured one still holds. True
 * when the table is stale.
 */
function readmeTable(): boolean {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const table = /(<!-- size-table:start[^>]*-->\n)([\s\S]*?)(<!-- size-table:end -->)/;
  const found = table.exec(readme);
  if (!found) throw new Error('README.md has no size-table comments around its size table');
  const lines = rows.map((row) => `| ${row.label} | ${(row.gz / 1024).toFixed(2)} KB | ${row.budget} |`);
  if (process.argv.includes('--write')) {
    writeFileSync(readmePath, readme.replace(table, `$1${['| what a page loads first | min+gzip | budget |', '|---|---|---|', ...lines].join('\n')}\n$3`));
    console.log('README.md: size table written');
    return false;
  }
  const figure = (line: string) => Number(/\| ([\d.]+) KB \|/.exec(line)?.[1] ?? Number.NaN);
  const label = (line: string) => line.replace(/\| [\d.]+ KB \|/, '');
  const shown = found[2]!.trim().split('\n').slice(2);
  const stale = shown.length !== lines.length || lines.some((line, i) => label(line) !== label(shown[i]!) || Math.abs(figure(line) - figure(shown[i]!)) > 0.05);
  if (stale) console.error('README.md: the size table no longer says what was measured: run `pnpm --filter @menteo/elements size --write`');
  return stale;
}

/** The biggest inputs of an initial load, grouped by package (minified bytes). */
function printInputs(metafile: Metafile, files: string[]): void {
  const byGroup = new Map<string, number>();
  for (const file of files) {
    for (const [path, { bytesInOutput }] of Object.entries(metafile.outputs[file]!.inputs)) {
      const group = path.includes('node_modules') ? path.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : path.replace(/^.*?packages\//, '');
      byGroup.set(group, (byGroup.get(group) ?? 0) + bytesInOutput);
    }
  }
  for (const [group, bytes] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`        ${(bytes / 1024).toFixed(1).padStart(6)} KB  ${group}`);
}

/** Figures from a dist/ older than src/ mislead: say so (the other way round is fine). */
function warnIfStale(): void {
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const path = join(dir, entry.name);
      return Math.max(latest, entry.isDirectory() ? newest(path) : entry.name.endsWith('.test.ts') ? 0 : statSync(path).mtimeMs);
    }, 0);
  if (newest(join(root, 'src')) > statSync(join(root, 'dist/index.js')).mtimeMs)
    console.warn('size: src/ changed after the last build: run pnpm run build for current figures');
}
