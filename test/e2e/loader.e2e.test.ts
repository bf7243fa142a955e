// The script-tag autoloader (packages/elements/dist/cdn/menteo-loader.js, issue #15) on a
// blogger's page that loads nothing else: it imports only the chunks of the elements the page
// shows (checked against their integrity hashes, and so are the chunks those import() later),
// defines a tag added later, leaves an element far
// below the fold without code until the reader scrolls near it, and the elements it loads work
// against a real sandbox. Needs `pnpm --filter @menteo/elements run build` first.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/playwright.mjs';
import { startSandboxProcess, type SandboxProcess } from '../support/sandbox-process.js';
import { startSite, type Site } from '../support/site.js';

const cdnDir = fileURLToPath(new URL('../../packages/elements/dist/cdn/', import.meta.url));

interface ChunkManifest {
  entries: Record<string, string>;
  chunks: Record<string, { imports: string[] }>;
}

let sandbox: SandboxProcess;
let site: Site;
let browser: Browser;
let manifest: ChunkManifest;
let slug: string;

/** The chunk and every chunk it imports statically, as the manifest says. */
function closure(file: string): string[] {
  const seen = new Set([file]);
  for (const current of seen) for (const imported of manifest.chunks[current]!.imports) seen.add(imported);
  return [...seen];
}

/** Serves dist/cdn/ under `prefix`, each file as built (or as `change` makes it). */
async function serveCdn(prefix: string, change: (file: string, text: string) => string = (_, text) => text): Promise<void> {
  for (const file of await readdir(cdnDir)) {
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.json') ? 'application/json' : 'text/plain';
    site.asset(`${prefix}${file}`, type, change(file, await readFile(`${cdnDir}${file}`, 'utf8')));
  }
}

/** A page that loads only the loader from `cdn`, with `body`. */
function page(path: string, cdn: string, body: string): string {
  return site.page(path, {
    html: `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>A post</title>
  <meta name="menteo:publishable-key" content="${sandbox.keys.demoPublishable}">
  <meta name="menteo:base-url" content="${sandbox.url}">
  <script type="module" src="${cdn}menteo-loader.js"></script>
</head>
<body style="margin: 0">
${body}
</body>
</html>`,
  });
}

/** The files of `prefix` the page has fetched so far (resource timing), by name. */
const fetched = (p: Page, prefix: string) =>
  p.evaluate(
    (pre) =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith(pre))
        .map((path) => path.slice(pre.length))
        .sort(),
    prefix,
  );

const defined = (p: Page, tag: string) => p.evaluate((t) => customElements.get(t) !== undefined, tag);

before(async () => {
  manifest = JSON.parse(await readFile(`${cdnDir}menteo-chunks.json`, 'utf8')) as ChunkManifest;
  sandbox = await startSandboxProcess();
  site = await startSite(sandbox);
  await serveCdn('/cdn/');
  // The same build with one shared chunk of the card changed after its hash was taken.
  const shared = closure(manifest.entries['mentor-card']!)[1]!;
  await serveCdn('/tampered/', (file, text) => (file === shared ? `${text}\nconsole.log('changed');\n` : text));
  // And with the card's Spanish strings (an import() of one of its chunks) changed.
  await serveCdn('/tampered-lazy/', (file, text) => (file === 'mentor-card.strings.es.js' ? `${text}\nglobalThis.tamperedStringsRan = true;\n` : text));
  const answer = await fetch(`${sandbox.url}/v1/roadmaps?limit=1`, { headers: { Authorization: `Bearer ${sandbox.keys.demoPublishable}` } });
  slug = ((await answer.json()) as { data: { slug: string }[] }).data[0]!.slug;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await sandbox?.stop();
});

describe('the autoloader (dist/cdn/menteo-loader.js)', () => {
  it("loads only a card's chunks, defines tags added later, and loads an element far below the fold once scrolled near", async () => {
    const url = page(
      '/post.html',
      '/cdn/',
      `<menteo-mentor-card mentor-id="men_demomentor"></menteo-mentor-card>
<div style="height: 5000px"></div>
<menteo-roadmap-stepper roadmap-id="${slug}"></menteo-roadmap-stepper>`,
    );
    const p = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const errors: string[] = [];
    p.on('pageerror', (error) => errors.push(error.message));
    await p.goto(url);

    // The card works against the sandbox.
    await p.waitForFunction(() => document.querySelector('menteo-mentor-card')?.shadowRoot?.querySelector('[part~="name"]')?.textContent?.trim());
    const name = await p.evaluate(() => document.querySelector('menteo-mentor-card')!.shadowRoot!.querySelector('[part~="name"]')!.textContent!.trim());
    assert.equal(name, 'Daniel Okafor');

    // Only the loader, the card's entry and the chunks it imports: no other element's code.
    const card = closure(manifest.entries['mentor-card']!);
    assert.deepEqual(await fetched(p, '/cdn/'), ['menteo-loader.js', ...card].sort());
    // The stepper, 5,000 px down, has no code yet.
    assert.equal(await defined(p, 'menteo-roadmap-stepper'), false);

    // A tag added later, in view, gets defined (its own chunks only).
    await p.evaluate(() => document.body.prepend(document.createElement('menteo-inbox-badge')));
    await p.waitForFunction(() => customElements.get('menteo-inbox-badge') !== undefined);
    const withBadge = new Set([...card, ...closure(manifest.entries['inbox-badge']!), 'menteo-loader.js']);
    assert.deepEqual(await fetched(p, '/cdn/'), [...withBadge].sort());
    assert.equal(await defined(p, 'menteo-roadmap-stepper'), false);

    // Scrolled near the stepper: its code loads and it renders from the API.
    await p.evaluate(() => document.querySelector('menteo-roadmap-stepper')!.scrollIntoView());
    await p.waitForFunction(() => customElements.get('menteo-roadmap-stepper') !== undefined);
    await p.waitForFunction(() => document.querySelector('menteo-roadmap-stepper')?.shadowRoot?.querySelector('ol'));
    assert.ok((await fetched(p, '/cdn/')).includes(manifest.entries['roadmap-stepper']!));
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('loads an element far below the fold at once with loading="eager" or the page\'s menteo:loading meta', async () => {
    const eagerAttribute = page(
      '/eager.html',
      '/cdn/',
      `<div style="height: 5000px"></div><menteo-roadmap-stepper loading="eager" roadmap-id="${slug}"></menteo-roadmap-stepper>`,
    );
    const p = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await p.goto(eagerAttribute);
    await p.waitForFunction(() => customElements.get('menteo-roadmap-stepper') !== undefined);

    const eagerPage = site.page('/eager-meta.html', {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Eager</title>
<meta name="menteo:loading" content="eager">
<meta name="menteo:publishable-key" content="${sandbox.keys.demoPublishable}">
<meta name="menteo:base-url" content="${sandbox.url}">
<script type="module" src="/cdn/menteo-loader.js"></script></head>
<body><div style="height: 5000px"></div><menteo-mentor-card mentor-id="men_demomentor"></menteo-mentor-card></body></html>`,
    });
    await p.goto(eagerPage);
    await p.waitForFunction(() => customElements.get('menteo-mentor-card') !== undefined);
    await p.close();
  });

  it('loads the Spanish strings on demand, for an element in Spanish only', async () => {
    const url = page('/es.html', '/cdn/', '<section lang="es"><menteo-mentor-card mentor-id="men_demomentor"></menteo-mentor-card></section>');
    const p = await browser.newPage();
    await p.goto(url);
    await p.waitForFunction(
      () => document.querySelector('menteo-mentor-card')?.shadowRoot?.querySelector('[part~="request-button"]')?.textContent?.trim() === 'Solicitar mentoría',
    );
    const files = await fetched(p, '/cdn/');
    // Through the lazy map, which the loader pins, that pins the strings.
    for (const file of ['menteo-lazy.js', 'mentor-card.strings.es.js']) assert.ok(files.includes(file), files.join(', '));
    await p.close();
  });

  it("refuses an import()ed chunk whose bytes do not match the lazy map's hash: it never runs, the card stays in English", async () => {
    const url = page(
      '/tampered-lazy.html',
      '/tampered-lazy/',
      '<section lang="es"><menteo-mentor-card mentor-id="men_demomentor"></menteo-mentor-card></section>',
    );
    const p = await browser.newPage();
    const messages: string[] = [];
    p.on('console', (message) => messages.push(message.text()));
    await p.goto(url);
    await p.waitForFunction(
      () => document.querySelector('menteo-mentor-card')?.shadowRoot?.querySelector('[part~="request-button"]')?.textContent?.trim() === 'Request mentorship',
    );
    assert.equal(await p.evaluate(() => (globalThis as { tamperedStringsRan?: boolean }).tamperedStringsRan), undefined);
    assert.ok((await fetched(p, '/tampered-lazy/')).includes('mentor-card.strings.es.js'));
    assert.ok(
      messages.some((m) => /integrity/i.test(m) && m.includes('mentor-card.strings.es.js')),
      messages.join('\n'),
    );
    await p.close();
  });

  it('defines a <menteo-provider> before the elements inside it, and watches open shadow roots it is given', async () => {
    // No meta tags: the card's connection can only come from the provider around it.
    const url = site.page('/provider.html', {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Provider</title>
<script type="module" src="/cdn/menteo-loader.js"></script></head>
<body>
<menteo-provider publishable-key="${sandbox.keys.demoPublishable}" base-url="${sandbox.url}">
  <menteo-mentor-card loading="eager" mentor-id="men_demomentor"></menteo-mentor-card>
  <div id="host"></div>
</menteo-provider>
</body></html>`,
    });
    const p = await browser.newPage();
    await p.goto(url);
    await p.waitForFunction(
      () => document.querySelector('menteo-mentor-card')?.shadowRoot?.querySelector('[part~="name"]')?.textContent?.trim() === 'Daniel Okafor',
    );

    // A tag inside an open shadow root is invisible to the document's observer until the page
    // hands the root to the loader (its module exports observe()).
    await p.evaluate(async (loader) => {
      const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<menteo-inbox-badge></menteo-inbox-badge>';
      const { observe } = (await import(loader)) as { observe(root: ShadowRoot): void };
      observe(root);
    }, '/cdn/menteo-loader.js');
    await p.waitForFunction(() => customElements.get('menteo-inbox-badge') !== undefined);
    await p.close();
  });

  it('refuses a chunk whose bytes do not match its integrity hash: the element is not defined', async () => {
    const url = page('/tampered.html', '/tampered/', '<menteo-mentor-card mentor-id="men_demomentor"></menteo-mentor-card>');
    const p = await browser.newPage();
    const messages: string[] = [];
    const refused = new Promise<void>((resolve) =>
      p.on('console', (message) => {
        messages.push(message.text());
        if (message.text().includes('<menteo-mentor-card> could not be loaded')) resolve();
      }),
    );
    await p.goto(url);
    await refused;
    assert.ok(
      messages.some((m) => /integrity/i.test(m)),
      messages.join('\n'),
    );
    assert.equal(await defined(p, 'menteo-mentor-card'), false);
    await p.close();
  });
});
