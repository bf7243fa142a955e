import type { Scenario } from '../internal/scenario.screenshots.js';

const profile = (attrs = '') => `<menteo-mentor-profile mentor-id="men_demomentor" ${attrs}></menteo-mentor-profile>`;

// Waits (up to 5 s) for what `find` returns; shared by the scenarios' scripts below.
const waitFor = 'const wait = async (find) => { for (let i = 0; i < 200 && !find(); i++) await new Promise((r) => setTimeout(r, 25)); return find(); };';

// "More reviews" pressed once: ten reviews, the focus (and its ring) on the sixth.
const moreReviews = `(async () => {
  ${waitFor}
  const el = document.querySelector('menteo-mentor-profile');
  (await wait(() => el.shadowRoot.querySelector('[part~="more-reviews"]'))).click();
  await wait(() => el.shadowRoot.querySelectorAll('[part~="review"]').length > 5 && el.shadowRoot.activeElement);
})()`;

// The profile of the first listed mentor the signed-in mentee has no room with, and its request
// dialog opened from the button (the provider loads it on the first click).
const openDialog = `(async () => {
  ${waitFor}
  const provider = document.querySelector('menteo-provider');
  const connection = await wait(() => provider.connection);
  const get = (path, query) => connection.client.request({ method: 'GET', path, query });
  const rooms = (await get('/v1/rooms', { role: 'mentee', limit: 100 })).data;
  const mentor = (await get('/v1/mentors', { limit: 50 })).data.find((m) => m.acceptingRequests && m.capacity.open > 0 && !rooms.some((room) => room.mentor.id === m.id));
  const el = document.querySelector('menteo-mentor-profile');
  el.setAttribute('mentor-id', mentor.id);
  (await wait(() => el.shadowRoot.querySelector('[part~="request-button"]') && el.shadowRoot.querySelector('[part~="name"]')?.textContent === mentor.name && el.shadowRoot.querySelector('[part~="request-button"]'))).click();
  await wait(() => el.shadowRoot.querySelector('menteo-request-dialog')?.shadowRoot?.querySelector('dialog[open]'));
})()`;

/** The mentor profile's states for `pnpm run screenshots`. */
export const scenarios: Scenario[] = [
  { name: 'data', markup: profile('heading-level="1"'), width: 720 },
  { name: 'narrow', markup: profile(), width: 360 },
  { name: 'more-reviews', markup: profile(), width: 720, interact: moreReviews },
  { name: 'loading', markup: profile(), width: 720, api: 'hang' },
  { name: 'error', markup: profile(), width: 720, api: 'down' },
  { name: 'not-found', markup: '<menteo-mentor-profile mentor-id="men_doesnotexist"></menteo-mentor-profile>', width: 720 },
  // Signed in: the mentee's running room with Daniel replaces the button; the request dialog on another mentor.
  { name: 'your-mentor', markup: profile('room-href="/mentoring/{roomId}"'), width: 720, person: 'demo-mentee' },
  { name: 'request-dialog', markup: `<div style="min-height: 860px">${profile()}</div>`, width: 720, person: 'demo-mentee', interact: openDialog },
];
