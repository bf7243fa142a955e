// Only for `pnpm run screenshots` (scripts/screenshots.ts): a `.screenshots.ts` file, so it is
// neither compiled into dist/ nor shipped in the npm package, and it imports nothing outside src/.

/**
 * One state of an element to render for `pnpm run screenshots`. Each element lists its own
 * in `src/<el>/<el>.screenshots.ts`; every scenario is shot in light, dark and RTL.
 *
 * @example
 * ```ts
 * export const scenarios: Scenario[] = [
 *   { name: 'data', markup: '<menteo-mentor-card mentor-id="men_demomentor"></menteo-mentor-card>', width: 340 },
 *   { name: 'loading', markup: '<menteo-mentor-card mentor-id="men_demomentor"></menteo-mentor-card>', api: 'hang' },
 * ];
 * ```
 */
export interface Scenario {
  /** Short and unique within the element: `data`, `loading`, `error`, `compact-300`… (the file name's middle). */
  name: string;
  /** The markup inside the page's frame. `{{api}}` is replaced by the API's URL (the sandbox, or an unreachable one for `down`). */
  markup: string;
  /** The frame's width in CSS pixels (default 720). */
  width?: number;
  /** Signs this demo person in (the sandbox's seed): the markup is wrapped in a `<menteo-provider>` whose token the page's backend mints. */
  person?: 'demo-mentee' | 'demo-mentor' | 'acme-employee';
  /** `live` (default): the sandbox answers; `hang`: API requests never answer (loading states); `down`: nothing listens (error states). */
  api?: 'live' | 'hang' | 'down';
  /** Runs in the page after the elements rendered (open a disclosure, type into a field…). */
  interact?: string;
}
