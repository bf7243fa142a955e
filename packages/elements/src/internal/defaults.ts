import { isServer } from 'lit';
import type { MenteoConfig } from '../context.js';

let current: MenteoConfig = {};
const listeners = new Set<() => void>();

/**
 * Sets the page-wide connection for elements outside any `<menteo-provider>`. It wins over
 * `<meta name="menteo:publishable-key">` / `<meta name="menteo:base-url">`; attributes on an
 * element win over both. Elements already on the page switch to it.
 *
 * @example
 * ```ts
 * import { configure } from '@menteo/elements';
 * configure({ publishableKey: 'pk_live_…' });
 * ```
 */
export function configure(config: Pick<MenteoConfig, 'publishableKey' | 'baseUrl'>): void {
  current = { publishableKey: config.publishableKey, baseUrl: config.baseUrl };
  pageChanged();
}

/** Tells every element outside a provider to resolve its connection again (a `configure()`, a reader signing in or out). */
export function pageChanged(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` after each `configure()` (and each `pageChanged()`); returns the undo. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// A server rendering the element (`@menteo/elements/ssr`) has no page to read: its defaults are unset.
const meta = (name: string): string | undefined =>
  isServer ? undefined : document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined;

/** The page default: `configure()`'s values, else the `<meta>` tags'. */
export function pageDefaults(): MenteoConfig {
  return {
    publishableKey: current.publishableKey ?? meta('menteo:publishable-key'),
    baseUrl: current.baseUrl ?? meta('menteo:base-url'),
  };
}

/**
 * The page's default theme for elements without a `theme` (`<meta name="menteo:theme"
 * content="auto|light|dark">`); `undefined` when the page sets none.
 *
 * @example `const theme = element.theme ?? pageTheme();`
 */
export function pageTheme(): 'light' | 'dark' | 'auto' | undefined {
  const value = meta('menteo:theme');
  return value === 'light' || value === 'dark' || value === 'auto' ? value : undefined;
}

/**
 * The page's default `loading` for elements without one (`<meta name="menteo:loading"
 * content="lazy|eager">`); `eager` when the page sets none.
 *
 * @example `const lazy = (element.loading ?? pageLoading()) === 'lazy';`
 */
export function pageLoading(): 'lazy' | 'eager' {
  return meta('menteo:loading') === 'lazy' ? 'lazy' : 'eager';
}
