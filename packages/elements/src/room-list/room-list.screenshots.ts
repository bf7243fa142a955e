import type { Scenario } from '../internal/scenario.screenshots.js';

const list = (attrs = '') => `<menteo-room-list${attrs}></menteo-room-list>`;
const click = (part: string) => `document.querySelector('menteo-room-list').shadowRoot.querySelector('[part~="${part}"]').click()`;

/** The room list's states for `pnpm run screenshots` (each also shot dark and RTL). */
export const scenarios: Scenario[] = [
  { name: 'mentor', markup: list(), width: 720, person: 'demo-mentor' },
  { name: 'mentor-decline', markup: list(), width: 720, person: 'demo-mentor', interact: click('decline-button') },
  { name: 'mentor-ended', markup: list(), width: 720, person: 'demo-mentor', interact: click('filter-ended') },
  { name: 'mentee', markup: list(' viewer-role="mentee" room-href="/rooms/{roomId}"'), width: 720, person: 'demo-mentee' },
  { name: 'sidebar-320', markup: list(), width: 320, person: 'demo-mentor' },
  { name: 'empty', markup: list(' viewer-role="mentee"'), width: 360, person: 'demo-mentor' },
  { name: 'signed-out', markup: list(), width: 360 },
  { name: 'loading', markup: list(), width: 360, person: 'demo-mentor', api: 'hang' },
  { name: 'error', markup: list(), width: 360, person: 'demo-mentor', api: 'down' },
];
