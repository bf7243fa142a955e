import type { Scenario } from '../internal/scenario.screenshots.js';

/** Seeded rooms (the sandbox's seed is deterministic): Priya and Daniel's active room, Aisha's request. */
const flagship = 'room_V456B8ClN8AvPsbf';
const requested = 'room_thF4U5KzVSclYqbH';
/** Priya's completed room with Daniel: nobody has reviewed it yet. */
const ended = 'room_PQZ4WYvyyjjrph0J';
const room = (id = flagship) => `<menteo-room-widget room-id="${id}"></menteo-room-widget>`;
const clickOn = (selector: string) => `document.querySelector('menteo-room-widget').shadowRoot.querySelector('${selector}').click()`;
const click = (part: string) => clickOn(`[part~="${part}"]`);
const openBooking = click('book-button');

/** The room widget's states for `pnpm run screenshots` (each also shot dark and RTL). */
export const scenarios: Scenario[] = [
  { name: 'mentee', markup: room(), width: 1000, person: 'demo-mentee' },
  { name: 'mentor-requested', markup: room(requested), width: 720, person: 'demo-mentor' },
  { name: 'agreement-propose', markup: room(), width: 720, person: 'demo-mentee', interact: click('agreement-propose') },
  { name: 'goal-edit', markup: room(), width: 720, person: 'demo-mentee', interact: clickOn('[data-goal-action="edit"]') },
  { name: 'goal-delete', markup: room(), width: 360, person: 'demo-mentee', interact: clickOn('[data-goal-action="delete"]') },
  { name: 'session-edit', markup: room(), width: 720, person: 'demo-mentee', interact: clickOn('[data-session-action="edit"]') },
  { name: 'reschedule', markup: room(), width: 720, person: 'demo-mentee', interact: clickOn('[data-session-action="reschedule"]') },
  { name: 'review', markup: room(ended), width: 720, person: 'demo-mentee' },
  { name: 'booking', markup: room(), width: 720, person: 'demo-mentee', interact: openBooking },
  { name: 'sidebar-320', markup: room(), width: 320, person: 'demo-mentee' },
  { name: 'signed-out', markup: room(), width: 360 },
  { name: 'loading', markup: room(), width: 360, person: 'demo-mentee', api: 'hang' },
  { name: 'error', markup: room(), width: 360, person: 'demo-mentee', api: 'down' },
  { name: 'not-found', markup: room('room_doesnotexist00'), width: 360, person: 'demo-mentee' },
];
