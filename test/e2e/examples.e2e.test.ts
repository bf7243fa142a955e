// Each example's main path, scripted as a person uses it (type, click, keyboard), in Chromium
// against a real sandbox process, with axe on every page and a screenshot of each into
// docs/screenshots/ (what the docs show):
// - intranet: sign in → search → open a card → request mentorship (the built-in dialog) → the room appears in the
//   room widget; signed in as the mentor, the room with his mentee;
// - blog: the thread and the roadmap render under the blog's strict CSP and its own stylesheet;
// - live: the thread's owner posts from her feed; a reader's open blog page shows "1 new post".
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startBlog } from '../../examples/blog/server.js';
import { startIntranet } from '../../examples/intranet/server.js';
import { launchChromium } from '../support/playwright.mjs';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox-process.js';
import { expectClean, recordingContext } from '../support/page-checks.js';

const bundle = fileURLToPath(new URL('../../packages/elements/dist/menteo.js', import.meta.url));
const shots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

let sandbox: SandboxProcess;
let browser: Browser;
let intranet: { origin: string; server: Server };
let blog: { origin: string; server: Server };

before(async () => {
  sandbox = await startSandboxProcess(['--mentors', '80']);
  intranet = await startIntranet({ port: 0, apiUrl: sandbox.url, secretKey: sandbox.keys.demoSecret, bundle });
  blog = await startBlog({ port: 0, apiUrl: sandbox.url, bundle });
  browser = await launchChromium();
  await mkdir(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  intranet?.server.close();
  blog?.server.close();
  await sandbox?.stop();
});

/** The examples' pages are seen at one desktop size. */
const newContext = () => recordingContext(browser, { width: 1200, height: 900 }, sandbox.clockOffsetMs);

/** Signs in on the intranet's stand-in for SSO as a person does: its page, then its button. */
async function signIn(page: Page, as: 'demo-mentee' | 'demo-mentor', name: string) {
  await page.goto(`${intranet.origin}/login?as=${as}`);
  await page.getByRole('button', { name: `Continue as ${name}` }).click();
  await page.getByText(`Signed in as ${name}`).waitFor();
}

const watchErrors = (page: Page) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
};

describe('examples, as people use them', () => {
  it('intranet: search, open a card, request mentorship, and the room appears in the room widget', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'demo-mentee', 'Priya Raman');

    // Search by typing, like a person (debounced), then pick a mentor who takes requests.
    const search = page.locator('menteo-mentor-search');
    const searched = page.waitForResponse((r) => r.url().includes('/v1/mentors?') && r.url().includes('q=product'));
    await search.locator('[part~="search-input"]').pressSequentially('product', { delay: 30 });
    await searched;
    await search.locator('[part~="results"]:not(.busy)').waitFor();
    const card = search
      .locator('menteo-mentor-card')
      .filter({ has: page.locator('[part~="request-button"]:not([disabled])') })
      .first();
    await card.waitFor();
    const mentorName = (await card.locator('[part~="name"]').textContent())!.trim();
    await card.locator('[part~="request-button"]').click();

    // The elements' own request dialog asks for the goal; keyboard to send.
    const dialog = page.getByRole('dialog', { name: `Request mentorship with ${mentorName}` });
    await dialog.waitFor();
    await dialog.getByLabel('Your goal').fill('Grow into leading a product area with confidence');
    await dialog.getByRole('button', { name: 'Send request' }).press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    // That mentor's card now says where the mentee stands (the button gave way to it).
    const asked = search.locator('menteo-mentor-card', { has: page.locator('[part~="name"]', { hasText: mentorName }) });
    await asked.locator('[part~="room-state"]', { hasText: 'Requested · view' }).waitFor();

    // The new room, requested, with that mentor.
    const room = page.locator('menteo-room-widget');
    await room.locator('[part~="name"]', { hasText: mentorName }).waitFor();
    assert.match((await room.locator('[part~="status"]').first().textContent()) ?? '', /request/i);
    await page.screenshot({ path: `${shots}example-intranet.png`, fullPage: true });
    await expectClean(page, errors);
    await context.close();
  });

  it('intranet as the mentor: the room with his mentee opens, never "no mentorship yet"', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'demo-mentor', 'Daniel Okafor');
    const room = page.locator('menteo-room-widget');
    await room.locator('[part~="name"]', { hasText: 'Priya Raman' }).waitFor();
    assert.equal(await page.locator('#no-room').isVisible(), false);
    await expectClean(page, errors);
    await context.close();
  });

  it('blog: the growth thread and the roadmap render under the strict CSP, untouched by the blog’s CSS', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${blog.origin}/`);
    const feed = page.locator('menteo-thread-feed');
    await feed.locator('[part~="post"]').first().waitFor();
    await page.locator('menteo-roadmap-stepper').locator('[part~="step"], li').first().waitFor();
    // The blog styles every <button> hotpink with a 4px black border; the widgets' buttons stay theirs.
    const reaction = feed.locator('[part~="reaction-button"]').first();
    const look = await reaction.evaluate((b) => ({ bg: getComputedStyle(b).backgroundColor, border: getComputedStyle(b).borderTopWidth }));
    assert.notEqual(look.bg, 'rgb(255, 105, 180)');
    assert.notEqual(look.border, '4px');
    // At most `limit` posts in the compact sidebar.
    assert.ok((await feed.locator('[part~="post"]').count()) <= 5);
    await page.screenshot({ path: `${shots}example-blog.png`, fullPage: true });
    await expectClean(page, errors);
    await context.close();
  });

  it('live: the owner posts from her feed, and a reader’s open blog page shows "1 new post"', async () => {
    const reader = await (await newContext()).newPage();
    await reader.goto(`${blog.origin}/`);
    const readerFeed = reader.locator('menteo-thread-feed');
    await readerFeed.locator('[part~="post"]').first().waitFor();

    // The owner, signed in on the intranet's session, with her thread's feed (and its composer).
    const ownerContext = await newContext();
    const owner = await ownerContext.newPage();
    await signIn(owner, 'demo-mentee', 'Priya Raman');
    await owner.evaluate(() => {
      const feed = document.createElement('menteo-thread-feed');
      feed.setAttribute('thread-id', 'thr_learningtolead');
      document.querySelector('menteo-provider main')!.prepend(feed);
    });
    const body = `Milestone: my first skip-level went well (${Date.now()})`;
    const composer = owner.locator('menteo-thread-feed [part~="composer-body"]');
    await composer.fill(body);
    await owner.locator('menteo-thread-feed [part~="composer-button"]').click();
    await owner.locator('menteo-thread-feed [part~="post"]', { hasText: body }).waitFor();

    const banner = readerFeed.locator('[part~="new-posts-banner"]');
    await banner.waitFor({ timeout: 15_000 });
    assert.match((await banner.textContent()) ?? '', /1 new post/i);
    await banner.click();
    await readerFeed.locator('[part~="post"]', { hasText: body }).waitFor();
    await ownerContext.close();
  });
});
