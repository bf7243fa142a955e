// Builds the docs site into docs/site/: the guides (docs/guides/*.md), one page per element
// generated from the custom elements manifest, with a live demo answered by a Mock Service
// Worker replaying what the real sandbox answered at build time, and the SDK's typedoc
// reference. The result is static files: serve the folder with any static server.
//
//   pnpm --filter @menteo/docs run docs     (or `pnpm run docs` at the root: typedoc first)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { captureDemoData, demoBaseUrl, demoIds, demoPublishableKey } from './capture.js';
import { type Demo, type DemoContext, demoHtml, loadDemos } from './demos.js';
import { elementsOf, eventsOf, publicMembers, readManifest, type ElementDoc, type EventDoc } from './manifest.js';
import { createMarked, escapeHtml, leadOf, titleOf } from './markdown.js';
import { readSystemTokens, type SystemToken } from './tokens.js';

const docs = fileURLToPath(new URL('..', import.meta.url));
const repo = join(docs, '..');
/** Where the site is written by default. */
export const defaultSiteDir = join(docs, 'site');
const typedocOut = join(docs, 'reference', 'sdk');
const bundle = join(repo, 'packages', 'elements', 'dist', 'menteo.js');

/**
 * The script tag an element page shows: the loader, pinned to this build's version and checked by
 * its integrity hash (what docs/guides/quick-start-blog.md shows; packages/elements/scripts/cdn-docs.ts).
 */
function loaderTag(): string {
  const elements = join(repo, 'packages', 'elements');
  const { version } = JSON.parse(readFileSync(join(elements, 'package.json'), 'utf8')) as { version: string };
  const integrity = (JSON.parse(readFileSync(join(elements, 'dist', 'cdn', 'integrity.json'), 'utf8')) as Record<string, string>)['menteo-loader.js'];
  return `<script type="module" src="https://cdn.jsdelivr.net/npm/@menteo/elements@${version}/dist/cdn/menteo-loader.js" integrity="${integrity}" crossorigin="anonymous"></script>`;
}
const screenshotsDir = join(docs, 'screenshots');
/** Where the repository's files are linked to (README.md links, "edit this page"). */
export const repoUrl = 'https://github.com/menteo/menteo-embed/blob/main';

/** The guides, in the order the navigation lists them (file name without `.md`). */
export const guideOrder = [
  'quick-start-intranet',
  'quick-start-blog',
  'quick-start-scripting',
  'discovery',
  'mentorship-journey',
  'auth',
  'theming',
  'events',
  'localization',
  'accessibility',
  'troubleshooting',
];

export { type Demo, type DemoContext, demoHtml } from './demos.js';

/** Each element's live demo (scripts/demos/<element folder>.ts), by tag. */
export const demos: Record<string, Demo> = await loadDemos();

interface Page {
  /** Site-relative path, e.g. `guides/auth.html`. */
  path: string;
  title: string;
  body: string;
  /** Include the demo worker and the elements bundle. */
  demo?: boolean;
  scripts?: string[];
}

/** `../` per folder of a site-relative path. */
const rootOf = (path: string): string => '../'.repeat(path.split('/').length - 1);

function layout(page: Page, nav: { guides: { slug: string; title: string }[]; elements: string[] }): string {
  const root = rootOf(page.path);
  const link = (href: string, text: string) => `<li><a href="${root}${href}"${href === page.path ? ' aria-current="page"' : ''}>${text}</a></li>`;
  const head = page.demo
    ? `\n    <meta name="menteo:base-url" content="${demoBaseUrl}" />\n    <meta name="menteo:publishable-key" content="${demoPublishableKey}" />\n    <script type="module" src="${root}assets/demo.js"></script>`
    : '';
  const scripts = (page.scripts ?? []).map((s) => `\n    <script type="module" src="${root}${s}"></script>`).join('');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(page.title)} · Menteo Embed docs</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${root}assets/site.css" />${head}${scripts}
  </head>
  <body>
    <a class="skip-link" href="#main">Skip to content</a>
    <header class="site-header">
      <a class="brand" href="${root}index.html">Menteo Embed <span>docs</span></a>
      <a class="header-link" href="${root}reference/sdk/index.html">SDK reference</a>
    </header>
    <div class="layout">
      <nav class="site-nav" aria-label="Documentation">
        <h2>Guides</h2>
        <ul>${nav.guides.map((g) => link(`guides/${g.slug}.html`, escapeHtml(g.title))).join('')}</ul>
        <h2>Elements</h2>
        <ul>${nav.elements.map((tag) => link(`elements/${tag}.html`, `&lt;${tag}&gt;`)).join('')}</ul>
        <h2>Reference</h2>
        <ul>${link('reference/sdk/index.html', '@menteo/sdk (typedoc)')}${link('elements/index.html', 'All elements')}</ul>
      </nav>
      <main id="main" class="content">
${page.body}
      </main>
    </div>
  </body>
</html>
`;
}

/** Inline markdown (manifest descriptions use backticks and links). */
const inlineMarked = createMarked({ rawHtml: false });
const inline = (text: string | undefined): string => (text ? (inlineMarked.parseInline(text.replace(/\n/g, ' ')) as string) : '');
const code = (text: string | undefined): string => (text ? `<code>${escapeHtml(text)}</code>` : '');

function table(caption: string, headers: string[], rows: string[][]): string {
  if (!rows.length) return '';
  return `<div class="table-wrap"><table>
  <caption class="visually-hidden">${caption}</caption>
  <thead><tr>${headers.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
  <tbody>${rows.map((r) => `\n    <tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}
  </tbody>
</table></div>`;
}

/** The screenshots of an element (`docs/screenshots/<name>-<state>-<light|dark|rtl>.png`), by state. */
function screenshotsOf(tag: string): Map<string, string[]> {
  const short = tag.replace(/^menteo-/, '');
  const states = new Map<string, string[]>();
  if (!existsSync(screenshotsDir)) return states;
  for (const file of readdirSync(screenshotsDir).sort()) {
    const match = new RegExp(`^${short}-(.+)-(light|dark|rtl)\\.png$`).exec(file);
    if (!match) continue;
    states.set(match[1]!, [...(states.get(match[1]!) ?? []), file]);
  }
  // The data state first, then the rest by name; light, dark, then right to left within each.
  const order = ['light', 'dark', 'rtl'];
  const variant = (file: string) => order.indexOf(/-(light|dark|rtl)\.png$/.exec(file)![1]!);
  return new Map(
    [...states]
      .sort(([a], [b]) => (a === 'data' ? -1 : b === 'data' ? 1 : a < b ? -1 : 1))
      .map(([state, files]) => [state, files.sort((x, y) => variant(x) - variant(y))]),
  );
}

/**
 * One element's page: summary, live demo, screenshots and the manifest's tables.
 *
 * @example `elementPage(elementsOf(readManifest())[0]!, { roomId: 'room_vnmkxYGUlhbyNnX6' })`
 */
export function elementPage(element: ElementDoc, context: DemoContext): Page {
  const { fields, methods } = publicMembers(element);
  const demo = demos[element.tagName];
  const sections: string[] = [];
  sections.push(`<h1 id="top"><code>&lt;${element.tagName}&gt;</code></h1>`);
  sections.push(`<p class="lead">${inline(element.summary || element.description) || 'No summary in the manifest.'}</p>`);
  if (element.summary && element.description) sections.push(`<p>${inline(element.description)}</p>`);
  sections.push(
    `<p class="meta">Class <code>${escapeHtml(element.name)}</code> · source <a href="${repoUrl}/packages/elements/${element.module}">packages/elements/${escapeHtml(element.module)}</a></p>`,
  );
  if (demo) {
    sections.push(`<h2 id="demo">Live demo</h2>
<p>The real element from the embed bundle. Its API answers come from a Mock Service Worker that replays what the sandbox answered when these docs were built: no server is involved. ${escapeHtml(demo.note)}</p>${demo.more ? `\n${demo.more}` : ''}
<div class="demo" data-demo="${element.tagName}"${demo.token ? ` data-demo-token="${escapeHtml(demo.token)}"` : ''}>
${demoHtml(demo, context)}
</div>
<pre class="code" tabindex="0"><code class="language-html">&lt;meta name="menteo:publishable-key" content="${demoPublishableKey}" /&gt;
${escapeHtml(loaderTag())}

${escapeHtml(demoHtml(demo, context))}${demo.script ? `\n${escapeHtml(demo.script)}` : ''}</code></pre>`);
  } else {
    sections.push('<h2 id="demo">Live demo</h2>\n<p class="none">No live demo for this element yet.</p>');
  }
  const shots = screenshotsOf(element.tagName);
  if (shots.size) {
    sections.push(`<h2 id="screenshots">Screenshots</h2>
<p>Every state in the light and dark themes and right to left, taken in Chromium against the sandbox by <code>pnpm --filter @menteo/elements screenshots</code>.</p>
${[...shots]
  .map(
    ([state, files], i) =>
      `<details${i === 0 ? ' open' : ''}><summary>${escapeHtml(state)}</summary><div class="shots">${files
        .map((file) => {
          const variant = /-(light|dark|rtl)\.png$/.exec(file)![1]!;
          return `<figure><img src="../screenshots/${file}" alt="${escapeHtml(`${element.tagName}, ${state} state, ${variant === 'rtl' ? 'right to left' : `${variant} theme`}`)}" loading="lazy" /><figcaption>${variant}</figcaption></figure>`;
        })
        .join('')}</div></details>`,
  )
  .join('\n')}`);
  }
  sections.push('<h2 id="api">API</h2>');
  const attributes = table(
    'Attributes',
    ['Attribute', 'Property', 'Type', 'Default', 'Description'],
    (element.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), inline(a.description)]),
  );
  const properties = table(
    'Properties',
    ['Property', 'Attribute', 'Type', 'Default', 'Description'],
    fields.map((f) => [
      code(f.name) + (f.readonly ? ' <span class="badge">read-only</span>' : ''),
      f.attribute ? code(f.attribute) + (f.reflects ? ' <span class="badge">reflects</span>' : '') : '—',
      code(f.type?.text),
      code(f.default),
      inline(f.description),
    ]),
  );
  const methodTable = table(
    'Methods',
    ['Method', 'Signature', 'Description'],
    methods.map((m) => [
      code(m.name),
      code(
        `(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ')}) => ${m.return?.type?.text ?? 'void'}`,
      ),
      inline(m.description),
    ]),
  );
  const events = table(
    'Events',
    ['Event', 'Type', 'Description'],
    (element.events ?? []).map((e) => [`<a href="../guides/events.html#${e.name}">${code(e.name)}</a>`, code(e.type?.text), inline(e.description)]),
  );
  const slots = table(
    'Slots',
    ['Slot', 'Description'],
    (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', inline(s.description)]),
  );
  const parts = table(
    'CSS parts',
    ['Part', 'Description'],
    (element.cssParts ?? []).map((p) => [code(p.name), inline(p.description)]),
  );
  const cssProps = table(
    'CSS custom properties',
    ['Property', 'Description'],
    (element.cssProperties ?? []).map((p) => [code(p.name), inline(p.description) + (p.default ? ` Default ${code(p.default)}.` : '')]),
  );
  const none = (what: string) => `<p class="none">No ${what}.</p>`;
  sections.push(`<h3 id="attributes">Attributes</h3>${attributes || none('attributes')}`);
  sections.push(
    `<h3 id="properties">Properties</h3>${properties || none('public properties')}${methodTable ? `<h3 id="methods">Methods</h3>${methodTable}` : ''}`,
  );
  sections.push(`<h3 id="events">Events</h3>${events || none('events')}`);
  sections.push(`<h3 id="slots">Slots</h3>${slots || none('slots: it renders its own content')}`);
  sections.push(
    `<h3 id="css-parts">CSS parts</h3>${parts ? `<p>Style them from the page with <code>${escapeHtml(element.tagName)}::part(name)</code>.</p>${parts}` : none('CSS parts')}`,
  );
  sections.push(
    `<h3 id="css-custom-properties">CSS custom properties</h3>${cssProps ? `<p>Component tokens; they default to the <a href="../guides/theming.html">system tokens</a>.</p>${cssProps}` : none('component tokens')}`,
  );
  return { path: `elements/${element.tagName}.html`, title: `<${element.tagName}>`, body: sections.join('\n'), demo: !!demo };
}

/** The events guide's table: every event of the manifest, who fires it, its type. */
export function eventsTable(events: EventDoc[]): string {
  return `<div class="table-wrap"><table class="events">
  <caption>Every event the elements fire (from the custom elements manifest)</caption>
  <thead><tr><th scope="col">Event</th><th scope="col">Type</th><th scope="col">Fired by</th></tr></thead>
  <tbody>${events
    .map(
      (e) => `
    <tr id="${e.name}"><td><code>${e.name}</code></td><td>${code(e.type)}</td><td><ul>${e.firedBy
      .map((f) => `<li><a href="../elements/${f.tagName}.html#events"><code>&lt;${f.tagName}&gt;</code></a>: ${inline(f.description)}</li>`)
      .join('')}</ul></td></tr>`,
    )
    .join('')}
  </tbody>
</table></div>`;
}

/** The theming guide's list of each element's component tokens (CSS custom properties). */
export function componentTokens(elements: ElementDoc[]): string {
  return elements
    .filter((e) => e.cssProperties?.length)
    .map(
      (e) =>
        `<h3 id="tokens-${e.tagName}"><a href="../elements/${e.tagName}.html#css-custom-properties"><code>&lt;${e.tagName}&gt;</code></a></h3>\n` +
        table(
          `Component tokens of &lt;${e.tagName}&gt;`,
          ['Property', 'Description'],
          e.cssProperties!.map((p) => [code(p.name), inline(p.description)]),
        ),
    )
    .join('\n');
}

/** The theming guide's live token table, around a demo card the values apply to. */
export function tokenPlayground(tokens: SystemToken[]): string {
  const swatch = (value: string | undefined) => (value && /^#|^rgb/.test(value) ? `<span class="swatch" style="background:${escapeHtml(value)}"></span>` : '');
  return `<div class="token-playground">
<div class="demo" data-demo="tokens">
<menteo-mentor-card id="token-target" mentor-id="${demoIds.mentor}"></menteo-mentor-card>
</div>
<p class="token-controls">
  <label>Theme of the card <select id="token-theme"><option value="">none (page tokens)</option><option value="light">light</option><option value="dark">dark</option><option value="auto">auto</option></select></label>
  <button type="button" id="token-reset">Reset values</button>
</p>
<div class="table-wrap"><table class="tokens">
  <caption>System tokens (from <code>packages/elements/src/styles/tokens.ts</code>): defaults, and the value the card above computes now</caption>
  <thead><tr><th scope="col">Token</th><th scope="col">Light (default)</th><th scope="col">Dark</th><th scope="col">Computed on the card</th><th scope="col">Try a value</th></tr></thead>
  <tbody>${tokens
    .map(
      (t) => `
    <tr data-token="${t.property}" data-light="${escapeHtml(t.light)}"><td><code>${t.property}</code></td><td>${swatch(t.light)}<code>${escapeHtml(t.light)}</code></td><td>${t.dark ? `${swatch(t.dark)}<code>${escapeHtml(t.dark)}</code>` : '<span class="none">same</span>'}</td><td><output aria-live="off"></output></td><td><input type="text" spellcheck="false" aria-label="Value of ${t.property} on the demo card" placeholder="${escapeHtml(t.light)}" /></td></tr>`,
    )
    .join('')}
  </tbody>
</table></div>
</div>`;
}

function elementsIndex(elements: ElementDoc[]): Page {
  return {
    path: 'elements/index.html',
    title: 'Elements',
    body: `<h1 id="elements">Elements</h1>
<p>One page per element, generated from the custom elements manifest (<code>packages/elements/custom-elements.json</code>). Each has a live demo replaying answers recorded from the sandbox; the room widget’s shows a recorded room of a seeded person.</p>
${table(
  'Every element',
  ['Element', 'Summary'],
  elements.map((e) => [`<a href="${e.tagName}.html"><code>&lt;${e.tagName}&gt;</code></a>`, inline(e.summary || e.description)]),
)}`,
  };
}

function homePage(guides: { slug: string; title: string; lead: string }[], elements: ElementDoc[]): Page {
  const item = (href: string, title: string, lead: string) => `<li><a href="${href}">${title}</a>${lead ? ` — ${inline(lead)}` : ''}</li>`;
  const quick = guides.filter((g) => g.slug.startsWith('quick-start-'));
  const rest = guides.filter((g) => !g.slug.startsWith('quick-start-'));
  return {
    path: 'index.html',
    title: 'Menteo Embed',
    body: `<h1 id="menteo-embed">Menteo Embed</h1>
<p class="lead">The TypeScript SDK and web components that embed Menteo’s growth network — mentor search, need matching, Mentorship Rooms, Roadmaps and Growth Threads — in any website.</p>
<h2 id="start">Start here</h2>
<ul class="cards">${quick.map((g) => item(`guides/${g.slug}.html`, escapeHtml(g.title), g.lead)).join('')}</ul>
<h2 id="guides">Guides</h2>
<ul>${rest.map((g) => item(`guides/${g.slug}.html`, escapeHtml(g.title), g.lead)).join('')}</ul>
<h2 id="reference">Reference</h2>
<ul>
${item('reference/sdk/index.html', '<code>@menteo/sdk</code>', 'every class, function and type of the SDK, generated by typedoc.')}
${item('elements/index.html', 'Elements', 'one page per element: attributes, properties, events, slots, parts and CSS properties, with a live demo.')}
</ul>
<h3 id="all-elements">Elements</h3>
<ul>
${elements.map((e) => `<li><a href="elements/${e.tagName}.html"><code>&lt;${e.tagName}&gt;</code></a> — ${inline(e.summary || e.description)}</li>`).join('')}</ul>`,
  };
}

/** Puts a way back to the docs in typedoc's toolbar, on every page of the reference. */
function linkReferenceHome(dir: string, siteDir: string): void {
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    const path = join(dir, file);
    const home = `${rootOf(relative(siteDir, path).split(sep).join('/'))}index.html`;
    const html = readFileSync(path, 'utf8');
    const marked = html.replace(
      '<div class="tsd-toolbar-contents container">',
      `<div class="tsd-toolbar-contents container"><a href="${home}" class="title" style="margin-inline-end:1rem">← Menteo Embed docs</a>`,
    );
    if (marked !== html) writeFileSync(path, marked);
  }
}

/** Runs a pnpm script of the workspace (for inputs another package builds). */
function pnpm(args: string[]): void {
  console.log(`docs: pnpm ${args.join(' ')}`);
  execFileSync('pnpm', args, { cwd: repo, stdio: 'inherit' });
}

/**
 * Builds the whole site into `out` (default `docs/site`); resolves with some counts.
 *
 * @example `await buildSite({ out: '/tmp/site' });`
 */
export async function buildSite({ out: siteDir = defaultSiteDir, quiet = false } = {}): Promise<{ pages: number; answers: number }> {
  const started = Date.now();
  // Inputs other packages make: the embed bundle and the SDK reference. `pnpm run docs` at the
  // root runs the SDK's typedoc before this; a direct run makes what is missing.
  if (!existsSync(bundle)) pnpm(['--filter', '@menteo/elements', 'build']);
  if (!existsSync(join(typedocOut, 'index.html'))) pnpm(['--filter', '@menteo/sdk', 'run', 'docs']);

  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, 'assets'), { recursive: true });

  const elements = elementsOf(readManifest());
  const guides = readdirSync(join(docs, 'guides'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort((a, b) => (guideOrder.indexOf(a) + 1 || 99) - (guideOrder.indexOf(b) + 1 || 99) || (a < b ? -1 : 1))
    .map((slug) => {
      const markdown = readFileSync(join(docs, 'guides', `${slug}.md`), 'utf8');
      return { slug, markdown, title: titleOf(markdown), lead: leadOf(markdown) };
    });
  const nav = { guides, elements: elements.map((e) => e.tagName) };
  const pages: Page[] = [homePage(guides, elements), elementsIndex(elements)];
  // The demos' answers first: their markup names what the sandbox made up (the room's id).
  const { data, context } = await captureDemoData(demos);

  const events = eventsOf(elements);
  const tokens = readSystemTokens();
  for (const guide of guides) {
    let body = (await createMarked().parse(guide.markdown)) as string;
    const scripts: string[] = [];
    body = body.replace('<!-- menteo:events -->', () => eventsTable(events));
    body = body.replace('<!-- menteo:component-tokens -->', () => componentTokens(elements));
    if (body.includes('<!-- menteo:tokens -->')) {
      body = body.replace('<!-- menteo:tokens -->', () => tokenPlayground(tokens));
      scripts.push('assets/tokens.js');
    }
    body += `\n<p class="edit"><a href="${repoUrl}/docs/guides/${guide.slug}.md">Edit this page</a></p>`;
    // Code is escaped (`&lt;menteo-`): a real tag means the page holds a live demo.
    pages.push({ path: `guides/${guide.slug}.html`, title: guide.title, body, demo: /<menteo-[a-z-]+[\s>]/.test(body), scripts });
  }
  for (const element of elements) pages.push(elementPage(element, context));

  for (const page of pages) {
    mkdirSync(dirname(join(siteDir, page.path)), { recursive: true });
    writeFileSync(join(siteDir, page.path), layout(page, nav));
  }

  // The demos: answers recorded from a real sandbox, the worker that replays them, the elements.
  writeFileSync(join(siteDir, 'demo-data.json'), `${JSON.stringify(data, null, 1)}\n`);
  const msw = dirname(createRequire(import.meta.url).resolve('msw/package.json'));
  cpSync(join(msw, 'lib', 'mockServiceWorker.js'), join(siteDir, 'mockServiceWorker.js'));
  cpSync(bundle, join(siteDir, 'assets', 'menteo.js'));
  const bundled = readFileSync(bundle, 'utf8');
  for (const tag of Object.keys(demos)) {
    if (elements.some((e) => e.tagName === tag) && !bundled.includes(`"${tag}"`) && !bundled.includes(`'${tag}'`)) {
      console.warn(`docs: the embed bundle does not define <${tag}>, so its demo stays empty: rebuild it (pnpm --filter @menteo/elements build)`);
    }
  }
  await esbuild({
    entryPoints: { demo: join(docs, 'src', 'demo.ts'), tokens: join(docs, 'src', 'tokens-table.ts') },
    outdir: join(siteDir, 'assets'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  cpSync(join(docs, 'src', 'site.css'), join(siteDir, 'assets', 'site.css'));
  if (existsSync(screenshotsDir)) cpSync(screenshotsDir, join(siteDir, 'screenshots'), { recursive: true });
  cpSync(typedocOut, join(siteDir, 'reference', 'sdk'), { recursive: true });
  linkReferenceHome(join(siteDir, 'reference', 'sdk'), siteDir);
  writeFileSync(join(siteDir, '.nojekyll'), '');

  if (!quiet)
    console.log(
      `docs: ${pages.length} pages (${guides.length} guides, ${elements.length} elements), ${data.answers.length} recorded answers, SDK reference → ${siteDir} in ${Date.now() - started} ms`,
    );
  return { pages: pages.length, answers: data.answers.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildSite({ out: process.argv[2] ?? defaultSiteDir });
