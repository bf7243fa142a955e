/**
 * One element's strings: a value is text, or a function of its parameters (for plurals
 * and interpolation). English is the source and the shape every locale follows.
 */
export type Strings = Record<string, string | ((params: never) => string)>;

/** The parameters a string takes: none for text, one object for a function. */
export type Params<V> = V extends (params: infer P) => string ? [params: P] : [];

/** A complete translation of an English catalog: the same keys, the same parameters. */
export type Locale<E extends Strings> = { [K in keyof E]: E[K] };

/** Loads one shipped translation: a dynamic `import()` of its module, so it is a chunk of its own. */
export type LocaleLoader<E extends Strings> = () => Promise<{ default: Locale<E> }>;

/** An element's catalog: its English strings and the locales it ships (each complete). */
export interface Catalog<E extends Strings> {
  /** The source strings, always bundled. */
  readonly en: E;
  /** Shipped translations by lower-case BCP 47 tag (`es`), each loaded the first time an element is in it. */
  readonly locales: Readonly<Record<string, LocaleLoader<E>>>;
}

/**
 * What each shipped translation is now: its strings once loaded, its pending load, or `null`
 * when it could not be loaded (the element stays in English rather than waiting forever).
 */
const shipped = new Map<LocaleLoader<never>, Strings | Promise<void> | null>();

// Pages can bring their own language (or adjust ours); these win over the shipped ones.
const registered = new Map<string, Record<string, unknown>>();

/**
 * Declares an element's strings. Each element keeps its own catalog, so a page that
 * uses one element carries that element's strings only — and only in English until an
 * element is in another language: each translation is its own module, imported on demand.
 *
 * @example
 * ```ts
 * export const strings = defineStrings({ retry: 'Try again' }, { es: () => import('./thing.strings.es.js') });
 * ```
 */
export function defineStrings<E extends Strings>(en: E, locales: Record<string, LocaleLoader<E>>): Catalog<E> {
  return { en, locales };
}

/** The tags to look a string up under, most specific first: `es-MX` → `es-mx`, `es`. */
const candidates = (locale: string): string[] => {
  const tag = locale.toLowerCase();
  return [tag, tag.split('-')[0]!];
};

/**
 * Makes sure the shipped translation for `locale` is loaded: `undefined` when there is
 * nothing to wait for (loaded, failed, English, or not shipped), else a promise that settles
 * once it is. Elements hold their update on it, so a Spanish page never flashes English.
 *
 * @example
 * ```ts
 * await loadLocale(strings, 'es-MX'); // the Spanish chunk, once for every element that uses it
 * ```
 */
export function loadLocale(catalog: Catalog<Strings>, locale: string): Promise<void> | undefined {
  const loader = candidates(locale)
    .map((t) => catalog.locales[t])
    .find(Boolean) as LocaleLoader<never> | undefined;
  if (!loader) return undefined;
  const state = shipped.get(loader);
  if (state instanceof Promise) return state;
  if (state !== undefined) return undefined;
  const loading = loader().then(
    (module) => void shipped.set(loader, module.default),
    (error: unknown) => {
      shipped.set(loader, null);
      console.warn(`Menteo: the ${locale} strings could not be loaded; showing English.`, error);
    },
  );
  shipped.set(loader, loading);
  return loading;
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
 * Looks up one string for a BCP 47 tag: the exact tag, then its language (a page's own
 * translation first, then a shipped one once loaded), then English. The only way
 * user-visible text reaches an element.
 *
 * @example
 * ```ts
 * msg(strings, 'es', 'requestId', { id: 'req_123' }); // 'ID de solicitud: req_123' once Spanish is loaded
 * ```
 */
export function msg<E extends Strings, K extends keyof E & string>(catalog: Catalog<E>, locale: string, key: K, ...[params]: Params<E[K]>): string {
  let value: unknown;
  for (const t of candidates(locale)) {
    const loaded = shipped.get(catalog.locales[t] as LocaleLoader<never>);
    value ??= registered.get(t)?.[key] ?? (loaded && !(loaded instanceof Promise) ? loaded[key] : undefined);
  }
  value ??= catalog.en[key];
  return typeof value === 'function' ? (value as (p: unknown) => string)(params) : (value as string);
}
