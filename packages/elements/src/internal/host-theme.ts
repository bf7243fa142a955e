import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageTheme } from './defaults.js';

/** A theme an element ends up drawn in. */
export type ResolvedTheme = 'light' | 'dark';

/** An element or provider with a `theme` property (`light`, `dark`, `auto`; unset follows its surroundings). */
export interface ThemedHost extends ReactiveControllerHost, HTMLElement {
  theme?: 'light' | 'dark' | 'auto' | undefined;
}

const themeWord = (value: string | null | undefined): ResolvedTheme | undefined => (value === 'dark' || value === 'light' ? value : undefined);

const warned = new Set<string>();

/**
 * What the host page says about its own dark mode, from `<html>`: a configured selector
 * (`<meta name="menteo:theme-dark-selector" content="html.night">`: matching means dark, else
 * light), else `data-theme="dark|light"`, a `.dark` / `.light` class, or its `color-scheme`
 * (`dark` / `light`, inline or from a stylesheet; `light dark` leaves the choice to the system).
 * `undefined` when the page says nothing.
 *
 * @example `hostPageTheme() ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')`
 */
export function hostPageTheme(): ResolvedTheme | undefined {
  const root = document.documentElement;
  const selector = document.querySelector<HTMLMetaElement>('meta[name="menteo:theme-dark-selector"]')?.content;
  if (selector) {
    try {
      return root.matches(selector) ? 'dark' : 'light';
    } catch {
      // Not a valid selector: say so once, and read the usual signals.
      if (!warned.has(selector)) console.warn(`<meta name="menteo:theme-dark-selector" content="${selector}"> is not a valid selector.`);
      warned.add(selector);
    }
  }
  const classes = root.classList;
  const scheme = getComputedStyle(root).colorScheme.replace('only', '').trim();
  return themeWord(root.dataset.theme) ?? (classes.contains('dark') ? 'dark' : classes.contains('light') ? 'light' : undefined) ?? themeWord(scheme);
}

/** The controllers to tell when the page or the system changes theme; the watch runs while there are some. */
const controllers = new Set<ThemeController>();
let stopWatching: (() => void) | undefined;

/**
 * One watch for the whole page (not one per element): `<html>`'s `class`, `data-theme` and
 * `style`, and the system's `prefers-color-scheme`.
 */
function watch(): () => void {
  const update = (): void => {
    for (const controller of controllers) controller.stale();
  };
  const observer = new MutationObserver(update);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
  const system = matchMedia('(prefers-color-scheme: dark)');
  system.addEventListener('change', update);
  return () => {
    observer.disconnect();
    system.removeEventListener('change', update);
  };
}

/**
 * Draws its host in the theme it resolves to, as `data-resolved-theme="light|dark"` (which
 * `themeStyles` keys on): its own `theme`, else the page default (`<meta name="menteo:theme">`,
 * for hosts not inside a themed provider). `auto` follows the host page's own dark mode
 * (`hostPageTheme`), else the system's; it changes live when either does. Without any theme the
 * attribute is removed and the host follows the tokens around it.
 *
 * @example
 * ```ts
 * protected readonly themeController = new ThemeController(this);
 * ```
 */
export class ThemeController implements ReactiveController {
  /** The `theme` last resolved (`null`: none yet), and whether the page or system changed since. */
  #theme: ThemedHost['theme'] | null = null;
  #stale = true;

  constructor(private readonly host: ThemedHost) {
    host.addController(this);
  }

  /** The page or the system changed theme: resolve again, and render. */
  stale(): void {
    this.#stale = true;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    controllers.add(this);
    stopWatching ??= watch();
    this.#stale = true;
    this.hostUpdate();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0) {
      stopWatching?.();
      stopWatching = undefined;
    }
  }

  /**
   * Before each render: the attribute matches what is asked now. Resolved again only when
   * `theme`, the page or the system changed (not at every render of a page of many cards).
   */
  hostUpdate(): void {
    const host = this.host;
    if (!this.#stale && host.theme === this.#theme) return;
    this.#stale = false;
    this.#theme = host.theme;
    const asked = host.theme ?? (host.parentElement?.closest('menteo-provider[theme]') ? undefined : pageTheme());
    const resolved = asked === 'auto' ? (hostPageTheme() ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) : themeWord(asked);
    if (resolved) host.setAttribute('data-resolved-theme', resolved);
    else host.removeAttribute('data-resolved-theme');
  }
}
