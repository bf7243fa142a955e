// The parts of Eleventy 3 and its syntax highlighter the docs use: neither ships TypeScript types.
declare module '@11ty/eleventy' {
  /** Eleventy's configuration API, as `eleventy.config.ts` receives it. */
  export interface UserConfig {
    setLibrary(name: 'md', library: unknown): void;
    addPlugin<O>(plugin: (config: UserConfig, options: O) => void, options?: O): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addGlobalData(name: string, value: unknown): void;
    addCollection(name: string, make: (api: { getFilteredByGlob(glob: string): CollectionItem[] }) => CollectionItem[]): void;
    ignores: Set<string>;
    setQuietMode(quiet: boolean): void;
  }
  /** A page of a collection. */
  export interface CollectionItem {
    url: string;
    fileSlug: string;
    data: Record<string, unknown>;
  }
  /** Programmatic Eleventy: `new Eleventy(input, output, options).write()`. */
  export default class Eleventy {
    constructor(input: string, output: string, options?: { quietMode?: boolean; configPath?: string; config?: (config: UserConfig) => void | Promise<void> });
    write(): Promise<unknown>;
  }
}

declare module '@11ty/eleventy-plugin-syntaxhighlight' {
  import type { UserConfig } from '@11ty/eleventy';
  /** Prism for Markdown code fences and the `{% highlight %}` shortcode. */
  export default function syntaxHighlight(
    config: UserConfig,
    options: { preAttributes?: Record<string, string | number | ((context: { language: string }) => string)> },
  ): void;
}
