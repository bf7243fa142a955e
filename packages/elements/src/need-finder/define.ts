// Generated from src/need-finder/need-finder.ts by scripts/entries.ts (`pnpm run manifest`). Do not edit.
/**
 * Defines `<menteo-need-finder>`: the element's own entry point, for pages that use only it
 * (`import '@menteo/elements/need-finder'`).
 *
 * @example `import { MenteoNeedFinder } from '@menteo/elements/need-finder';`
 */
import { MenteoNeedFinder } from './need-finder.js';

MenteoNeedFinder.define('menteo-need-finder');

export { MenteoNeedFinder };
