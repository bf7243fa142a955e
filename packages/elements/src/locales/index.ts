import type { ElementStrings } from './element-strings.js';
import { registerTranslation as register } from './strings.js';

export { defineStrings, msg, type Catalog, type Params, type Strings } from './strings.js';

/**
 * Every string of every element, by key: what a page's own locale can provide to
 * `registerTranslation` (types only: no element's strings are bundled by naming this). The list
 * of elements is generated (element-strings.ts, from their folders).
 */
export type Translation = ElementStrings;

/**
 * Adds or replaces strings of a locale for every element: a page can bring its own language,
 * or adjust ours. Missing keys fall back to the language (`es` for `es-MX`), then to English.
 *
 * @example
 * ```ts
 * registerTranslation('es-MX', { retry: 'Volver a intentar' });
 * ```
 */
export function registerTranslation(locale: string, strings: Partial<Translation>): void {
  register(locale, strings);
}
