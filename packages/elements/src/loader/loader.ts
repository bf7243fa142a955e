// The autoloader behind dist/cdn/menteo-loader.js: it finds the page's menteo-* tags (now and as
// they are added) and imports only those elements' chunks, each when its first instance comes
// within 200 px of the viewport (at once with loading="eager" or
// <meta name="menteo:loading" content="eager">). It decides only WHEN code loads; the elements
// decide when they fetch data. Every byte here is in every page's first load (≤ 3 KB gz budget).
import type { ChunkMap, LazyMap, LoaderMap } from './chunk-map.js';

const prefix = 'menteo-';

/** Where the CDN chunks find their import() (rewritten by the build: cdnLazyImports in rollup.config.mjs). Internal. */
const scope = globalThis as { menteoImport?: (specifier: `./${string}.js`) => Promise<unknown> };

/** The running loader, for pages that add open shadow roots it should watch. */
export interface Loader {
  /** Watches a root (an open shadow root, say) for menteo-* tags, as the document is watched. */
  observe(root: Document | ShadowRoot): void;
}

/**
 * Starts the autoloader for `map`, whose files resolve against `base` (the loader's own URL).
 *
 * Integrity: every chunk is checked against its hash before it runs. The chunks an element needs
 * before it runs are preloaded with `<link rel="modulepreload" integrity>` (import() has no
 * integrity option); the module map keeps what the link fetched, so the import() and the chunks'
 * own static imports get those checked modules. The chunks' own import()s (translations, dialogs,
 * the sign-in flow) are rewritten by the CDN build into calls of `menteoImport`, defined here: it
 * preloads the lazy map (menteo-lazy.js, pinned by its hash in this map), then the chunk and
 * its static imports with their hashes from it, then imports the chunk (a page's first import()
 * waits one round trip more, for the map, on a connection already open; the map is 2.3 KB and
 * then cached). Not an import map's `integrity`: it is an inline script, which a strict
 * Content-Security-Policy refuses, and it would need every chunk's hash in this file.
 *
 * @example
 * ```ts
 * const loader = startLoader(map, new URL('./', import.meta.url));
 * loader.observe(host.shadowRoot!);
 * ```
 */
export function startLoader(map: LoaderMap, base: URL, doc: Document = document): Loader {
  const url = (file: string) => new URL(file, base).href;
  const selector = Object.keys(map.elements)
    .map((folder) => prefix + folder)
    .join();
  const requested = new Set<string>();
  const eagerPage = doc.querySelector<HTMLMetaElement>('meta[name="menteo:loading"]')?.content === 'eager';
  // Elements ask the nearest <menteo-provider> for their connection when they connect: it must
  // be defined first, or they would not find it.
  let providerReady: Promise<unknown> = Promise.resolve();

  // Each chunk is fetched once, in parallel, and checked against its hash; what imports them
  // waits until all of them have loaded, so no chunk runs unchecked.
  const preload = (chunks: [file: string, integrity: string][]) =>
    Promise.all(
      chunks.map(
        ([file, integrity]) =>
          new Promise((resolve, reject) => {
            const link = doc.createElement('link');
            link.rel = 'modulepreload';
            link.href = url(file);
            link.integrity = integrity;
            link.onload = resolve;
            // The browser's console names the file and why (its integrity, a 404).
            link.onerror = reject;
            doc.head.append(link);
          }),
      ),
    );
  // `name`'s chunk (`name.js`) and every chunk it imports statically, with their hashes.
  const chunksOf = ({ elements, files, integrity }: ChunkMap, name: string): [string, string][] => {
    const [own, ...imports] = elements[name]!;
    return [[`${name}.js`, own], ...imports.map((index): [string, string] => [files[index]!, integrity[index]!])];
  };

  // No cache here: the browser's module map fetches the lazy map and each chunk once.
  const lazyMap = 'menteo-lazy.js';
  scope.menteoImport = (specifier) =>
    preload([[lazyMap, map.lazy]])
      .then(() => import(url(lazyMap)))
      .then((lazy: { default: LazyMap }) => preload(lazy.default[specifier]!))
      .then(() => import(url(specifier)));

  const load = (folder: string): Promise<unknown> => {
    requested.add(folder);
    // The provider's own import waits on nothing; the others wait on it, read once their chunks
    // are in (a provider found in the same scan has been started by then).
    const imported = preload(chunksOf(map, folder))
      .then(() => folder === 'provider' || providerReady)
      .then(() => import(url(`${folder}.js`)));
    imported.catch((error: unknown) => console.error(`Menteo: <${prefix}${folder}> could not be loaded.`, error));
    return imported;
  };

  const near = new IntersectionObserver(
    (entries) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting) continue;
        near.unobserve(target);
        const folder = target.localName.slice(prefix.length);
        if (!requested.has(folder)) load(folder);
      }
    },
    { rootMargin: '200px' },
  );

  const visit = (element: Element) => {
    const folder = element.localName.slice(prefix.length);
    if (requested.has(folder) || customElements.get(element.localName)) return;
    // The provider shows nothing of its own (it may have no box to intersect): never deferred.
    if (folder === 'provider') providerReady = load(folder);
    else if (eagerPage || element.getAttribute('loading') === 'eager') load(folder);
    else near.observe(element);
  };

  const scan = (root: ParentNode) => {
    if (root instanceof Element && root.matches(selector)) visit(root);
    for (const element of root.querySelectorAll(selector)) visit(element);
  };

  const added = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });

  const observe = (root: Document | ShadowRoot) => {
    scan(root);
    added.observe(root, { childList: true, subtree: true });
  };
  observe(doc);
  return { observe };
}
