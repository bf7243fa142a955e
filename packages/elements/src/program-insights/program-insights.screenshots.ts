import type { Scenario } from '../internal/scenario.screenshots.js';

// The script's server plays the company's backend: /__menteo/insights reads the sandbox's insights
// with the secret key of an organization seeded with the sandbox's insights fixture.
const insights = (src = '/__menteo/insights?from=2026-11-02&amp;to=2026-11-29') => `<menteo-program-insights src="${src}"></menteo-program-insights>`;
const openTables = `for (const d of document.querySelector('menteo-program-insights').shadowRoot.querySelectorAll('details')) d.open = true;`;

/** The program insights' states for `pnpm run screenshots` (each also shot dark and RTL). */
export const scenarios: Scenario[] = [
  { name: 'data', markup: insights(), width: 900 },
  { name: 'tables', markup: insights(), width: 900, interact: openTables },
  { name: 'narrow-360', markup: insights(), width: 360 },
  { name: 'error', markup: insights('/__menteo/no-such-endpoint'), width: 480 },
];
