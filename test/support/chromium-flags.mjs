// The flags every headless Chromium run here needs, whoever launches it (web-test-runner or
// playwright-core): Debian's package as root, no GPU, and a closed network it must not probe.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Chromium features every test browser runs without. The address bar's popup: Chromium 156 builds
 * it as a WebUI page (chrome://omnibox-popup.top-chrome/) in a renderer of its own for every window
 * it opens, 1.2-1.5 s of CPU that no test sees and that, on two cores, ran beside the pages under
 * test (the feed bench's long tasks at the start of scrolling were mostly its).
 */
export const disabledFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

export const chromiumArgs = [
  '--no-sandbox', // root in CI
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Every name but this machine's fails at once. The seed's avatars live on a CDN the closed
  // network cannot reach, and a name lookup that hangs instead (some machines' resolvers do)
  // held pages and msw's worker for seconds per image.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  // Chromium keeps only the last --disable-features: Puppeteer (web-test-runner) merges this one
  // with its own; playwright.mjs replaces it with one that carries Playwright's too.
  `--disable-features=${disabledFeatures.join(',')}`,
];
