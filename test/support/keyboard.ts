// Driving a page by keyboard only, as a person who cannot use a pointer does: Tab (or Shift+Tab)
// until the wanted control has the focus. Reaching it this way is itself the proof that it can
// be reached by keyboard; what it is, is found by role and accessible name (Playwright's
// getByRole), the way assistive technology finds it.
import type { Locator, Page } from 'playwright-core';

/** The element that has the focus, through open shadow roots, described for a failure message. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return 'nothing';
    const label = active.getAttribute('aria-label') ?? (active as HTMLInputElement).labels?.[0]?.textContent ?? active.textContent ?? '';
    return `<${active.localName}> ${label.replace(/\s+/g, ' ').trim().slice(0, 80)}`;
  });
}

/**
 * Whether `target` (one element) has the focus, looking through shadow roots.
 *
 * @example
 * ```ts
 * assert.ok(await hasFocus(page.getByRole('textbox', { name: 'Your goal' })));
 * ```
 */
export function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });
}

/** Whether one of `targets` has the focus, looking through shadow roots. */
function oneHasFocus(targets: Locator): Promise<boolean> {
  return targets.evaluateAll((elements) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return elements.some((element) => element === active);
  });
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` (or one of the elements it matches) has the focus, at most `cap` times; fails
 * saying what had the focus instead.
 *
 * @example
 * ```ts
 * await tabTo(page, page.getByRole('button', { name: 'Send request' }));
 * await page.keyboard.press('Enter');
 * ```
 */
export async function tabTo(page: Page, target: Locator, { back = false, cap = 60 } = {}): Promise<void> {
  await target.first().waitFor();
  for (let presses = 0; presses <= cap; presses++) {
    if (await oneHasFocus(target)) return;
    if (presses < cap) await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} did not get the focus in ${cap} presses of ${back ? 'Shift+Tab' : 'Tab'}; the focus is on ${await describeFocus(page)}`);
}

/**
 * Tabs to `target` and presses `key` on it (Enter by default: a button, a link, a form's submit).
 *
 * @example
 * ```ts
 * await press(page, page.getByRole('button', { name: 'Accept' }));
 * ```
 */
export async function press(page: Page, target: Locator, key = 'Enter', options: { back?: boolean; cap?: number } = {}): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press(key);
}

/**
 * Tabs to `target`, presses `key` on it, and resolves once the page has closed itself (a popup's
 * Allow). The page may close before the key is up: a press that fails only because the page has
 * closed is that end, not an error (it failed clean-clone runs with "Target page, context or
 * browser has been closed").
 *
 * @example
 * ```ts
 * await pressToClose(popup, popup.getByRole('button', { name: 'Allow' }));
 * ```
 */
export async function pressToClose(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  const closed = page.waitForEvent('close');
  await tabTo(page, target);
  await page.keyboard.press(key).catch((error: unknown) => {
    if (!page.isClosed()) throw error;
  });
  await closed;
}

/**
 * Tabs to a text field and types `text` into it, replacing what it held.
 *
 * @example
 * ```ts
 * await typeInto(page, dialog.getByRole('textbox', { name: 'Your goal' }), 'Lead my first team');
 * ```
 */
export async function typeInto(page: Page, target: Locator, text: string, options: { back?: boolean; cap?: number } = {}): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/**
 * Chooses a radio as a keyboard does: Tab into its group (which lands on the checked radio, or
 * the first), then arrow keys (which move and check) until it has the focus, and Space when
 * the group's first radio was the one wanted and nothing was checked yet.
 *
 * @example
 * ```ts
 * const group = form.getByRole('group', { name: 'Your rating' });
 * await chooseRadio(page, group.getByRole('radio'), group.getByRole('radio', { name: '4 of 5 stars' }));
 * ```
 */
export async function chooseRadio(page: Page, radios: Locator, target: Locator): Promise<void> {
  await tabTo(page, radios);
  const count = await radios.count();
  // Arrow keys wrap around the group: twice its size is enough from wherever the Tab landed.
  for (let step = 0; step < 2 * count && !(await hasFocus(target)); step++) await page.keyboard.press('ArrowDown');
  if (!(await hasFocus(target))) throw new Error(`${String(target)} was not reached with the arrow keys in its group`);
  if (!(await target.isChecked())) await page.keyboard.press('Space');
}
