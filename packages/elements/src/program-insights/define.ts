// Generated from src/program-insights/program-insights.ts by scripts/entries.ts (`pnpm run manifest`). Do not edit.
/**
 * Defines `<menteo-program-insights>`: the element's own entry point, for pages that use only it
 * (`import '@menteo/elements/program-insights'`).
 *
 * @example `import { MenteoProgramInsights } from '@menteo/elements/program-insights';`
 */
import { MenteoProgramInsights } from './program-insights.js';

MenteoProgramInsights.define('menteo-program-insights');

export { MenteoProgramInsights };
