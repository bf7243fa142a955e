// The one way this repository launches Chromium for web-test-runner: Debian's package
// (no tool may download its own browser here), headless, with the network chatter that
// this machine's closed network refuses turned off.
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './chromium-flags.mjs';

/** Every launcher made in this process: the watchdog's probe asks them for their pages (wtr-page-probe.mjs). */
export const launchers = [];

/** A web-test-runner browser launcher for `/usr/bin/chromium` (or `CHROME_PATH`). */
export function chromium() {
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless=new', ...chromiumArgs],
    },
  });
  launchers.push(launcher);
  return launcher;
}
