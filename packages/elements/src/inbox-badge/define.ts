// Generated from src/inbox-badge/inbox-badge.ts by scripts/entries.ts (`pnpm run manifest`). Do not edit.
/**
 * Defines `<menteo-inbox-badge>`: the element's own entry point, for pages that use only it
 * (`import '@menteo/elements/inbox-badge'`).
 *
 * @example `import { MenteoInboxBadge } from '@menteo/elements/inbox-badge';`
 */
import { MenteoInboxBadge } from './inbox-badge.js';

MenteoInboxBadge.define('menteo-inbox-badge');

export { MenteoInboxBadge };
