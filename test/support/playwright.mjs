// The one way scripts and end-to-end tests drive Chromium through playwright-core: Debian's
// package (no tool may download its own browser here), headless, the flags this machine needs.
import { chromium } from 'playwright-core';

/** The flags every headless Chromium run here needs (root in CI, no GPU, a closed network). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

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
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs });
}
