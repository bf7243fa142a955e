import type { Scenario } from '../internal/scenario.screenshots.js';

const card = (attrs = '') => `<menteo-mentor-card mentor-id="men_demomentor" ${attrs}></menteo-mentor-card>`;

/** The mentor card's states for `pnpm run screenshots`. */
export const scenarios: Scenario[] = [
  { name: 'data', markup: card(), width: 360 },
  { name: 'compact', markup: card('variant="compact"'), width: 300 },
  { name: 'wide', markup: card(), width: 720 },
  { name: 'loading', markup: card(), width: 360, api: 'hang' },
  { name: 'error', markup: card(), width: 360, api: 'down' },
  { name: 'not-found', markup: '<menteo-mentor-card mentor-id="men_doesnotexist"></menteo-mentor-card>', width: 360 },
];
