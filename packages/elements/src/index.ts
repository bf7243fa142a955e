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
// Every element, defined, and its class (src/define.ts is generated from the src/*/define.ts files).
export * from './define.js';
export { MenteoElement } from './internal/menteo-element.js';
export type { NeedFinderMatch } from './need-finder/need-finder.js';
export { configure } from './internal/defaults.js';
export { connectionContext, menteoContext, type Connection, type MenteoConfig, type MenteoContext } from './context.js';
export { registerTranslation, type Translation } from './locales/index.js';
export type * from './events/index.js';
