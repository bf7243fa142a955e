import type { strings as mentorCard } from '../mentor-card/mentor-card.strings.js';
import type { strings as mentorSearch } from '../mentor-search/mentor-search.strings.js';
import type { strings as needFinder } from '../need-finder/need-finder.strings.js';
import type { strings as roadmapStepper } from '../roadmap-stepper/roadmap-stepper.strings.js';
import type { strings as roomWidget } from '../room-widget/room-widget.strings.js';
import type { strings as threadFeed } from '../thread-feed/thread-feed.strings.js';

import { registerTranslation as register } from './strings.js';

export { defineStrings, msg, type Catalog, type Params, type Strings } from './strings.js';

type EnglishOf<C> = C extends { en: infer E } ? E : never;

/**
 * Every string of every element, by key: what a page's own locale can provide to
 * `registerTranslation` (types only: no element's strings are bundled by naming this).
 */
export type Translation = EnglishOf<typeof mentorCard> &
  EnglishOf<typeof mentorSearch> &
  EnglishOf<typeof needFinder> &
  EnglishOf<typeof roadmapStepper> &
  EnglishOf<typeof threadFeed> &
  EnglishOf<typeof roomWidget>;

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
