// Builds the docs site into docs/site/ with Eleventy (eleventy.config.ts): the guides
// (docs/guides/*.md), one page per element of the custom elements manifest with a live demo
// answered by a Mock Service Worker replaying what the real sandbox answered at build time, and
// the SDK's typedoc reference; then Pagefind indexes it for the search box. The result is static
// files: serve the folder with any static server.
//
//   pnpm --filter @menteo/docs run docs     (or `pnpm run docs` at the root: typedoc first)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { build as esbuild } from 'esbuild';
import { captureDemoData } from './capture.js';
import { type Demo, loadDemos } from './demos.js';
import { siteData } from './site-data.js';

const docs = fileURLToPath(new URL('..', import.meta.url));
const repo = join(docs, '..');
/** Where the site is written by default. */
export const defaultSiteDir = join(docs, 'site');
const typedocOut = join(docs, 'reference', 'sdk');
const bundle = join(repo, 'packages', 'elements', 'dist', 'menteo.js');
const screenshotsDir = join(docs, 'screenshots');

export { type Demo, type DemoContext, demoHtml } from './demos.js';
export { guideOrder, repoUrl } from './site-data.js';

/** Each element's live demo (scripts/demos/<element folder>.ts), by tag. */
export const demos: Record<string, Demo> = await loadDemos();

/** `../` per folder of a site-relative path. */
const rootOf = (path: string): string => '../'.repeat(path.split('/').length - 1);

/** Puts a way back to the docs in typedoc's toolbar, on every page of the reference. */
function linkReferenceHome(dir: string, siteDir: string): void {
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    const path = join(dir, file);
    const home = `${rootOf(relative(siteDir, path).split(sep).join('/'))}index.html`;
    const html = readFileSync(path, 'utf8');
    const marked = html.replace(
      '<div class="tsd-toolbar-contents container">',
      `<div class="tsd-toolbar-contents container"><a href="${home}" class="title" style="margin-inline-end:1rem">← Menteo Embed docs</a>`,
    );
    if (marked !== html) writeFileSync(path, marked);
  }
}

/** Runs a pnpm script of the workspace (for inputs another package builds). */
function pnpm(args: string[]): void {
  console.log(`docs: pnpm ${args.join(' ')}`);
  execFileSync('pnpm', args, { cwd: repo, stdio: 'inherit' });
}

/** The site's own scripts, bundled for the browser (src/). */
async function bundleScripts(siteDir: string): Promise<void> {
  const common = { bundle: true, platform: 'browser', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning' } as const;
  await esbuild({
    ...common,
    entryPoints: ['demo', 'tokens-table', 'playground', 'site'].map((name) => ({
      in: join(docs, 'src', `${name}.ts`),
      out: name === 'tokens-table' ? 'tokens' : name,
    })),
    outdir: join(siteDir, 'assets'),
    format: 'esm',
  });
  // Runs in <head> before the first paint (a classic script, no module), so a dark page never flashes light.
  await esbuild({ ...common, entryPoints: [join(docs, 'src', 'theme.ts')], outfile: join(siteDir, 'assets', 'theme.js'), format: 'iife' });
}

/**
 * Builds the whole site into `out` (default `docs/site`); resolves with some counts and times.
 *
 * @example `await buildSite({ out: '/tmp/site' });`
 */
export async function buildSite({ out = defaultSiteDir, quiet = false } = {}): Promise<{
  pages: number;
  answers: number;
  ms: { total: number; eleventy: number; pagefind: number };
}> {
  const started = performance.now();
  const siteDir = resolve(out);
  // Inputs other packages make: the embed bundle and the SDK reference. `pnpm run docs` at the
  // root runs the SDK's typedoc before this; a direct run makes what is missing.
  if (!existsSync(bundle)) pnpm(['--filter', '@menteo/elements', 'build']);
  if (!existsSync(join(typedocOut, 'index.html'))) pnpm(['--filter', '@menteo/sdk', 'run', 'docs']);

  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, 'assets'), { recursive: true });

  // The demos' answers first: their markup names what the sandbox made up (the room's id).
  const { data, context } = await captureDemoData(demos);
  const globals = siteData(demos, context);

  const eleventyStarted = performance.now();
  // Eleventy resolves its input, ignores and data files from the working directory: run it from docs/.
  const cwd = process.cwd();
  process.chdir(docs);
  try {
    const eleventy = new Eleventy('.', siteDir, {
      quietMode: true,
      configPath: 'eleventy.config.ts',
      config(config) {
        config.setQuietMode(true);
        for (const [name, value] of Object.entries(globals)) config.addGlobalData(name, value);
      },
    });
    await eleventy.write();
  } finally {
    process.chdir(cwd);
  }
  const eleventyMs = performance.now() - eleventyStarted;
  const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

  // The demos: answers recorded from a real sandbox, the worker that replays them, the elements.
  writeFileSync(join(siteDir, 'demo-data.json'), `${JSON.stringify(data, null, 1)}\n`);
  const msw = dirname(createRequire(import.meta.url).resolve('msw/package.json'));
  cpSync(join(msw, 'lib', 'mockServiceWorker.js'), join(siteDir, 'mockServiceWorker.js'));
  cpSync(bundle, join(siteDir, 'assets', 'menteo.js'));
  const bundled = readFileSync(bundle, 'utf8');
  for (const tag of Object.keys(demos)) {
    if (globals.elements.some((e) => e.tagName === tag) && !bundled.includes(`"${tag}"`) && !bundled.includes(`'${tag}'`)) {
      console.warn(`docs: the embed bundle does not define <${tag}>, so its demo stays empty: rebuild it (pnpm --filter @menteo/elements build)`);
    }
  }
  await bundleScripts(siteDir);
  cpSync(join(docs, 'src', 'site.css'), join(siteDir, 'assets', 'site.css'));
  if (existsSync(screenshotsDir)) cpSync(screenshotsDir, join(siteDir, 'screenshots'), { recursive: true });
  cpSync(typedocOut, join(siteDir, 'reference', 'sdk'), { recursive: true });
  linkReferenceHome(join(siteDir, 'reference', 'sdk'), siteDir);
  writeFileSync(join(siteDir, '.nojekyll'), '');

  // Search: Pagefind reads the built pages (their <main data-pagefind-body>) and writes site/pagefind/.
  const pagefindStarted = performance.now();
  execFileSync(join(docs, 'node_modules', '.bin', 'pagefind'), ['--site', siteDir, '--silent'], { stdio: 'inherit' });
  const pagefindMs = performance.now() - pagefindStarted;

  const ms = { total: Math.round(performance.now() - started), eleventy: Math.round(eleventyMs), pagefind: Math.round(pagefindMs) };
  if (!quiet)
    console.log(
      `docs: ${pages} pages (${globals.elements.length} elements), ${data.answers.length} recorded answers → ${siteDir} in ${ms.total} ms (Eleventy ${ms.eleventy} ms, Pagefind ${ms.pagefind} ms)`,
    );
  return { pages, answers: data.answers.length, ms };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildSite({ out: process.argv[2] ?? defaultSiteDir });
