/**
 * Defines every element (`package.json` lists this module under `sideEffects`, so bundlers keep it).
 *
 * @example `import '@menteo/elements'; // imports this`
 */
import { MenteoMentorCard } from './mentor-card/mentor-card.js';
import { MenteoProvider } from './provider/menteo-provider.js';

MenteoProvider.define('menteo-provider');
MenteoMentorCard.define('menteo-mentor-card');
