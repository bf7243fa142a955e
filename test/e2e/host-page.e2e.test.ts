// The elements on a blogger's page that has its own dark mode and a long post (issue #15): with
// `theme="auto"` they follow the site's own toggle live (not the operating system), and with
// `loading="lazy"` an element far below the fold asks the API nothing until the reader scrolls
// within 200 px of it. The page is served under a strict CSP, through the one-file embed bundle.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectClean, recordingContext } from '../support/page-checks.js';
import { launchChromium } from '../support/playwright.mjs';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox-process.js';
import { startSite, type Site } from '../support/site.js';

let sandbox: SandboxProcess;
let site: Site;
let browser: Browser;

// The site's own dark mode, as many blogs do it: a button that flips `data-theme` on <html>.
const siteScript = `const button = document.querySelector('#site-theme');
button.addEventListener('click', () => {
  const dark = document.documentElement.dataset.theme !== 'dark';
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  button.setAttribute('aria-pressed', String(dark));
});`;
const siteStyles = `html[data-theme="dark"] body { background: #111; color: #eee; }
html[data-theme="dark"] a { color: #9cf; }
.post { max-width: 40rem; margin: 0 auto; }
.spacer { height: 4000px; }`;

before(async () => {
  sandbox = await startSandboxProcess();
  site = await startSite(sandbox);
  site.asset('/site.js', 'text/javascript', siteScript);
  site.asset('/site.css', 'text/css', siteStyles);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await sandbox?.stop();
});

/** The blog post: a card at the top, the spacer, and a lazy thread feed at the end. */
function post(): string {
  const csp = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `connect-src ${sandbox.url}`,
    `img-src ${sandbox.url} https: data:`,
    "base-uri 'none'",
  ].join('; ');
  return site.page('/post.html', {
    headers: { 'content-security-policy': csp },
    html: `<!doctype html>
<html lang="en" data-theme="light">
<head>
  <meta charset="utf-8">
  <title>What I learned leading my first team</title>
  <meta name="menteo:publishable-key" content="${sandbox.keys.demoPublishable}">
  <meta name="menteo:base-url" content="${sandbox.url}">
  <meta name="menteo:theme" content="auto">
  <link rel="stylesheet" href="/site.css">
  <script type="module" src="/menteo.js"></script>
  <script type="module" src="/site.js"></script>
</head>
<body>
  <main class="post">
    <h1>What I learned leading my first team</h1>
    <button id="site-theme" type="button" aria-pressed="false">Dark mode</button>
    <h2>Who helped me</h2>
    <menteo-mentor-card mentor-id="men_demomentor"></menteo-mentor-card>
    <div class="spacer"></div>
    <menteo-thread-feed id="feed" loading="lazy" thread-id="thr_learningtolead"></menteo-thread-feed>
  </main>
</body>
</html>`,
  });
}

/** The theme an element drew itself in (its `base` part's background shows it). */
const resolvedTheme = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)!.getAttribute('data-resolved-theme'), selector);

describe('a blog page with its own dark mode and a long post', () => {
  it("elements with theme='auto' follow the site's toggle live, whatever the system says; axe-clean in both", async () => {
    // The system says dark: the site's own light theme must win.
    const context = await recordingContext(browser, { width: 1000, height: 800 }, sandbox.clockOffsetMs, { colorScheme: 'dark' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(post());
    await page.waitForFunction(() => document.querySelector('menteo-mentor-card')?.shadowRoot?.querySelector('[part~="name"]')?.textContent?.trim());
    assert.equal(await resolvedTheme(page, 'menteo-mentor-card'), 'light');
    const lightBackground = await page.evaluate(
      () => getComputedStyle(document.querySelector('menteo-mentor-card')!.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor,
    );
    await expectClean(page, errors);

    // The reader presses the site's own toggle, with the keyboard.
    await page.focus('#site-theme');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('menteo-mentor-card')!.getAttribute('data-resolved-theme') === 'dark');
    const darkBackground = await page.evaluate(
      () => getComputedStyle(document.querySelector('menteo-mentor-card')!.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor,
    );
    assert.notEqual(darkBackground, lightBackground, 'the card redraws in the dark theme');
    await expectClean(page, errors);

    // And back.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('menteo-mentor-card')!.getAttribute('data-resolved-theme') === 'light');
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.querySelector('menteo-mentor-card')!.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor),
      lightBackground,
    );
    await context.close();
  });

  it("an element with loading='lazy' asks the API nothing until the reader scrolls within 200 px of it", async () => {
    const context = await recordingContext(browser, { width: 1000, height: 800 }, sandbox.clockOffsetMs);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(sandbox.url)) asked.push(new URL(request.url()).pathname);
    });
    await page.goto(post());
    await page.waitForFunction(() => document.querySelector('menteo-mentor-card')?.shadowRoot?.querySelector('[part~="name"]')?.textContent?.trim());
    const threadAsked = () => asked.filter((path) => path.startsWith('/v1/threads/'));
    assert.ok(asked.includes('/v1/mentors'), 'the card, in view, has asked for its mentor');
    assert.deepEqual(threadAsked(), [], 'the feed, 4,000 px down, has asked nothing');

    // 400 px short of the feed: still nothing.
    await page.evaluate(() => window.scrollTo(0, document.querySelector('#feed')!.getBoundingClientRect().top + window.scrollY - innerHeight - 400));
    // A frame for the intersection observers to report in.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.deepEqual(threadAsked(), [], 'nothing asked 400 px away');

    // 150 px short: inside the 200 px margin, so the feed loads before it is visible.
    await page.evaluate(() => window.scrollTo(0, document.querySelector('#feed')!.getBoundingClientRect().top + window.scrollY - innerHeight - 150));
    await page.waitForFunction(() => document.querySelector('menteo-thread-feed')?.shadowRoot?.querySelector('article'));
    assert.ok(threadAsked().length > 0, 'the feed asked for its thread once near');
    assert.ok(await page.evaluate(() => document.querySelector('#feed')!.getBoundingClientRect().top > innerHeight), 'and it is still below the fold');
    await expectClean(page, errors);
    await context.close();
  });
});
