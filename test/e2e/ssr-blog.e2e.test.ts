// The Eleventy blog (examples/blog-eleventy), built against a real sandbox process, in Chromium:
// its server-rendered thread, roadmap and mentor card are readable with JavaScript off; with it on, they
// hydrate from the state the page carries — no request for what the page already has, no
// layout shift, no hydration error, nothing refused by the page's strict CSP — and the feed is
// live afterwards: a post the thread's owner writes through the API reaches the open page.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildSite, serveSite } from '../../examples/blog-eleventy/build-site.js';
import { expectClean, recordingContext } from '../support/page-checks.js';
import { launchChromium } from '../support/playwright.mjs';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox-process.js';

let sandbox: SandboxProcess;
let output: string;
let site: { url: string; close(): Promise<void> };
let browser: Browser;
let post: string;

before(async () => {
  sandbox = await startSandboxProcess();
  output = await mkdtemp(join(tmpdir(), 'ssr-blog-'));
  await buildSite({ baseUrl: sandbox.url, publishableKey: sandbox.keys.demoPublishable }, output);
  site = await serveSite(output);
  post = `${site.url}/posts/learning-to-lead/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await sandbox?.stop();
  if (output) await rm(output, { recursive: true, force: true });
});

/** The thread's five newest posts, as the API has them. */
async function newestPosts(): Promise<{ id: string; body: string }[]> {
  const answer = await fetch(`${sandbox.url}/v1/threads/thr_learningtolead/posts`, { headers: { Authorization: `Bearer ${sandbox.keys.demoPublishable}` } });
  return ((await answer.json()) as { data: { id: string; body: string }[] }).data.slice(0, 5);
}

/** A run of a post's plain words (its Markdown up to the first markup character). */
const wordsOf = (body: string) =>
  body
    .split(/[*_`[\]#>\n]/)
    .find((part) => part.trim().length >= 12)!
    .trim();

/** Resolves once every Menteo element on the page is defined, hydrated and has no update pending. */
const hydrated = (page: Page) =>
  page.waitForFunction(async () => {
    const elements = [...document.querySelectorAll('menteo-thread-feed, menteo-roadmap-stepper, menteo-mentor-card')] as (HTMLElement & {
      updateComplete?: Promise<boolean>;
    })[];
    if (elements.length !== 3 || elements.some((el) => !customElements.get(el.localName) || !el.updateComplete)) return false;
    return (await Promise.all(elements.map((el) => el.updateComplete))).every(Boolean);
  });

describe('the server-rendered Eleventy blog, in Chromium', () => {
  it('shows the thread, the roadmap and the card with JavaScript off, styled, from the HTML alone', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(post);
    const feed = page.locator('menteo-thread-feed');
    const title = feed.locator('[part~="title"]');
    assert.ok(await title.isVisible());
    assert.equal((await title.textContent())?.trim(), 'Learning to lead: my first year as a tech lead');
    for (const { id, body } of await newestPosts()) {
      const article = feed.locator(`article[data-post-id="${id}"]`);
      assert.ok(await article.isVisible(), id);
      assert.ok(((await article.textContent()) ?? '').replace(/\s+/g, ' ').includes(wordsOf(body)), `${id}: ${wordsOf(body)}`);
    }
    assert.ok(await page.locator('menteo-roadmap-stepper [part~="step"]').first().isVisible());
    assert.equal((await page.locator('menteo-mentor-card [part~="name"]').textContent())?.trim(), 'Daniel Okafor');
    // The shadow roots' own styles applied (admitted by the CSP's hashes): the reactions are a row of buttons, not the page's.
    const display = await feed
      .locator('[part~="reactions"]')
      .first()
      .evaluate((el) => getComputedStyle(el).display);
    assert.equal(display, 'flex');
    await context.close();
  });

  it('hydrates without a request for what the page has, without a layout shift or an error, and is live', async () => {
    const context = await recordingContext(browser, { width: 1200, height: 900 }, sandbox.clockOffsetMs);
    await context.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput) w.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    const console: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') console.push(message.text());
    });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(sandbox.url)) requests.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });

    // The live feed's stream, opened once the feed follows its stores.
    const stream = page.waitForRequest((request) => new URL(request.url()).pathname === '/v1/events');
    await page.goto(post);
    await hydrated(page);
    const feed = page.locator('menteo-thread-feed');
    // Hydrated, not re-rendered from scratch: the server's post articles are still the ones shown.
    assert.equal(await feed.locator('article').count(), 5);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

    assert.deepEqual(
      requests.filter((r) => !r.endsWith('/v1/events')),
      [],
      'no request for the thread, its posts, the roadmap or the mentor: the page carried them',
    );
    assert.equal(await page.evaluate(() => (window as unknown as { __shift: number }).__shift), 0, 'no layout shift');
    assert.deepEqual(
      console.filter((text) => /hydrat|mismatch|Lit/i.test(text)),
      [],
      'no hydration warning',
    );

    // Live: the thread's owner posts through the API; the open page learns of it.
    const body = `Shipped the on-call rotation the team designed (${sandbox.now})`;
    await stream;
    const created = await fetch(`${sandbox.url}/v1/threads/thr_learningtolead/posts`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sandbox.tokens['demo-mentee']}`, 'Content-Type': 'application/json', 'Idempotency-Key': `ssr-blog-${Date.now()}` },
      body: JSON.stringify({ kind: 'milestone', body }),
    });
    assert.equal(created.status, 201, await created.text());
    const banner = feed.locator('[part~="new-posts-banner"]');
    await banner.waitFor({ timeout: 15_000 });
    await banner.click();
    await feed.locator('[part~="post"]', { hasText: body }).waitFor();

    await expectClean(page, errors);
    await context.close();
  });
});
