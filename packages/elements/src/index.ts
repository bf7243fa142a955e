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
import './define.js';

export { MenteoElement } from './internal/menteo-element.js';
export { MenteoProvider } from './provider/menteo-provider.js';
export { MenteoMentorCard } from './mentor-card/mentor-card.js';
export { MenteoMentorSearch } from './mentor-search/mentor-search.js';
export { MenteoNeedFinder, type NeedFinderMatch } from './need-finder/need-finder.js';
export { MenteoRoadmapStepper } from './roadmap-stepper/roadmap-stepper.js';
export { MenteoRoomWidget } from './room-widget/room-widget.js';
export { MenteoThreadFeed } from './thread-feed/thread-feed.js';
export { configure } from './internal/defaults.js';
export { connectionContext, menteoContext, type Connection, type MenteoConfig, type MenteoContext } from './context.js';
export { registerTranslation, type Translation } from './locales/index.js';
export type * from './events/index.js';
