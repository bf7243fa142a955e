// What every example's end-to-end test asks of its page: no CSP violation, no page error, and
// nothing axe-core finds wrong.
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { pageClockScript } from './page-clock.mjs';
import { axeSource } from './site.js';

/**
 * A browser context whose pages record CSP violations in `window.__violations` (through an init
 * script: the page's own policy does not apply to it) and read the sandbox's clock
 * (`clockOffsetMs` of the sandbox process). `options` go to the context (e.g. a `locale`).
 *
 * @example
 * ```ts
 * const page = await (await recordingContext(browser, { width: 1200, height: 900 })).newPage();
 * ```
 */
export async function recordingContext(
  browser: Browser,
  viewport: { width: number; height: number },
  clockOffsetMs = 0,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, viewport });
  // The page's clock agrees with the sandbox's (page-clock.mjs), like the element tests' pages.
  await context.addInitScript(pageClockScript(clockOffsetMs));
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  return context;
}

/**
 * Asserts a page of a {@link recordingContext} saw no CSP violation and none of `errors` (its
 * `pageerror`s), and that axe-core finds no violation in the whole document.
 *
 * @example
 * ```ts
 * await expectClean(page, errors);
 * ```
 */
export async function expectClean(page: Page, errors: string[]): Promise<void> {
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), [], 'no CSP violation');
  assert.deepEqual(errors, [], 'no page error');
  await page.evaluate(await axeSource());
  const { violations } = await page.evaluate(() =>
    (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  assert.deepEqual(
    violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`),
    [],
  );
}
