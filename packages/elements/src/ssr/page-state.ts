import { seedStores, type SeedEntry } from '@menteo/sdk/stores';
import { sharedConnection } from '../internal/connection.js';
import { pageDefaults } from '../internal/defaults.js';

/**
 * What a server-rendered element carries for the browser (`@menteo/elements/ssr` writes it as
 * JSON in a `<script type="application/json" data-menteo-state>` child): the data it was
 * rendered from, by store key.
 *
 * @example
 * ```ts
 * const state: PageState = { entries: [{ key: ['mentor', 'men_demomentor'], data: mentor }] };
 * ```
 */
export interface PageState {
  /** The stores' data, as `seedStores` takes it. */
  entries: SeedEntry[];
}

/**
 * Seeds the stores of each server-rendered element in `root` with the state it carries (and
 * removes it), before the elements are defined: their stores then start from what the server
 * showed, so each element's first render in the browser matches the server's markup (hydration
 * without a flash) and asks the API nothing it already has. The stores are those of the
 * connection the element's own attributes name (`publishable-key`, `base-url`, else the page
 * defaults), as the element resolves it.
 *
 * @example
 * ```ts
 * import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
 * seedServerRendered();
 * await import('@menteo/elements/thread-feed');
 * ```
 */
export function seedServerRendered(root: ParentNode = document): void {
  for (const script of root.querySelectorAll('script[type="application/json"][data-menteo-state]')) {
    const host = script.parentElement;
    script.remove(); // read once: a later reconnect keeps the stores' own (live) data
    if (!host) continue;
    const defaults = pageDefaults();
    const publishableKey = host.getAttribute('publishable-key') ?? defaults.publishableKey;
    const baseUrl = host.getAttribute('base-url') ?? defaults.baseUrl;
    try {
      seedStores(sharedConnection({ publishableKey, baseUrl }).stores, (JSON.parse(script.textContent ?? '') as PageState).entries);
    } catch {
      // Unreadable state: that element loads its data as one rendered in the browser does.
    }
  }
}
