// `pnpm bench`: 1,000 mentor cards from data already loaded, <menteo-mentor-card> versus the
// same markup built with plain DOM calls, side by side in one Chromium run (bench/cards.page.ts
// explains the fair, thin and naive twins). Prints the figures; exits 1 when the elements take more
// than 1.25× the fair twin's time (issue #15's budget).
import { shippedLiterals } from '../scripts/esbuild-literals.js';
import { sdkAliases } from '../scripts/sdk-aliases.js';
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../test/support/playwright.mjs';
import { browserQuiet } from './browser-quiet.js';
import { startSandbox } from '@menteo/test-support/sandbox-host';

const here = fileURLToPath(new URL('.', import.meta.url));
const runs = 7;

// Real mentors from a seeded sandbox (1,000 of them), fetched the way a search would.
const sandbox = await startSandbox({ mentors: 1000 });
const mentors: unknown[] = [];
for (let cursor: string | null | undefined; mentors.length < 1000 && cursor !== null; ) {
  const page = await sandbox.request<{ data: unknown[]; nextCursor: string | null }>('GET', '/v1/mentors', {
    query: { limit: '100', ...(cursor ? { cursor } : {}) },
  });
  mentors.push(...page.body.data);
  cursor = page.body.nextCursor;
}
await sandbox.close();

const script = (
  await build({
    entryPoints: [`${here}cards.page.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: sdkAliases(),
    plugins: [shippedLiterals()],
  })
).outputFiles[0]!.text;
// The photos come from this server (a 1×1 PNG), not from their CDN: the same bytes for the card
// and its twins, whatever the machine's network or DNS does.
const photo = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const server = createServer((req, res) => {
  if (req.url === '/bench.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  if (req.url?.startsWith('/avatars/')) return void res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' }).end(photo);
  res
    .writeHead(200, { 'content-type': 'text/html' })
    .end(`<!doctype html><html lang="en"><body><div id="stage"></div><script type="module" src="/bench.js"></script></body></html>`);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
for (const mentor of mentors as { avatarUrl: string | null }[]) {
  if (mentor.avatarUrl) mentor.avatarUrl = `${origin}/avatars/${new URL(mentor.avatarUrl).pathname.split('/').pop()}`;
}
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'runBench' in window);
  const quietMs = await browserQuiet(); // the browser's own start-up would land in the first runs
  // The fair twin must build what the card renders, or the ratio compares different pages.
  const markup = (await page.evaluate((data) => (window as unknown as { checkMarkup: (m: unknown) => Promise<unknown> }).checkMarkup(data), mentors)) as {
    same: number;
    first?: [string, string];
  };
  if (markup.first) {
    const [card, twin] = markup.first;
    throw new Error(
      `the fair twin's markup differs from the card's for ${mentors.length - markup.same} of ${mentors.length} mentors; the first:\n  card: ${card}\n  twin: ${twin}`,
    );
  }
  console.log(`The fair twin builds the card's markup (node for node, comments and whitespace aside) for all ${markup.same} mentors.`);
  type Timed = { runs: number[]; median: number };
  const result = (await page.evaluate(([data, n]) => (window as unknown as { runBench: (m: unknown, n: number) => Promise<unknown> }).runBench(data, n), [
    mentors,
    runs,
  ] as const)) as Record<'lit' | 'fair' | 'thin' | 'naive', Timed>;
  const budget = 1.25;
  const ratio = result.lit.median / result.fair.median;
  const f = (ms: number) => `${ms.toFixed(1)} ms`.padStart(9);
  const line = (label: string, { median, runs: xs }: Timed) =>
    console.log(`  ${label.padEnd(58)} ${f(median)}   runs: ${xs.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(
    `1,000 mentor cards from loaded data, median of ${runs} runs (Chromium ${browser.version()}; started after its own start-up, ${(quietMs / 1000).toFixed(1)} s):`,
  );
  line('<menteo-mentor-card>', result.lit);
  line('plain DOM, fair (same markup, formatters once, shadow root)', result.fair);
  line('plain DOM, thin (as fair, no photos, no aria attributes)', result.thin);
  line('plain DOM, naive (thin markup, formatters per card)', result.naive);
  console.log(`  ratio to the fair twin ${ratio.toFixed(2)}× (budget ${budget}×)  ${ratio <= budget ? 'ok' : 'OVER'}`);
  console.log(`  ratio to the thin twin ${(result.lit.median / result.thin.median).toFixed(2)}× (the earlier "fair" baseline)`);
  console.log(`  ratio to the naive twin ${(result.lit.median / result.naive.median).toFixed(2)}× (the old baseline)`);
  process.exitCode = ratio <= budget ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
