import type { ReactiveController } from 'lit';
import { loadLocale, msg, type Catalog, type Params, type Strings } from '../locales/strings.js';
import type { MenteoElement } from './menteo-element.js';

const hosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

// Intl formatters are costly to make (a card needs six) and free to reuse: one per kind, language
// and options, shared by every element of the page. Keys come from the elements' own option
// literals, so the map stays small; the cap only guards against a page cycling through languages.
const formatters = new Map<string, unknown>();

/** The page's formatter of this kind, language and options, made on first use. */
function formatter<T>(kind: string, lang: string, options: object | undefined, make: () => T): T {
  const key = `${kind} ${lang} ${options ? JSON.stringify(options) : ''}`;
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    if (formatters.size >= 500) formatters.clear();
    found = make();
    formatters.set(key, found);
  }
  return found;
}

// The page's first Intl object costs 30-40 ms on a slow machine (V8 loads its locale data), the
// rest well under 1 ms each. Made in a task of its own while the element's first request is in
// flight, it no longer lengthens the task that renders the data (the feed's first posts were one
// long task with it). Once per language and page; idle time where the browser says so.
const warmed = new Set<string>();

/** Makes the language's number formatter soon, in a task of its own. */
function warmUp(lang: string): void {
  if (warmed.has(lang)) return;
  warmed.add(lang);
  const make = () => formatter('number', lang, undefined, () => new Intl.NumberFormat(lang));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(make, { timeout: 50 });
  else setTimeout(make);
}

/** The closest element with `attribute`, climbing out of shadow roots. */
function closestWith(element: Element, attribute: 'lang' | 'dir'): string | undefined {
  let node: Element | null = element;
  while (node) {
    const value = node.getAttribute(attribute);
    if (value) return value;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

// Canonical tags by the attribute's text: a page has a handful of lang values and many elements.
const canonicalTags = new Map<string, string>();

/** A well-formed BCP 47 tag for `lang`, `en` when it is not one. */
function canonical(lang: string): string {
  let tag = canonicalTags.get(lang);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      tag = 'en';
    }
    if (canonicalTags.size >= 100) canonicalTags.clear();
    canonicalTags.set(lang, tag);
  }
  return tag;
}

/**
 * The language and direction of an element — its own `lang`/`dir`, else its nearest
 * ancestor's (across shadow roots), else `<html>`'s — with `msg` and `Intl` formatters in it.
 * Elements re-render when any `lang`/`dir` in the document changes, and wait for a shipped
 * translation's module before rendering in its language.
 *
 * @example
 * ```ts
 * #l10n = new LocalizeController(this, strings); // the element's own catalog
 * render() { return html`<button>${this.#l10n.msg('retry')}</button>`; }
 * ```
 */
export class LocalizeController<E extends Strings = Strings> implements ReactiveController {
  constructor(
    private readonly host: MenteoElement,
    private readonly catalog: Catalog<E>,
  ) {
    host.addController(this);
    // A shipped translation loads on first use; the element renders once it is here.
    host.holdUpdatesFor(() => loadLocale(catalog as Catalog<Strings>, this.lang));
  }

  // The language and direction, found once per change rather than by climbing the tree on every
  // string and render: a card renders a dozen strings and formats. Forgotten when the element
  // (re)connects and when any lang or dir in the document changes.
  #lang: string | undefined;
  #dir: 'ltr' | 'rtl' | undefined;

  hostConnected(): void {
    this.#lang = undefined;
    this.#dir = undefined;
    hosts.add(this);
    warmUp(this.lang);
    if (!observer) {
      // One observer for the page: attribute changes are rare, elements can be many.
      observer = new MutationObserver(() => {
        for (const h of hosts) {
          h.#lang = undefined;
          h.#dir = undefined;
          h.host.requestUpdate();
        }
      });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** A BCP 47 tag; `en` when nothing says. */
  get lang(): string {
    this.#lang ??= canonical(closestWith(this.host, 'lang') ?? 'en');
    return this.#lang;
  }

  get dir(): 'ltr' | 'rtl' {
    this.#dir ??= closestWith(this.host, 'dir') === 'rtl' ? 'rtl' : 'ltr';
    return this.#dir;
  }

  msg<K extends keyof E & string>(key: K, ...params: Params<E[K]>): string {
    return msg(this.catalog, this.lang, key, ...params);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    const lang = this.lang;
    return formatter('number', lang, options, () => new Intl.NumberFormat(lang, options)).format(value);
  }

  date(value: Date | string, options: Intl.DateTimeFormatOptions): string {
    const lang = this.lang;
    return formatter('date', lang, options, () => new Intl.DateTimeFormat(lang, options)).format(typeof value === 'string' ? new Date(value) : value);
  }

  list(values: string[]): string {
    const lang = this.lang;
    return formatter('list', lang, undefined, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(values);
  }

  /** A language's name in the element's language (`fr` → "French"). */
  language(tag: string): string {
    const lang = this.lang;
    try {
      return formatter('language', lang, undefined, () => new Intl.DisplayNames(lang, { type: 'language' })).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }
}
