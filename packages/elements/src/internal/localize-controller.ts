import type { ReactiveController } from 'lit';
import { loadLocale, msg, type Catalog, type Params, type Strings } from '../locales/strings.js';
import type { MenteoElement } from './menteo-element.js';

const hosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

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

  hostConnected(): void {
    hosts.add(this);
    if (!observer) {
      // One observer for the page: attribute changes are rare, elements can be many.
      observer = new MutationObserver(() => {
        for (const h of hosts) h.host.requestUpdate();
      });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** A BCP 47 tag; `en` when nothing says. */
  get lang(): string {
    const lang = closestWith(this.host, 'lang') ?? 'en';
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  }

  get dir(): 'ltr' | 'rtl' {
    return closestWith(this.host, 'dir') === 'rtl' ? 'rtl' : 'ltr';
  }

  msg<K extends keyof E & string>(key: K, ...params: Params<E[K]>): string {
    return msg(this.catalog, this.lang, key, ...params);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang, options).format(value);
  }

  date(value: Date | string, options: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.lang, options).format(typeof value === 'string' ? new Date(value) : value);
  }

  list(values: string[]): string {
    return new Intl.ListFormat(this.lang, { type: 'conjunction' }).format(values);
  }

  /** A language's name in the element's language (`fr` → "French"). */
  language(tag: string): string {
    try {
      return new Intl.DisplayNames(this.lang, { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }
}
