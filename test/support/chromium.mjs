// The one way this repository launches Chromium for web-test-runner: Debian's package
// (no tool may download its own browser here), headless, with the network chatter that
// this machine's closed network refuses turned off.
import { chromeLauncher } from '@web/test-runner-chrome';

/** A web-test-runner browser launcher for `/usr/bin/chromium` (or `CHROME_PATH`). */
export function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox', // root in CI
        '--headless=new',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  });
}
