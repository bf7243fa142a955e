// Generated from src/mentor-profile/mentor-profile.ts by scripts/entries.ts (`pnpm run manifest`). Do not edit.
/**
 * Defines `<menteo-mentor-profile>`: the element's own entry point, for pages that use only it
 * (`import '@menteo/elements/mentor-profile'`).
 *
 * @example `import { MenteoMentorProfile } from '@menteo/elements/mentor-profile';`
 */
import { MenteoMentorProfile } from './mentor-profile.js';

MenteoMentorProfile.define('menteo-mentor-profile');

export { MenteoMentorProfile };
