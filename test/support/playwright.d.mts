// Types of playwright.mjs, for the TypeScript scripts that import it (screenshots, benchmarks).
import type { Browser } from 'playwright-core';

export { chromiumArgs } from './chromium-flags.mjs';

/** Launches `/usr/bin/chromium` (or `CHROME_PATH`) with playwright-core. */
export function launchChromium(): Promise<Browser>;
