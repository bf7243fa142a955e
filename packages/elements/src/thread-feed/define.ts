// Generated from src/thread-feed/thread-feed.ts by scripts/entries.ts (`pnpm run manifest`). Do not edit.
/**
 * Defines `<menteo-thread-feed>`: the element's own entry point, for pages that use only it
 * (`import '@menteo/elements/thread-feed'`).
 *
 * @example `import { MenteoThreadFeed } from '@menteo/elements/thread-feed';`
 */
import { MenteoThreadFeed } from './thread-feed.js';

MenteoThreadFeed.define('menteo-thread-feed');

export { MenteoThreadFeed };
