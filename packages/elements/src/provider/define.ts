// Generated from src/provider/menteo-provider.ts by scripts/entries.ts (`pnpm run manifest`). Do not edit.
/**
 * Defines `<menteo-provider>`: the element's own entry point, for pages that use only it
 * (`import '@menteo/elements/provider'`).
 *
 * @example `import { MenteoProvider } from '@menteo/elements/provider';`
 */
import { MenteoProvider } from './menteo-provider.js';

MenteoProvider.define('menteo-provider');

export { MenteoProvider };
