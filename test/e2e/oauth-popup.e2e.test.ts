// Reader sign-in through the hosted popup, in Chromium against a sandbox process (issue #12): a
// static page with a strict CSP calls client.auth.signIn({ popup: true }); the reader picks a
// person and consents with the keyboard in the popup; the page gets a token and client.me is that
// person. A page on an origin the key does not allow never receives anything from the popup.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { press, pressToClose, tabTo } from '../support/keyboard.js';
import { expectClean, recordingContext } from '../support/page-checks.js';
import { launchChromium } from '../support/playwright.mjs';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox-process.js';
import { startSite, type Site } from '../support/site.js';

let sandbox: SandboxProcess;
let site: Site;
let browser: Browser;
/** The page's scripts by path: its own and the SDK's chunks. */
const scripts = new Map<string, string>();

/** The page's own script: a Sign in button, the result in a status line, every message it receives recorded. */
const appScript = `import { Menteo } from '/sdk/index.js';
const button = document.querySelector('#sign-in');
const status = document.querySelector('#status');
window.__messages = [];
addEventListener('message', (event) => window.__messages.push({ origin: event.origin, data: event.data }));
const client = new Menteo({ publishableKey: button.dataset.key, baseUrl: button.dataset.api });
button.addEventListener('click', async () => {
  status.textContent = 'Signing in…';
  try {
    await client.auth.signIn({ popup: true });
    const me = await client.me.retrieve();
    status.textContent = 'Signed in as ' + me.name;
  } catch (error) {
    status.textContent = 'Not signed in: ' + (error.code ?? error.message);
  }
});`;

/** The SDK as a page's bundler ships it: ES modules with the sign-in popup in a chunk of its own. */
async function sdkChunks(): Promise<{ path: string; text: string }[]> {
  const sdkPackage = fileURLToPath(new URL('../../packages/sdk/package.json', import.meta.url));
  const esbuild = (await import(pathToFileURL(createRequire(sdkPackage).resolve('esbuild')).href)) as {
    build(options: object): Promise<{ outputFiles: { path: string; text: string }[] }>;
  };
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('../../packages/sdk/src/index.ts', import.meta.url))],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: '/sdk',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles.map((file) => ({ path: `/sdk/${file.path.split('/').pop()}`, text: file.text }));
}

function blogPage(key: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>A static blog post</title>
  <script type="module" src="/app.js"></script>
</head>
<body>
  <main>
    <h1>Learning to lead</h1>
    <button type="button" id="sign-in" data-key="${key}" data-api="${sandbox.url}">Sign in</button>
    <p id="status" role="status"></p>
  </main>
</body>
</html>`;
}

/** The strict CSP of a static blog: only its own scripts, only the API to talk to. */
const csp = () => ["default-src 'none'", "script-src 'self'", `connect-src ${sandbox.url}`, "base-uri 'none'", "frame-ancestors 'none'"].join('; ');

before(async () => {
  sandbox = await startSandboxProcess(['--mentors', '60']);
  site = await startSite(sandbox);
  scripts.set('/app.js', appScript);
  for (const chunk of await sdkChunks()) scripts.set(chunk.path, chunk.text);
  for (const [path, text] of scripts) site.asset(path, 'text/javascript', text);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await sandbox?.stop();
});

const messagesOf = (page: Page) => page.evaluate(() => (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages);

describe('reader sign-in through the hosted popup (Chromium)', () => {
  it('signs a reader in from a page on an allowed origin, by keyboard, and the client is that person', async () => {
    const context = await recordingContext(browser, { width: 1000, height: 800 }, sandbox.clockOffsetMs);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(site.page('/post.html', { html: blogPage(sandbox.keys.demoPublishable), headers: { 'Content-Security-Policy': csp() } }));
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    const upFront = [...requested];

    const popupOpened = page.waitForEvent('popup');
    await press(page, page.getByRole('button', { name: 'Sign in' }));
    const popup = await popupOpened;
    await popup.getByRole('heading', { level: 1, name: 'Sign in to Demo Company' }).waitFor();
    assert.equal(new URL(popup.url()).origin, new URL(sandbox.url).origin);
    const popupErrors: string[] = [];
    popup.on('pageerror', (error) => popupErrors.push(error.message));
    await expectClean(popup, popupErrors);

    // Keyboard only: into the person group (its checked radio, the first person), Down to Priya, then Allow.
    await tabTo(popup, popup.getByRole('radio', { name: /Daniel Okafor/ }));
    await popup.keyboard.press('ArrowDown');
    assert.ok(await popup.getByRole('radio', { name: /Priya Raman/ }).isChecked());
    await pressToClose(popup, popup.getByRole('button', { name: 'Allow' }));

    // The status line's final word, whatever it is (a failure names its code).
    await page.waitForFunction(() => /^(Signed in|Not signed in)/.test(document.querySelector('#status')!.textContent ?? ''));
    assert.equal(await page.locator('#status').textContent(), 'Signed in as Priya Raman');
    const messages = await messagesOf(page);
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.origin, new URL(sandbox.url).origin);
    // The popup code came in its own chunk, after the click.
    const lazy = requested.slice(upFront.length).filter((path) => path.startsWith('/sdk/'));
    assert.ok(lazy.length > 0, `no chunk loaded on sign-in (${requested.join(', ')})`);
    for (const path of lazy) assert.ok(!upFront.includes(path));
    await expectClean(page, errors);
    await context.close();
  });

  it('a page on an origin the key does not allow gets an error page in the popup, and nothing back', async () => {
    const context = await recordingContext(browser, { width: 1000, height: 800 }, sandbox.clockOffsetMs);
    // The same page, served from an origin that is neither the organization's nor a development one
    // (https: WebCrypto, which makes the PKCE pair, exists only in secure contexts).
    const evilOrigin = 'https://blog.evil.example';
    await context.route(`${evilOrigin}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/post.html') return route.fulfill({ contentType: 'text/html', body: blogPage(sandbox.keys.demoPublishable) });
      const script = scripts.get(path);
      return script === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ contentType: 'text/javascript', body: script });
    });
    const page = await context.newPage();
    await page.goto(`${evilOrigin}/post.html`);
    const popupOpened = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const popup = await popupOpened;
    await popup.getByRole('heading', { level: 1, name: 'This sign-in link is not valid' }).waitFor();
    assert.equal(await popup.getByRole('button', { name: 'Allow' }).count(), 0);
    await popup.close();
    await page.getByRole('status').filter({ hasText: 'Not signed in: popup_closed' }).waitFor();
    assert.deepEqual(await messagesOf(page), []);
    await context.close();
  });

  it('a page that lies about its origin: the reader consents, the callback posts only to the registered origin, the opener gets nothing', async () => {
    const context = await recordingContext(browser, { width: 1000, height: 800 }, sandbox.clockOffsetMs);
    const evilOrigin = 'https://blog.evil.example';
    await context.route(`${evilOrigin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>x</title><h1>x</h1></html>' }),
    );
    const page = await context.newPage();
    await page.goto(`${evilOrigin}/`);
    await page.evaluate(() => {
      const w = window as unknown as { __messages: unknown[] };
      w.__messages = [];
      addEventListener('message', (event) => w.__messages.push({ origin: event.origin, data: event.data }));
    });
    // It opens the authorize URL itself, claiming the allowed origin of the real site.
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: sandbox.keys.demoPublishable,
      redirect_uri: `${sandbox.url}/oauth/popup-callback`,
      state: 'stolen-state-123',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      origin: site.origin,
    });
    const popupOpened = page.waitForEvent('popup');
    await page.evaluate((url) => void window.open(url, 'x', 'popup'), `${sandbox.url}/oauth/authorize?${query}`);
    const popup = await popupOpened;
    await pressToClose(popup, popup.getByRole('button', { name: 'Allow' }));
    // A message the page posts to itself after the popup closed arrives after anything the popup posted.
    const received = await page.evaluate(
      () =>
        new Promise<unknown[]>((resolve) => {
          addEventListener('message', (event) => {
            if (event.data === 'sentinel') resolve((window as unknown as { __messages: unknown[] }).__messages);
          });
          postMessage('sentinel', '*');
        }),
    );
    assert.deepEqual(received, [{ origin: evilOrigin, data: 'sentinel' }]);
    await context.close();
  });
});
