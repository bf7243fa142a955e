import type { Scenario } from '../internal/scenario.screenshots.js';

/** The need finder's states for `pnpm run screenshots`. */
export const scenarios: Scenario[] = [
  { name: 'start', markup: '<menteo-need-finder></menteo-need-finder>', width: 640 },
  { name: 'sidebar-300', markup: '<menteo-need-finder></menteo-need-finder>', width: 300 },
];
