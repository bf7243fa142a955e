// What the site's templates (docs/layouts, docs/pages) are given: the manifest's elements with
// what each page shows (members, screenshots, live demo, playground controls), the events, the
// system tokens and the site's constants. Data only: the HTML is in the Nunjucks templates.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoBaseUrl, demoIds, demoPublishableKey } from './capture.js';
import { type Demo, type DemoContext, demoHtml } from './demos.js';
import { type CemMember, type ElementDoc, type EventDoc, elementsOf, eventsOf, publicMembers, readManifest } from './manifest.js';
import { readSystemTokens, type SystemToken } from './tokens.js';

const docs = fileURLToPath(new URL('..', import.meta.url));
const repo = join(docs, '..');
const screenshotsDir = join(docs, 'screenshots');

/** Where the repository's files are linked to (README.md links, "edit this page"). */
export const repoUrl = 'https://github.com/menteo/menteo-embed/blob/main';

/** The guides, in the order the navigation lists them (file name without `.md`); others follow by name. */
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

/** The demos with an "edit this demo" playground (attributes and tokens editable live). */
export const playgroundTags = ['menteo-mentor-card', 'menteo-thread-feed'];

/** Attributes the playground leaves alone: changing them points the demo away from the replay. */
const fixedAttributes = new Set(['publishable-key', 'base-url']);

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

/** One screenshot of an element: `docs/screenshots/<name>-<state>-<light|dark|rtl>.png`. */
export interface Screenshot {
  file: string;
  variant: 'light' | 'dark' | 'rtl';
  alt: string;
}

/** The screenshots of an element, by state: the data state first, then by name; light, dark, rtl within each. */
function screenshotsOf(tag: string): { state: string; files: Screenshot[] }[] {
  const short = tag.replace(/^menteo-/, '');
  const states = new Map<string, Screenshot[]>();
  if (!existsSync(screenshotsDir)) return [];
  const order = ['light', 'dark', 'rtl'] as const;
  for (const file of readdirSync(screenshotsDir).sort()) {
    const match = new RegExp(`^${short}-(.+)-(light|dark|rtl)\\.png$`).exec(file);
    if (!match) continue;
    const [, state, variant] = match as unknown as [string, string, Screenshot['variant']];
    const alt = `${tag}, ${state} state, ${variant === 'rtl' ? 'right to left' : `${variant} theme`}`;
    states.set(state, [...(states.get(state) ?? []), { file, variant, alt }]);
  }
  const rank = (state: string) => (state === 'data' ? '' : state);
  return [...states]
    .sort(([a], [b]) => (rank(a) < rank(b) ? -1 : 1))
    .map(([state, files]) => ({ state, files: files.sort((x, y) => order.indexOf(x.variant) - order.indexOf(y.variant)) }));
}

/** One input of a playground's form, made from a manifest attribute's type. */
export interface AttributeControl {
  name: string;
  kind: 'text' | 'number' | 'boolean' | 'enum';
  /** The choices of an `enum` (`'a' | 'b'`); `''` first when the attribute may be unset. */
  options: string[];
  description: string | undefined;
}

/**
 * The input an attribute gets: `boolean` a checkbox, `number` a number field, a union of string
 * literals a select, anything else text.
 *
 * @example `attributeControl({ name: 'variant', type: { text: "'compact' | 'full'" } }).options // ['compact', 'full']`
 */
export function attributeControl(attribute: { name: string; type?: { text: string }; description?: string }): AttributeControl {
  const type = attribute.type?.text ?? 'string';
  const parts = type.split('|').map((p) => p.trim());
  const base = { name: attribute.name, options: [] as string[], description: attribute.description };
  if (parts.includes('boolean')) return { ...base, kind: 'boolean' };
  if (parts.includes('number')) return { ...base, kind: 'number' };
  const literals = parts.filter((p) => /^'[^']*'$/.test(p)).map((p) => p.slice(1, -1));
  if (literals.length && literals.length + (parts.includes('undefined') ? 1 : 0) === parts.length) {
    return { ...base, kind: 'enum', options: parts.includes('undefined') ? ['', ...literals] : literals };
  }
  return { ...base, kind: 'text' };
}

/** An element page's playground: its attributes and the tokens it reads, as form controls. */
export interface Playground {
  attributes: AttributeControl[];
  /** The element's component tokens, then the system tokens (`--menteo-*`) they default to. */
  tokens: { property: string; placeholder: string; group: 'component' | 'system' }[];
}

/** What an element page shows. */
export interface ElementPage extends ElementDoc {
  fields: CemMember[];
  methods: (CemMember & { signature: string })[];
  screenshots: { state: string; files: Screenshot[] }[];
  demo?: { html: string; note: string; more?: string; token?: string; code: string };
  playground?: Playground;
}

const signatureOf = (m: CemMember): string =>
  `(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ')}) => ${m.return?.type?.text ?? 'void'}`;

function elementPage(element: ElementDoc, demo: Demo | undefined, context: DemoContext, tokens: SystemToken[], loader: string): ElementPage {
  const { fields, methods } = publicMembers(element);
  const page: ElementPage = {
    ...element,
    fields,
    methods: methods.map((m) => ({ ...m, signature: signatureOf(m) })),
    screenshots: screenshotsOf(element.tagName),
  };
  if (demo) {
    const html = demoHtml(demo, context);
    const code = `<meta name="menteo:publishable-key" content="${demoPublishableKey}" />\n${loader}\n\n${html}${demo.script ? `\n${demo.script}` : ''}`;
    page.demo = { html, note: demo.note, more: demo.more, token: demo.token, code };
  }
  if (demo && playgroundTags.includes(element.tagName)) {
    page.playground = {
      attributes: (element.attributes ?? []).filter((a) => !fixedAttributes.has(a.name)).map(attributeControl),
      tokens: [
        ...(element.cssProperties ?? []).map((p) => ({ property: p.name, placeholder: p.default ?? '', group: 'component' as const })),
        ...tokens.map((t) => ({ property: t.property, placeholder: t.light, group: 'system' as const })),
      ],
    };
  }
  return page;
}

/** Everything the templates read, as Eleventy global data. */
export interface SiteData {
  site: { repoUrl: string; demoBaseUrl: string; demoPublishableKey: string; demoIds: typeof demoIds };
  elements: ElementPage[];
  events: EventDoc[];
  tokens: SystemToken[];
}

/**
 * Reads the manifest, the tokens and the screenshots into what the templates show.
 *
 * @example `const { elements } = siteData(await loadDemos(), { roomId: 'room_abc' });`
 */
export function siteData(demos: Record<string, Demo>, context: DemoContext): SiteData {
  const elements = elementsOf(readManifest());
  const tokens = readSystemTokens();
  const loader = loaderTag();
  return {
    site: { repoUrl, demoBaseUrl, demoPublishableKey, demoIds },
    elements: elements.map((e) => elementPage(e, demos[e.tagName], context, tokens, loader)),
    events: eventsOf(elements),
    tokens,
  };
}
