// Bundle-size budgets of @menteo/sdk, measured the way a page would ship it:
// bundled from the package's source with its dependencies (nanostores),
// minified and gzipped. Prints a table; exits 1 when a budget is exceeded, or when the README's
// "Bundle size" table (between its size-table comments) no longer says what was measured:
// `--write` rewrites it.
import { build, type Plugin } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** `label` is the README's text (Markdown); the printed line is the same without its code marks. */
const entries: { label: string; budget: number; code: string }[] = [
  {
    label: 'full SDK (`new Menteo()`, every resource, realtime, webhooks)',
    // 12 KB until 2026-12-05 (11.91 KB with ky); 8.24 KB with the SDK's own transport. 9 KB until
    // 2026-12-06: the organization's admin API (#14) is backend code that `new Menteo()` carries
    // (client.admin.insights took it from 8.94 to 9.01 KB); pages built on MenteoCore and the stores
    // leave it out (test/admin-insights.e2e.test.ts checks that). 9.25 KB until 2026-12-06 (later):
    // client.admin.roadmaps and .webhookEndpoints (9.01 -> 9.21 KB) and client.tokens (9.21 -> 9.31 KB),
    // the rest of #14's API; none of it reaches a MenteoCore page or the stores.
    budget: 9.5 * 1024,
    code: `export * from '${src}index.ts';`,
  },
  {
    label: '`mentors.search` alone (`BaseCore` + `searchMentors`)',
    // 7 KB until 2026-12-05 (6.98 KB with ky); 3.21 KB with the SDK's own transport. Measured on
    // MenteoCore until 2026-12-07 (3.43 KB); on BaseCore since, what a page's elements build on (the
    // secret key, the logger and the ETag cache's hooks are MenteoCore's: 3.52 KB with them): 3.13 KB.
    budget: 3.25 * 1024,
    code: `import { BaseCore, searchMentors } from '${src}index.ts';
           const core = new BaseCore({ publishableKey: 'pk_test_demo' });
           export const search = (q) => searchMentors(core, { q });`,
  },
  {
    label: 'sign-in popup (loaded by the first `client.auth.signIn`, not counted above)',
    budget: 1.5 * 1024,
    code: `export * from '${src}resources/oauth/sign-in.ts';`,
  },
  {
    label: 'stores (`@menteo/sdk/stores` with what it imports, nanostores)',
    budget: Number.POSITIVE_INFINITY,
    code: `export * from '${src}stores/index.ts';`,
  },
];

const lazyChunksApart: Plugin = {
  name: 'lazy-chunks-apart',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

let failed = false;
const rows: string[] = [];
console.log('@menteo/sdk size (min+gzip)');
for (const entry of entries) {
  const result = await build({
    stdin: { contents: entry.code, resolveDir: src, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    // @menteo/api is bundled, not external: its room-lifecycle module ships with the stores.
    // A dynamic import is a chunk the page loads only when the code runs (the sign-in popup):
    // what a page ships up front leaves it out, and its own line measures it.
    plugins: [lazyChunksApart],
  });
  const bytes = result.outputFiles[0]!.contents;
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const over = gzip > entry.budget;
  failed ||= over;
  const budget = Number.isFinite(entry.budget) ? `${(entry.budget / 1024).toFixed(1)} KB` : undefined;
  rows.push(`| ${entry.label} | ${(gzip / 1024).toFixed(2)} KB | ${budget ?? '—'} |`);
  console.log(
    `  ${over ? 'OVER' : 'ok  '}  ${(gzip / 1024).toFixed(2).padStart(6)} KB  (budget ${budget ?? 'no budget'}, ${(bytes.length / 1024).toFixed(1)} KB minified)  ${entry.label.replaceAll('`', '')}`,
  );
}
if (failed) console.error('size budget exceeded');

// The README's table: what these lines measured. Another zlib can differ by a few bytes, so a
// figure within 0.05 KB of the measured one still holds; --write puts in the exact ones.
const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const readme = readFileSync(readmePath, 'utf8');
const table = /(<!-- size-table:start[^>]*-->\n)([\s\S]*?)(<!-- size-table:end -->)/;
const found = table.exec(readme);
if (!found) throw new Error('README.md has no size-table comments around its bundle size table');
const wanted = ['| bundle | min+gzip | budget |', '|---|---|---|', ...rows].join('\n');
if (process.argv.includes('--write')) {
  writeFileSync(readmePath, readme.replace(table, `$1${wanted}\n$3`));
  console.log('README.md: bundle size table written');
} else {
  const kb = (row: string) => Number(/\| ([\d.]+) KB \|/.exec(row)?.[1] ?? Number.NaN);
  const shown = found[2]!.trim().split('\n');
  const stale =
    shown.length !== rows.length + 2 ||
    rows.some((row, i) => {
      const line = shown[i + 2]!;
      const label = (r: string) => r.replace(/\| [\d.]+ KB \|/, '');
      return label(line) !== label(row) || Math.abs(kb(line) - kb(row)) > 0.05;
    });
  if (stale) {
    console.error('README.md: the bundle size table no longer says what was measured: run `pnpm --filter @menteo/sdk size --write`');
    failed = true;
  }
}
if (failed) process.exit(1);
