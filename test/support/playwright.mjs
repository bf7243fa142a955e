// The one way scripts and end-to-end tests drive Chromium through playwright-core: Debian's
// package (no tool may download its own browser here), headless, the flags this machine needs.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, disabledFeatures } from './chromium-flags.mjs';

export { chromiumArgs } from './chromium-flags.mjs';

/**
 * The features playwright-core 1.65 turns off itself (its chromiumSwitches.ts). It passes them as
 * one `--disable-features` before the caller's flags and does not merge the two, and Chromium keeps
 * only the last: ours carries both lists. chromium-flags.test.ts checks this copy against the
 * installed playwright-core.
 */
export const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/** The flags playwright-core launches with: chromiumArgs, with one `--disable-features` for its features and ours. */
export const playwrightArgs = [
  ...chromiumArgs.filter((arg) => !arg.startsWith('--disable-features=')),
  `--disable-features=${[...playwrightDisabledFeatures, ...disabledFeatures].join(',')}`,
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
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: playwrightArgs });
}
