// The elements on a page with a strict Content-Security-Policy (no inline scripts or styles,
// no eval, only the API to connect to) and a hostile site stylesheet: they render, they stay
// intact inside, nothing is refused by the policy, and axe finds nothing wrong in them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/playwright.mjs';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox-process.js';
import { axeSource, startSite, type Site } from '../support/site.js';

let sandbox: SandboxProcess;
let site: Site;
let browser: Browser;

/** Rules a careless site stylesheet might have: none may reach inside the elements. */
const hostile = `
* { box-sizing: content-box !important; line-height: 3 !important; }
button, [role="button"] { display: none !important; }
div, p, ul, li, article, section, span { padding: 30px !important; margin: 20px !important; border: 3px dashed red !important; background: yellow !important; }
p, span, h3 { color: #f0f !important; font-weight: 100 !important; }
img { width: 900px !important; height: 900px !important; }
`;

/** Records every CSP violation the page sees (an external script: inline ones are refused here). */
const probe = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')), true);`;

before(async () => {
  sandbox = await startSandboxProcess(['--mentors', '60']);
  site = await startSite(sandbox);
  site.asset('/hostile.css', 'text/css', hostile);
  site.asset('/csp-probe.js', 'text/javascript', probe);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await sandbox?.stop();
});

async function roadmapSlug(): Promise<string> {
  const answer = await fetch(`${sandbox.url}/v1/roadmaps?limit=1`, { headers: { Authorization: `Bearer ${sandbox.keys.demoPublishable}` } });
  const { data } = (await answer.json()) as { data: { slug: string }[] };
  return data[0]!.slug;
}

/** Text of the first match of `selector` inside `tag`'s shadow root. */
const shadowText = (page: Page, tag: string, selector: string) =>
  page.evaluate(([t, s]) => document.querySelector(t!)?.shadowRoot?.querySelector(s!)?.textContent?.trim() ?? '', [tag, selector]);

describe('a blog page under a strict CSP, with a hostile stylesheet', () => {
  it('renders every element, refuses nothing, keeps the insides intact, and is axe-clean', async () => {
    const csp = [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      `connect-src ${sandbox.url}`,
      `img-src ${sandbox.url} https: data:`,
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; ');
    const slug = await roadmapSlug();
    const url = site.page('/post.html', {
      headers: { 'Content-Security-Policy': csp },
      html: `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Learning to lead — a blog post</title>
  <meta name="menteo:publishable-key" content="${sandbox.keys.demoPublishable}">
  <meta name="menteo:base-url" content="${sandbox.url}">
  <link rel="stylesheet" href="/hostile.css">
  <script src="/csp-probe.js"></script>
  <script type="module" src="/menteo.js"></script>
</head>
<body>
  <main>
    <h1>Learning to lead</h1>
    <h2>The mentor who helped</h2>
    <menteo-mentor-card mentor-id="men_demomentor" heading-level="3"></menteo-mentor-card>
    <h2>The path I follow</h2>
    <menteo-roadmap-stepper roadmap-id="${slug}"></menteo-roadmap-stepper>
    <h2>Find your own mentor</h2>
    <menteo-mentor-search page-size="4"></menteo-mentor-search>
    <section lang="es">
      <h2>En español</h2>
      <menteo-mentor-card mentor-id="men_demomentor" heading-level="3"></menteo-mentor-card>
    </section>
  </main>
</body>
</html>`,
    });
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(url);

    // Rendered, from the API, through the policy.
    await page.waitForFunction(() => document.querySelector('menteo-mentor-card')?.shadowRoot?.querySelector('[part~="name"]'));
    await page.waitForFunction(() => document.querySelector('menteo-roadmap-stepper')?.shadowRoot?.querySelector('[part~="progress"], [part~="steps"], ol'));
    await page.waitForFunction(() => (document.querySelector('menteo-mentor-search')?.shadowRoot?.querySelectorAll('menteo-mentor-card').length ?? 0) > 0);
    assert.equal(await shadowText(page, 'menteo-mentor-card', '[part~="name"]'), 'Daniel Okafor');
    // Spanish comes with the embed bundle too (inline there, a chunk of its own for npm users).
    await page.waitForFunction(() => document.querySelector('[lang="es"] menteo-mentor-card')?.shadowRoot?.querySelector('[part~="name"]'));
    assert.equal(await shadowText(page, '[lang="es"] menteo-mentor-card', '[part~="request-button"]'), 'Solicitar mentoría');

    // The site's rules stopped at the shadow boundary.
    const inside = await page.evaluate(() => {
      const root = document.querySelector('menteo-mentor-card')!.shadowRoot!;
      const button = root.querySelector<HTMLElement>('[part~="request-button"]')!;
      const name = root.querySelector<HTMLElement>('[part~="name"]')!;
      const box = button.getBoundingClientRect();
      return {
        display: getComputedStyle(button).display,
        height: box.height,
        nameWeight: getComputedStyle(name).fontWeight,
        namePadding: getComputedStyle(name).paddingTop,
      };
    });
    assert.notEqual(inside.display, 'none', 'the button is still shown');
    assert.ok(inside.height >= 32, `the button keeps its size (${inside.height}px)`);
    assert.equal(inside.nameWeight, '650', 'the name keeps its weight');
    assert.equal(inside.namePadding, '0px', 'no padding leaked in');

    // Nothing was refused: no inline style, no inline script, no eval.
    await page.waitForTimeout(300);
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(
      consoleErrors.filter((e) => /Content.Security.Policy|Refused to/i.test(e)),
      [],
    );

    // axe, across the shadow roots of the elements (run through the debugger protocol: the
    // page's own policy rightly refuses an injected script).
    await page.evaluate(await axeSource());
    const results = await page.evaluate(() =>
      (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(
        { include: [['menteo-mentor-card'], ['menteo-roadmap-stepper'], ['menteo-mentor-search'], ['[lang="es"] menteo-mentor-card']] },
        { resultTypes: ['violations'] },
      ),
    );
    assert.deepEqual(
      results.violations.map((v) => `${v.id} (${v.nodes.length})`),
      [],
    );
    await page.close();
  });
});
