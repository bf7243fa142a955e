/**
 * `@menteo/elements`: Menteo's web components. Importing this module defines every element.
 *
 * @example
 * ```html
 * <script type="module">
 *   import { configure } from '@menteo/elements';
 *   configure({ publishableKey: 'pk_live_…' });
 * </script>
 * <menteo-mentor-card mentor-id="men_demomentor"></menteo-mentor-card>
 * ```
 * @packageDocumentation
 */
// The SDK's stores first, in their barrel's order. The elements import each store module by its
// own path (`@menteo/sdk/stores/threads`), so that a bundler splitting one element's page brings
// only the stores it uses; in dist/menteo.js, which holds them all, they would then sit each beside
// the element that first uses it, and gzip (a 32 KB window) finds less to share: 1.5 KB more.
import '@menteo/sdk/stores';
// Every element, defined, and its class (src/define.ts is generated from the src/*/define.ts files).
export * from './define.js';
export { MenteoElement } from './internal/menteo-element.js';
export type { NeedFinderMatch } from './need-finder/need-finder.js';
export { configure } from './internal/defaults.js';
export { connectionContext, menteoContext, type Connection, type MenteoConfig, type MenteoContext } from './context.js';
export { registerTranslation, type Translation } from './locales/index.js';
export type * from './events/index.js';
