// Bundle-size budgets of @menteo/elements, measured the way a page ships them: each entry
// bundled from source with everything it imports (Lit, @lit/context, the SDK, nanostores),
// minified (esbuild, es2022) and gzipped (-9), license comments kept. Prints a table with the
// biggest inputs of each bundle; exits 1 when a budget is exceeded.
import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const sdk = fileURLToPath(new URL('../../sdk/src/', import.meta.url));
const verbose = process.argv.includes('--verbose');

/** One element defined alone, as its per-element entry point does. */
const alone = (dir: string, className: string, tag: string) =>
  `import { ${className} } from '${src}${dir}/${dir}.ts'; ${className}.define('${tag}');`;

const entries: { name: string; budget: number; code: string }[] = [
  { name: 'mentor card alone', budget: 20 * 1024, code: alone('mentor-card', 'MenteoMentorCard', 'menteo-mentor-card') },
  { name: 'room widget alone', budget: 36 * 1024, code: alone('room-widget', 'MenteoRoomWidget', 'menteo-room-widget') },
  { name: 'thread feed alone', budget: 45 * 1024, code: alone('thread-feed', 'MenteoThreadFeed', 'menteo-thread-feed') },
  { name: 'every element (the main entry)', budget: 60 * 1024, code: `import '${src}index.ts';` },
];

let failed = false;
console.log('@menteo/elements size (min+gzip, Lit and the SDK included)');
for (const entry of entries) {
  const result = await build({
    stdin: { contents: entry.code, resolveDir: src, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { '@menteo/sdk/stores': `${sdk}stores/index.ts`, '@menteo/sdk': `${sdk}index.ts` },
    external: ['@menteo/api'],
  });
  const bytes = result.outputFiles[0]!.contents;
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const over = gzip > entry.budget;
  failed ||= over;
  console.log(`  ${over ? 'OVER' : 'ok  '}  ${(gzip / 1024).toFixed(2).padStart(6)} KB  (budget ${(entry.budget / 1024).toFixed(0)} KB, ${(bytes.length / 1024).toFixed(1)} KB minified)  ${entry.name}`);
  if (verbose) printInputs(result.metafile);
}
if (failed) {
  console.error('size budget exceeded');
  process.exit(1);
}

/** The biggest inputs of a bundle, grouped by package (minified bytes). */
function printInputs(metafile: Metafile): void {
  const byGroup = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const group = path.includes('node_modules') ? path.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : path.replace(/^.*?packages\//, '');
      byGroup.set(group, (byGroup.get(group) ?? 0) + bytesInOutput);
    }
  }
  for (const [group, bytes] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`        ${(bytes / 1024).toFixed(1).padStart(6)} KB  ${group}`);
}
