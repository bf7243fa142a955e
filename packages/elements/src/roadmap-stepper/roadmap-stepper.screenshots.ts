import type { Scenario } from '../internal/scenario.screenshots.js';

const stepper = '<menteo-roadmap-stepper roadmap-id="your-first-90-days-as-a-tech-lead"></menteo-roadmap-stepper>';

/** The roadmap stepper's states for `pnpm run screenshots`. */
export const scenarios: Scenario[] = [
  { name: 'anonymous', markup: stepper, width: 720 },
  { name: 'signed-in', markup: stepper, width: 720, person: 'demo-mentee' },
  { name: 'sidebar-300', markup: stepper, width: 300, person: 'demo-mentee' },
  { name: 'loading', markup: stepper, width: 720, api: 'hang' },
  { name: 'error', markup: stepper, width: 720, api: 'down' },
  { name: 'not-found', markup: '<menteo-roadmap-stepper roadmap-id="no-such-roadmap"></menteo-roadmap-stepper>', width: 720 },
];
