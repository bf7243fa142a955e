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
/** Priya's seeded request to Marcus Booker, who offers a free 20-minute intro call. */
const introRequest = 'room_du5PapkRqdlpIlI4';

/**
 * Page-side steps of the intro call scenarios (run as `interact`, awaited): `until` polls the
 * widget's shadow root, `book` books the first open time through the widget's own panel, once
 * (the dark and RTL shots find it booked). Sam (the acme employee) asks Daniel for a room first,
 * so that Daniel, who can be signed in, has a call booked by the person waiting in a request.
 */
const introSteps = `
  const widget = document.querySelector('menteo-room-widget');
  const client = document.querySelector('menteo-provider').connection.client;
  const until = async (find) => { for (let i = 0; i < 200; i++) { const found = find(); if (found) return found; await new Promise((r) => setTimeout(r, 50)); } };
  const shadow = () => widget.shadowRoot;
  const book = async (message) => {
    const ready = await until(() => shadow().querySelector('[part~="intro-call-button"], [part~="intro-call-booked"]'));
    if (!ready || ready.matches('[part~="intro-call-booked"]')) return;
    ready.click();
    (await until(() => shadow().querySelector('[part~="slot"] input'))).click();
    await widget.updateComplete;
    const note = shadow().querySelector('[part~="booking"] textarea');
    note.value = message;
    note.dispatchEvent(new Event('input'));
    shadow().querySelector('[part~="book-submit"]').click();
    await until(() => shadow().querySelector('[part~="intro-call-booked"]'));
  };
  const samsRequest = async () => {
    const { data } = await client.request({ method: 'GET', path: '/v1/rooms', query: { role: 'mentee', status: 'requested' } });
    return data.find((r) => r.mentor.id === 'men_demomentor') ?? client.request({ method: 'POST', path: '/v1/rooms', body: {
      mentorId: 'men_demomentor', goal: 'Lead my first platform team without doing all the hard parts myself.', cadence: 'biweekly', termWeeks: 12 } });
  };
`;
const intro = (steps: string) => `(async () => { ${introSteps} ${steps} })()`;

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
  { name: 'intro-call-offer', markup: room(introRequest), width: 720, person: 'demo-mentee' },
  { name: 'intro-call-picker', markup: room(introRequest), width: 360, person: 'demo-mentee', interact: click('intro-call-button') },
  {
    name: 'intro-call-booked',
    markup: '<menteo-room-widget></menteo-room-widget>',
    width: 720,
    person: 'acme-employee',
    interact: intro(`widget.roomId = (await samsRequest()).id; await book('I lead a platform team for the first time; do we fit?');`),
  },
  {
    name: 'intro-call-mentor',
    markup: '<menteo-room-widget></menteo-room-widget>',
    width: 720,
    person: 'demo-mentor',
    interact: intro(`const { data } = await client.request({ method: 'GET', path: '/v1/rooms', query: { role: 'mentor', status: 'requested' } });
      widget.roomId = data.find((r) => r.mentee.name === 'Sam Lindqvist').id;
      const call = await until(() => shadow().querySelector('[part~="intro-call-booked"]'));
      // Daniel gives the call its link (once: the dark and RTL shots find it set), and Sam's shots after it show it too.
      if (!shadow().querySelector('[part~="intro-call-link"]')) {
        await client.request({ method: 'PATCH', path: '/v1/intro-calls/' + call.dataset.introCallId, body: { meetingUrl: 'https://meet.example/daniel-sam' } });
      }
      await until(() => shadow().querySelector('[part~="intro-call-link"]'));`),
  },
  {
    name: 'intro-call-sidebar-320',
    markup: '<menteo-room-widget></menteo-room-widget>',
    width: 320,
    person: 'acme-employee',
    interact: intro(`widget.roomId = (await samsRequest()).id; await until(() => shadow().querySelector('[part~="intro-call-booked"]'));`),
  },
  {
    name: 'intro-call-link-form',
    markup: '<menteo-room-widget></menteo-room-widget>',
    width: 360,
    person: 'acme-employee',
    interact: intro(`widget.roomId = (await samsRequest()).id;
      (await until(() => shadow().querySelector('[data-intro-action="link"]'))).click();
      await until(() => shadow().querySelector('[part~="intro-call-link-form"]'));`),
  },
  { name: 'sidebar-320', markup: room(), width: 320, person: 'demo-mentee' },
  { name: 'signed-out', markup: room(), width: 360 },
  { name: 'loading', markup: room(), width: 360, person: 'demo-mentee', api: 'hang' },
  { name: 'error', markup: room(), width: 360, person: 'demo-mentee', api: 'down' },
  { name: 'not-found', markup: room('room_doesnotexist00'), width: 360, person: 'demo-mentee' },
];
