/**
 * Defines `<menteo-thread-feed>`: the element's own entry point, for pages that use only it
 * (`import '@menteo/elements/thread-feed'`), such as a blog's sidebar.
 *
 * @example `import { MenteoThreadFeed } from '@menteo/elements/thread-feed';`
 */
import { MenteoThreadFeed } from './thread-feed.js';

MenteoThreadFeed.define('menteo-thread-feed');

export { MenteoThreadFeed };
