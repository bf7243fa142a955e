/**
 * Defines every element (`package.json` lists this module under `sideEffects`, so bundlers keep it).
 *
 * @example `import '@menteo/elements'; // imports this`
 */
import { MenteoMentorCard } from './mentor-card/mentor-card.js';
import { MenteoMentorSearch } from './mentor-search/mentor-search.js';
import { MenteoNeedFinder } from './need-finder/need-finder.js';
import { MenteoProvider } from './provider/menteo-provider.js';
import { MenteoRoadmapStepper } from './roadmap-stepper/roadmap-stepper.js';

MenteoProvider.define('menteo-provider');
MenteoMentorCard.define('menteo-mentor-card');
MenteoMentorSearch.define('menteo-mentor-search');
MenteoNeedFinder.define('menteo-need-finder');
MenteoRoadmapStepper.define('menteo-roadmap-stepper');
