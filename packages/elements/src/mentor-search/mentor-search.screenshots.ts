import type { Scenario } from '../internal/scenario.screenshots.js';

/** The mentor search's states for `pnpm run screenshots`. */
export const scenarios: Scenario[] = [
  { name: 'data', markup: '<menteo-mentor-search page-size="6"></menteo-mentor-search>', width: 1100 },
  { name: 'preset-leadership', markup: '<menteo-mentor-search helps-with="leadership" page-size="4"></menteo-mentor-search>', width: 900 },
  { name: 'sidebar-300', markup: '<menteo-mentor-search page-size="2" variant="compact"></menteo-mentor-search>', width: 300 },
  { name: 'empty', markup: '<menteo-mentor-search q="zzzz-nothing-matches-this"></menteo-mentor-search>', width: 900 },
  { name: 'loading', markup: '<menteo-mentor-search page-size="6"></menteo-mentor-search>', width: 900, api: 'hang' },
  { name: 'error', markup: '<menteo-mentor-search></menteo-mentor-search>', width: 900, api: 'down' },
];
