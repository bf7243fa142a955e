// Generated from src/reading-list/reading-list.ts by scripts/entries.ts (`pnpm run manifest`). Do not edit.
/**
 * Defines `<menteo-reading-list>`: the element's own entry point, for pages that use only it
 * (`import '@menteo/elements/reading-list'`).
 *
 * @example `import { MenteoReadingList } from '@menteo/elements/reading-list';`
 */
import { MenteoReadingList } from './reading-list.js';

MenteoReadingList.define('menteo-reading-list');

export { MenteoReadingList };
