// `pnpm bench` (second part): <menteo-thread-feed> on a 10,000-post thread in Chromium. A
// sandbox starts, the demo mentor's new thread gets 10,000 posts written straight into its
// database (the test host's seedPosts: one transaction, not 10,000 requests), and the page
// (bench/feed.page.ts) scrolls the feed to the end one screenful per frame — loading every page —
// and back. Prints the time to the end, the DOM size inside the feed (bounded by the window, not by
// the thread) and the long tasks over 50 ms (target: none). Exits 1 when the DOM grows past its
// bound or a long task happens while scrolling.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../test/support/playwright.mjs';
import { startSandboxHost } from '@menteo/test-support/sandbox-host';
import type { FeedBenchResult } from './feed.page.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const sdk = fileURLToPath(new URL('../../sdk/src/', import.meta.url));
const total = Number(process.env.FEED_BENCH_POSTS ?? 10_000);
/**
 * The DOM bound: the window renders the posts crossing the 900 px box plus one box's height above
 * and below (internal/windowed-list.ts) — about 2,700 px of posts, whatever the thread's length.
 * 40 posts and 2,500 elements leave room for short posts and open parts, and stay far below what
 * 10,000 posts would put in the DOM (over 150,000 elements).
 */
const bound = { posts: 40, nodes: 2500 };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/** The 25 functions with the most own time in a CPU profile (samples × interval). */
function printProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const own = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = byId.get(samples[i]!)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    own.set(name, (own.get(name) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  console.log('  own time by function (ms):');
  for (const [name, ms] of [...own].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms.toFixed(0).padStart(7)}  ${name}`);
}

const host = await startSandboxHost();
let code = 1;
try {
  const token = await host.token('demo-mentor');
  const made = await fetch(`${host.url}/v1/threads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ title: `Bench: ${total.toLocaleString('en')} posts`, visibility: 'public' }),
  });
  if (made.status !== 201) throw new Error(`could not create the thread: ${made.status} ${await made.text()}`);
  const { id: threadId } = (await made.json()) as { id: string };
  const seeding = performance.now();
  const count = host.seedPosts(threadId, total);
  const seededMs = performance.now() - seeding;

  const script = (
    await build({
      entryPoints: [`${here}feed.page.ts`],
      bundle: true,
      minify: !process.env.FEED_BENCH_PROFILE,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
      alias: { '@menteo/sdk/stores': `${sdk}stores/index.ts`, '@menteo/sdk': `${sdk}index.ts` },
    })
  ).outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><html lang="en"><body><script type="module" src="/bench.js"></script></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => process.env.FEED_BENCH_VERBOSE && console.log(`  page: ${message.text()}`));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'runFeedBench' in window);
    // FEED_BENCH_PROFILE=1: a CPU profile of the run, its top functions by own time printed (where long tasks come from).
    const profiler = process.env.FEED_BENCH_PROFILE ? await page.context().newCDPSession(page) : undefined;
    await profiler?.send('Profiler.enable');
    await profiler?.send('Profiler.start');
    const requestsBefore = host.audit().fromPages;
    const r = (await page.evaluate((args) => (window as unknown as { runFeedBench: (a: typeof args) => Promise<unknown> }).runFeedBench(args), {
      threadId,
      baseUrl: host.url,
      total: count,
    })) as FeedBenchResult;
    const requests = host.audit().fromPages - requestsBefore;
    if (profiler) printProfile((await profiler.send('Profiler.stop')).profile);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const scrolling = r.longTasks.filter((t) => t.phase !== 'load');
    console.log(
      `<menteo-thread-feed>, ${count.toLocaleString('en')} posts (seeded in ${s(seededMs)}), a 900 px box scrolled one screenful per frame (Chromium ${browser.version()}):`,
    );
    console.log(`  first post on screen      ${s(r.firstPostMs)}`);
    console.log(`  to the end                ${s(r.toEndMs)}  (${r.frames.down} frames, ${requests} requests from the page)`);
    console.log(`  back to the top           ${s(r.backMs)}  (${r.frames.up} frames)`);
    console.log(
      `  DOM in the feed           ${r.nodes.end} elements at the end, ${r.nodes.max} at most (bound ${bound.nodes}); ${r.postsMax} posts at most (bound ${bound.posts})`,
    );
    console.log(`  long tasks > 50 ms        ${r.longTasks.length} (${scrolling.length} while scrolling; target 0)`);
    for (const t of r.longTasks) console.log(`    ${t.phase.padEnd(5)} at ${s(t.start)}: ${t.duration.toFixed(0)} ms`);
    for (const error of errors) console.log(`  page error: ${error}`);
    const within = r.nodes.max <= bound.nodes && r.postsMax <= bound.posts;
    code = within && scrolling.length === 0 && errors.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  await host.close();
}
process.exitCode = code;
