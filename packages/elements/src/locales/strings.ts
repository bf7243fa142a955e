/**
 * One element's strings: a value is text, or a function of its parameters (for plurals
 * and interpolation). English is the source and the shape every locale follows.
 */
export type Strings = Record<string, string | ((params: never) => string)>;

/** The parameters a string takes: none for text, one object for a function. */
export type Params<V> = V extends (params: infer P) => string ? [params: P] : [];

/** An element's catalog: its English strings and the locales it ships (each complete). */
export interface Catalog<E extends Strings> {
  /** The source strings. */
  readonly en: E;
  /** Shipped translations by lower-case BCP 47 tag (`es`). */
  readonly locales: Record<string, E>;
}

// Pages can bring their own language (or adjust ours); these win over the shipped ones.
const registered = new Map<string, Record<string, unknown>>();

/**
 * Declares an element's strings. Each element keeps its own catalog, so a page that
 * uses one element carries that element's strings only.
 *
 * @example
 * ```ts
 * export const strings = defineStrings({ retry: 'Try again' }, { es: { retry: 'Reintentar' } });
 * ```
 */
export function defineStrings<E extends Strings>(en: E, locales: Record<string, { [K in keyof E]: E[K] }>): Catalog<E> {
  return { en, locales };
}

/**
 * Adds or replaces strings of a locale for every element (a page can bring its own language).
 * Keys are shared by all elements; missing keys fall back to the language, then to English.
 *
 * @example
 * ```ts
 * registerTranslation('fr', { retry: 'Réessayer', search_label: 'Rechercher des mentors' });
 * ```
 */
export function registerTranslation(locale: string, strings: Record<string, unknown>): void {
  const tag = locale.toLowerCase();
  registered.set(tag, { ...registered.get(tag), ...strings });
}

/**
 * Looks up one string for a BCP 47 tag: the exact tag, then its language, then English.
 * The only way user-visible text reaches an element.
 *
 * @example
 * ```ts
 * msg(strings, 'es', 'requestId', { id: 'req_123' }); // 'ID de solicitud: req_123'
 * ```
 */
export function msg<E extends Strings, K extends keyof E & string>(catalog: Catalog<E>, locale: string, key: K, ...[params]: Params<E[K]>): string {
  const tag = locale.toLowerCase();
  let value: unknown;
  for (const t of [tag, tag.split('-')[0]!]) value ??= registered.get(t)?.[key] ?? catalog.locales[t]?.[key];
  value ??= catalog.en[key];
  return typeof value === 'function' ? (value as (p: unknown) => string)(params) : (value as string);
}
