// The flags every headless Chromium run here needs, whoever launches it (web-test-runner or
// playwright-core): Debian's package as root, no GPU, and a closed network it must not probe.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

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
];
