// Generated from src/mentor-card/mentor-card.ts by scripts/entries.ts (`pnpm run manifest`). Do not edit.
/**
 * Defines `<menteo-mentor-card>`: the element's own entry point, for pages that use only it
 * (`import '@menteo/elements/mentor-card'`).
 *
 * @example `import { MenteoMentorCard } from '@menteo/elements/mentor-card';`
 */
import { MenteoMentorCard } from './mentor-card.js';

MenteoMentorCard.define('menteo-mentor-card');

export { MenteoMentorCard };
