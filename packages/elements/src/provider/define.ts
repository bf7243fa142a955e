/**
 * Defines `<menteo-provider>`: its own entry point, for pages that pick elements one by one
 * (`import '@menteo/elements/provider'`).
 *
 * @example `import { MenteoProvider } from '@menteo/elements/provider';`
 */
import { MenteoProvider } from './menteo-provider.js';

MenteoProvider.define('menteo-provider');

export { MenteoProvider };
