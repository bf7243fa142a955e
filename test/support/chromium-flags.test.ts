import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disabledFeatures } from './chromium-flags.mjs';
import { launchChromium } from './playwright.mjs';

/** The values of every `--disable-features=` on a command line, in order. */
const disableLists = (commandLine: string) => [...commandLine.matchAll(/--disable-features=(\S*)/g)].map(([, list]) => list!.split(','));

test('playwright-core launches with its own disabled features and ours, in the one list Chromium reads', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // The browser's command line as Chromium received it: Playwright's flag first, the caller's after.
    await page.goto('chrome://version');
    const commandLine = (await page.locator('#command_line').textContent()) ?? '';
    const lists = disableLists(commandLine);
    assert.ok(lists.length >= 2, `expected Playwright's --disable-features and ours, got: ${commandLine}`);
    const [playwrights, ...rest] = lists;
    const last = new Set(rest.at(-1));
    // Chromium keeps only the last: a feature Playwright turns off that our copy lacks would be back on.
    assert.deepEqual(
      playwrights!.filter((feature) => !last.has(feature)),
      [],
      'playwright-core turns off features that playwright.mjs does not: update playwrightDisabledFeatures',
    );
    for (const feature of disabledFeatures) assert.ok(last.has(feature), `${feature} is not turned off`);

    // And the feature names still turn the popup off in this Chromium: no window built one.
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
    const popups = targetInfos.filter((target) => target.url.startsWith('chrome://omnibox-popup'));
    assert.deepEqual(
      popups.map((target) => target.url),
      [],
    );
  } finally {
    await browser.close();
  }
});
