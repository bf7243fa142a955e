import type { Scenario } from '../internal/scenario.screenshots.js';

const badge = (attrs = ' href="/inbox"') => `<menteo-inbox-badge${attrs}></menteo-inbox-badge>`;

/** The inbox badge's states for `pnpm run screenshots` (each also shot dark and RTL). */
export const scenarios: Scenario[] = [
  { name: 'mentor', markup: badge(), width: 240, person: 'demo-mentor' },
  { name: 'mentee-button', markup: badge(''), width: 240, person: 'demo-mentee' },
  { name: 'zero', markup: `${badge(' viewer-role="mentee"')}<span>(nothing unread)</span>`, width: 240, person: 'demo-mentor' },
  { name: 'signed-out', markup: badge(), width: 240 },
  { name: 'loading', markup: badge(), width: 240, person: 'demo-mentor', api: 'hang' },
  { name: 'error', markup: badge(), width: 360, person: 'demo-mentor', api: 'down' },
];
