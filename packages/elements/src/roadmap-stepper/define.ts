// Generated from src/roadmap-stepper/roadmap-stepper.ts by scripts/entries.ts (`pnpm run manifest`). Do not edit.
/**
 * Defines `<menteo-roadmap-stepper>`: the element's own entry point, for pages that use only it
 * (`import '@menteo/elements/roadmap-stepper'`).
 *
 * @example `import { MenteoRoadmapStepper } from '@menteo/elements/roadmap-stepper';`
 */
import { MenteoRoadmapStepper } from './roadmap-stepper.js';

MenteoRoadmapStepper.define('menteo-roadmap-stepper');

export { MenteoRoadmapStepper };
