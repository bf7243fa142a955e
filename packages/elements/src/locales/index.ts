import { en, type Translation } from './en.js';
import { es } from './es.js';

export type { Translation } from './en.js';

const translations = new Map<string, Translation>([
  ['en', en],
  ['es', es],
]);

/**
 * Adds or replaces the strings of a locale (a page can bring its own language).
 *
 * @example `registerTranslation('es-MX', { ...es, retry: 'Volver a intentar' });`
 */
export function registerTranslation(locale: string, translation: Translation): void {
  translations.set(locale.toLowerCase(), translation);
}

/** The best strings for a BCP 47 tag: the exact tag, then its language, then English. */
export function translationFor(locale: string): Translation {
  const tag = locale.toLowerCase();
  return translations.get(tag) ?? translations.get(tag.split('-')[0] ?? '') ?? en;
}

export type Params<V> = V extends (p: infer P) => string ? [params: P] : [];

/**
 * Looks up one string. The only way user-visible text reaches an element.
 *
 * @example `msg('es', 'requestId', { id: 'req_123' }) // 'ID de solicitud: req_123'`
 */
export function msg<K extends keyof Translation>(locale: string, key: K, ...[params]: Params<Translation[K]>): string {
  const value = translationFor(locale)[key] as string | ((p: unknown) => string);
  return typeof value === 'function' ? value(params) : value;
}
