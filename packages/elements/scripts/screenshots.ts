// `pnpm run screenshots`: renders every element's scenarios (`src/*/*.screenshots.ts`) in real
// Chromium against a real seeded sandbox, in light, dark and RTL, into docs/screenshots/.
// The page is what a customer writes: the bundled elements, a <meta> publishable key, markup.
//   --only <text>   just the scenarios whose file or name contains <text>
import { sdkAliases } from './sdk-aliases.js';
import { build } from 'esbuild';
import { mkdir, readdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../../../test/support/playwright.mjs';
import { pageClockScript } from '../../../test/support/page-clock.mjs';
import { startSandboxHost } from '@menteo/test-support/sandbox-host';
import type { Scenario } from '../src/internal/scenario.screenshots.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const out = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

const variants = {
  light: { dir: 'ltr', scheme: 'light' },
  dark: { dir: 'ltr', scheme: 'dark' },
  rtl: { dir: 'rtl', scheme: 'light' },
} as const;

/** Every scenario file, by element folder. */
async function loadScenarios(): Promise<{ element: string; scenario: Scenario }[]> {
  const found: { element: string; scenario: Scenario }[] = [];
  for (const dir of (await readdir(src, { withFileTypes: true })).filter((d) => d.isDirectory())) {
    const file = `${src}${dir.name}/${dir.name}.screenshots.ts`;
    const module = (await import(pathToFileURL(file).href).catch(() => undefined)) as { scenarios?: Scenario[] } | undefined;
    for (const scenario of module?.scenarios ?? []) {
      if (!only || dir.name.includes(only) || scenario.name.includes(only)) found.push({ element: dir.name, scenario });
    }
  }
  return found;
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [`${src}index.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: sdkAliases(),
  });
  return result.outputFiles[0]!.text;
}

function page(scenario: Scenario, variant: keyof typeof variants, api: string): string {
  const { dir, scheme } = variants[variant];
  let markup = scenario.markup.replaceAll('{{api}}', api);
  if (scenario.person) markup = `<menteo-provider publishable-key="pk_test_demo" base-url="${api}">${markup}</menteo-provider>`;
  // The dark variant is the elements' dark theme, as a page asks for it: `theme` on each element.
  if (scheme === 'dark') markup = markup.replace(/<menteo-[a-z-]+/g, '$& theme="dark"');
  return `<!doctype html>
<html lang="en" dir="${dir}">
<head>
  <meta charset="utf-8">
  <meta name="color-scheme" content="${scheme}">
  <meta name="menteo:publishable-key" content="pk_test_demo">
  <meta name="menteo:base-url" content="${api}">
  <style>
    body { margin: 0; padding: 24px; font-family: system-ui, sans-serif; background: ${scheme === 'dark' ? '#0f1115' : '#f4f5f7'}; }
    #frame { width: ${scenario.width ?? 720}px; }
  </style>
  <script type="module" src="/menteo.js"></script>
</head>
<body><div id="frame">${markup}</div></body>
</html>`;
}

const host = await startSandboxHost();
const closed = createServer();
await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
const downUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
await new Promise<void>((resolve) => closed.close(() => resolve()));

const script = await bundle();
const pages = new Map<string, string>();
const server: Server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/menteo.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else if (pages.has(path)) res.writeHead(200, { 'content-type': 'text/html' }).end(pages.get(path));
  else if (path === '/__menteo/insights') {
    // The company's backend of an admin page (<menteo-program-insights src>): it reads with its secret key.
    host.insights(new URL(req.url ?? '/', 'http://x').search.slice(1)).then((a) => res.writeHead(a.status, { 'content-type': a.type }).end(a.body));
  } else res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const scenarios = await loadScenarios();
await mkdir(out, { recursive: true });
const browser = await launchChromium();
let shots = 0;
try {
  for (const { element, scenario } of scenarios) {
    for (const variant of Object.keys(variants) as (keyof typeof variants)[]) {
      const api = scenario.api === 'down' ? downUrl : host.url;
      const path = `/${element}/${scenario.name}/${variant}.html`;
      pages.set(path, page(scenario, variant, api));
      const context = await browser.newContext({
        colorScheme: variants[variant].scheme,
        viewport: { width: (scenario.width ?? 720) + 48, height: 900 },
        deviceScaleFactor: 1,
      });
      const tab = await context.newPage();
      // The page reads the sandbox's clock (the suites' fixed instant): "next session", "week 11 of
      // 24" and every date agree with the API, and shots taken again on another day come out the same.
      await tab.addInitScript(pageClockScript(host.now() - Date.now()));
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      if (scenario.api === 'hang') await tab.route(`${host.url}/**`, () => {}); // never answered: the loading state stays
      if (scenario.person) {
        const token = await host.token(scenario.person);
        await tab.addInitScript((t) => {
          customElements.whenDefined('menteo-provider').then(() => {
            for (const provider of document.querySelectorAll('menteo-provider')) (provider as unknown as { token: string }).token = t;
          });
        }, token);
      }
      await tab.goto(origin + path);
      // A hanging API never goes idle; the live event stream never does either, so idle is capped.
      if (scenario.api !== 'hang') {
        await tab.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => {});
        // Settled: no element still busy (a down API is retried with backoff before the error shows).
        await tab
          .waitForFunction(
            () =>
              [...document.querySelectorAll('*')].every(
                (e) => !e.localName.startsWith('menteo-') || !e.shadowRoot?.querySelector('[part~="base"][aria-busy="true"]'),
              ),
            undefined,
            { timeout: 15_000 },
          )
          .catch(() => console.warn(`  ! ${element}/${scenario.name}/${variant}: still busy after 15 s`));
      }
      await tab.waitForTimeout(scenario.api === 'hang' ? 400 : 250);
      if (scenario.interact) {
        await tab.evaluate(scenario.interact);
        await tab.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => {});
        await tab.waitForTimeout(250);
      }
      const file = `${out}${element}-${scenario.name}-${variant}.png`;
      await tab.locator('#frame').screenshot({ path: file, animations: 'disabled' });
      shots++;
      if (errors.length) console.warn(`  ! ${element}/${scenario.name}/${variant}: ${errors.join('; ')}`);
      await context.close();
    }
    console.log(`  ${element}/${scenario.name}`);
  }
} finally {
  await browser.close();
  server.close();
  await host.close();
}
console.log(`${shots} screenshots in docs/screenshots/`);
