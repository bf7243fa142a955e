// The static blog example (examples/blog) as its readers open it in Chromium, and their sign-in
// through the API's hosted popup, by keyboard: shared by the e2e files that drive the blog.
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chooseRadio, press, pressToClose } from './keyboard.js';
import { recordingContext } from './page-checks.js';

/** A reader's page of the blog: its context (one per reader), the page, and its page errors. */
export interface BlogPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/**
 * Opens the blog at `origin` in a fresh context (a reader of their own); in Spanish, the same page
 * turned `lang="es"` (the elements follow the page's language live, and ask the hosted popup for
 * it). Not a rewritten response: Chromium counts a page answered by the test, not the network, as
 * public, and refuses it the sandbox's loopback address.
 *
 * @example
 * ```ts
 * const { page, errors } = await openBlog(browser, blog.origin, 'es', sandbox.clockOffsetMs);
 * ```
 */
export async function openBlog(browser: Browser, origin: string, lang: 'en' | 'es', clockOffsetMs: number): Promise<BlogPage> {
  const context = await recordingContext(browser, { width: 1200, height: 900 }, clockOffsetMs);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/`);
  if (lang === 'es') await page.evaluate(() => document.documentElement.setAttribute('lang', 'es'));
  await page.locator('menteo-thread-feed [part~="post"]').first().waitFor();
  await page.locator('menteo-roadmap-stepper [part~="sign-in-button"]').waitFor();
  return { context, page, errors };
}

/** Tabs to the stepper's "Sign in", presses Enter, and returns the popup it opened. */
export async function signInFromStepper(page: Page): Promise<Page> {
  const opened = page.waitForEvent('popup');
  await press(page, page.locator('menteo-roadmap-stepper [part~="sign-in-button"]'), 'Enter', { cap: 120 });
  return opened;
}

const popupWords = {
  en: { heading: 'Sign in to Demo Company', allow: 'Allow' },
  es: { heading: 'Iniciar sesión en Demo Company', allow: 'Permitir' },
};

/**
 * In the hosted popup, by keyboard: into the person group, the arrow keys down to `person` (a
 * seeded member of Demo Company), then Allow; resolves when the popup has closed itself.
 *
 * @example
 * ```ts
 * await consentAs(await signInFromStepper(page), 'Priya Raman');
 * ```
 */
export async function consentAs(popup: Page, person: string, lang: 'en' | 'es' = 'en'): Promise<void> {
  const words = popupWords[lang];
  await popup.getByRole('heading', { level: 1, name: words.heading }).waitFor();
  const choice = popup.getByRole('radio', { name: new RegExp(`^${person}\\b`) });
  await chooseRadio(popup, popup.getByRole('radio'), choice);
  assert.ok(await choice.isChecked(), `${person} chosen in the popup`);
  await pressToClose(popup, popup.getByRole('button', { name: words.allow }));
}

/**
 * Waits until `read` returns `expected` (the API catching up with a page's write): polls every
 * 100 ms, at most 5 s, then asserts.
 *
 * @example
 * ```ts
 * await eventually(() => cheers(), before + 1);
 * ```
 */
export async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  for (let tries = 0; tries < 50 && (await read()) !== expected; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(await read(), expected);
}
