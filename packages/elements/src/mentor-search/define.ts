// Generated from src/mentor-search/mentor-search.ts by scripts/entries.ts (`pnpm run manifest`). Do not edit.
/**
 * Defines `<menteo-mentor-search>`: the element's own entry point, for pages that use only it
 * (`import '@menteo/elements/mentor-search'`).
 *
 * @example `import { MenteoMentorSearch } from '@menteo/elements/mentor-search';`
 */
import { MenteoMentorSearch } from './mentor-search.js';

MenteoMentorSearch.define('menteo-mentor-search');

export { MenteoMentorSearch };
