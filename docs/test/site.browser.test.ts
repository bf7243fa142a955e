// The site's own features in Chromium, on the built site served as static files: the Pagefind
// search box, the dark theme toggle (and the demos following it), the "edit this demo"
// playgrounds, and axe on pages in the light and the dark theme.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../test/support/playwright.mjs';
import { serveStatic } from '../scripts/static-server.js';
import { builtSite } from './support/built-site.js';

describe('the docs site in Chromium', () => {
  let site: Awaited<ReturnType<typeof builtSite>>;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;

  before(async () => {
    site = await builtSite();
    server = await serveStatic(site.dir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  /** Opens a page in a fresh context (its own localStorage) and waits for its demos, if any. */
  async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/${path}`);
    if (await page.locator('script[src$="assets/demo.js"]').count()) {
      await page.waitForFunction(() => window.menteoDemoReady !== undefined);
      await page.evaluate(() => window.menteoDemoReady);
    }
    return { context, page, errors };
  }

  it('finds a guide by a word only it uses, through the search box', async () => {
    const { context, page, errors } = await open('elements/menteo-provider.html');
    const input = page.locator('#search input');
    await input.fill('idempotency');
    const result = page.locator('#search .pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 15_000 });
    assert.match((await result.getAttribute('href')) ?? '', /\/guides\/quick-start-scripting\.html/);
    // Titles are the headings' text, without the '#' of their anchor links.
    const titles = await page.locator('#search .pagefind-ui__result-link').allTextContents();
    assert.ok(titles.length > 1 && titles.every((t) => !t.startsWith('#')), titles.join(' | '));
    assert.equal(await input.getAttribute('aria-label'), 'Search the docs');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('switches to the dark theme with the toggle, keeps the choice, and the demo follows', async () => {
    const { context, page } = await open('elements/menteo-mentor-card.html');
    const card = page.locator('.demo menteo-mentor-card');
    const themes = () =>
      page.evaluate(() => [document.documentElement.dataset.theme, document.querySelector('.demo menteo-mentor-card')?.getAttribute('data-resolved-theme')]);
    await page.waitForFunction(() => document.querySelector('.demo menteo-mentor-card')?.getAttribute('data-resolved-theme') === 'light');
    assert.deepEqual(await themes(), ['light', 'light']);
    const light = await card.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor);
    await page.click('#theme-toggle');
    assert.equal(await page.getAttribute('#theme-toggle', 'aria-pressed'), 'true');
    await page.waitForFunction(() => document.querySelector('.demo menteo-mentor-card')?.getAttribute('data-resolved-theme') === 'dark');
    assert.deepEqual(await themes(), ['dark', 'dark']);
    const dark = await card.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor);
    assert.notEqual(dark, light, 'the card is drawn in its dark tokens');
    await page.reload();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the choice outlives the page');
    assert.equal(await page.getAttribute('#theme-toggle', 'aria-pressed'), 'true');
    await page.click('#theme-toggle');
    assert.equal(await page.evaluate(() => [document.documentElement.dataset.theme, localStorage.getItem('menteo-docs-theme')].join()), 'light,light');
    await context.close();
  });

  it('starts in the system’s dark theme when the reader chose none', async () => {
    const { context, page } = await open('index.html', 'dark');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await page.getAttribute('#theme-toggle', 'aria-pressed'), 'true');
    await context.close();
  });

  it('edits the mentor card demo live: an attribute, a token, and the markup it makes', async () => {
    const { context, page, errors } = await open('elements/menteo-mentor-card.html');
    const card = page.locator('.demo menteo-mentor-card');
    const markup = page.locator('[data-playground-markup="menteo-mentor-card"]');
    await card.locator('[part~="base"]').waitFor({ timeout: 15_000 });
    assert.equal(await markup.textContent(), '<menteo-mentor-card mentor-id="men_demomentor"></menteo-mentor-card>');
    await page.selectOption('#pg-menteo-mentor-card-variant', 'compact');
    assert.equal(await card.getAttribute('variant'), 'compact');
    assert.equal(await card.evaluate((el) => (el as HTMLElement & { variant: string }).variant), 'compact');
    await page.fill('[data-token="--menteo-card-background"]', 'rgb(1, 2, 3)');
    await page.waitForFunction(
      () =>
        getComputedStyle(document.querySelector('.demo menteo-mentor-card')!.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor === 'rgb(1, 2, 3)',
    );
    assert.equal(
      await markup.textContent(),
      '<menteo-mentor-card mentor-id="men_demomentor" variant="compact" style="--menteo-card-background: rgb(1, 2, 3);"></menteo-mentor-card>',
    );
    await page.click('form[data-playground] [data-reset]');
    assert.equal(await card.getAttribute('variant'), null);
    assert.equal(await markup.textContent(), '<menteo-mentor-card mentor-id="men_demomentor"></menteo-mentor-card>');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('edits the thread feed demo live: a boolean attribute and a system token', async () => {
    const { context, page, errors } = await open('elements/menteo-thread-feed.html');
    const feed = page.locator('.demo menteo-thread-feed');
    const markup = page.locator('[data-playground-markup="menteo-thread-feed"]');
    await page.waitForFunction(() => (document.querySelector('.demo menteo-thread-feed')?.shadowRoot?.textContent ?? '').trim().length > 0);
    assert.equal(await page.isChecked('form[data-playground] [data-attribute="compact"]'), false);
    await page.check('form[data-playground] [data-attribute="compact"]');
    assert.equal(await feed.getAttribute('compact'), '');
    assert.equal(await feed.evaluate((el) => (el as HTMLElement & { compact: boolean }).compact), true);
    await page.click('form[data-playground] summary:has-text("System tokens")');
    await page.fill('[data-token="--menteo-color-on-surface"]', 'rgb(4, 5, 6)');
    assert.equal(await feed.evaluate((el) => getComputedStyle(el).getPropertyValue('--menteo-color-on-surface').trim()), 'rgb(4, 5, 6)');
    assert.equal(
      await markup.textContent(),
      '<menteo-thread-feed thread-id="thr_learningtolead" limit="5" compact style="--menteo-color-on-surface: rgb(4, 5, 6);"></menteo-thread-feed>',
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  // The light theme's axe runs are in demos.browser.test.ts (the home page, guides, element pages).
  for (const [path, theme] of [
    ['elements/menteo-mentor-card.html', 'light'],
    ['elements/menteo-thread-feed.html', 'dark'],
    ['guides/quick-start-scripting.html', 'dark'],
    ['guides/theming.html', 'dark'],
    ['index.html', 'dark'],
  ] as const) {
    it(`has no axe violations on ${path} in the ${theme} theme`, async () => {
      const { context, page } = await open(path, theme);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
      await page.locator('#search input').waitFor();
      await page.waitForTimeout(1000); // let the demos render
      await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
        const { violations } = await axe.run(document);
        return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      });
      assert.deepEqual(violations, []);
      await context.close();
    });
  }
});
