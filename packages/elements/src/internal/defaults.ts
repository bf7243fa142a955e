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
  for (const listener of listeners) listener();
}

/** Calls `listener` after each `configure()`; returns the undo. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const meta = (name: string): string | undefined => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined;

/** The page default: `configure()`'s values, else the `<meta>` tags'. */
export function pageDefaults(): MenteoConfig {
  return {
    publishableKey: current.publishableKey ?? meta('menteo:publishable-key'),
    baseUrl: current.baseUrl ?? meta('menteo:base-url'),
  };
}
