import type { Scenario } from '../internal/scenario.screenshots.js';

const list = '<menteo-reading-list></menteo-reading-list>';

/** The reading list's states for `pnpm run screenshots` (each also shot dark and RTL). An empty list needs a person the seed saved nothing for: the msw test covers it. */
export const scenarios: Scenario[] = [
  { name: 'data', markup: list, width: 640, person: 'demo-mentor' },
  { name: 'sidebar-320', markup: list, width: 320, person: 'demo-mentee' },
  { name: 'signed-out', markup: list, width: 360 },
  { name: 'loading', markup: list, width: 360, person: 'demo-mentor', api: 'hang' },
  { name: 'error', markup: list, width: 360, person: 'demo-mentor', api: 'down' },
];
