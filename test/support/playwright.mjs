// The one way scripts and end-to-end tests drive Chromium through playwright-core: Debian's
// package (no tool may download its own browser here), headless, the flags this machine needs.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium-flags.mjs';

export { chromiumArgs } from './chromium-flags.mjs';

/**
 * Launches `/usr/bin/chromium` (or `CHROME_PATH`) with playwright-core.
 *
 * @example
 * ```js
 * const browser = await launchChromium();
 * const page = await browser.newPage();
 * ```
 */
export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
