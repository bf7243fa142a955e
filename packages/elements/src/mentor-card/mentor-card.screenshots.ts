import type { Scenario } from '../internal/scenario.screenshots.js';

const card = (attrs = '') => `<menteo-mentor-card mentor-id="men_demomentor" ${attrs}></menteo-mentor-card>`;

// Waits (up to 5 s) for what `find` returns; shared by the scenarios' scripts below.
const waitFor = 'const wait = async (find) => { for (let i = 0; i < 200 && !find(); i++) await new Promise((r) => setTimeout(r, 25)); return find(); };';

// Points the card at a mentor found through the provider's own client (so no scenario hard-codes a
// seeded id): `requested` — the one the signed-in mentee has a waiting request with; `free` — the
// first listed mentor she has no room with, so the card offers "Request mentorship".
const pointCardAt = (which: 'requested' | 'free') => `
  const provider = document.querySelector('menteo-provider');
  const connection = await wait(() => provider.connection);
  const get = (path, query) => connection.client.request({ method: 'GET', path, query });
  const rooms = (await get('/v1/rooms', { role: 'mentee', limit: 100 })).data;
  const mentorId = ${JSON.stringify(which)} === 'requested'
    ? rooms.find((room) => room.status === 'requested').mentor.id
    : (await get('/v1/mentors', { limit: 50 })).data.find((mentor) => !rooms.some((room) => room.mentor.id === mentor.id)).id;
  const card = document.querySelector('menteo-mentor-card');
  card.setAttribute('mentor-id', mentorId);`;

const cardOfRequestedMentor = `(async () => {
  ${waitFor}
  ${pointCardAt('requested')}
  await wait(() => card.shadowRoot.querySelector('[part~="room-link"]'));
})()`;

// Opens the built-in request dialog on a mentor the mentee may ask (the provider loads it on the
// first click), then types a goal so the live count shows; a goal under 10 characters is also sent,
// to show a field error.
const openDialog = (goal: string) => `(async () => {
  ${waitFor}
  ${pointCardAt('free')}
  (await wait(() => card.shadowRoot.querySelector('[part~="request-button"]'))).click();
  const dialog = await wait(() => card.shadowRoot.querySelector('menteo-request-dialog')?.shadowRoot?.querySelector('dialog[open]'));
  const field = dialog.querySelector('#goal');
  field.value = ${JSON.stringify(goal)};
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  if (${JSON.stringify(goal)}.length < 10) dialog.querySelector('[part~="send-button"]').click();
})()`;

// The dialog is in the top layer, centred on the viewport: a frame as tall as the viewport holds it.
const tallCard = `<div style="min-height: 860px">${card()}</div>`;

/** The mentor card's states for `pnpm run screenshots`. */
export const scenarios: Scenario[] = [
  { name: 'data', markup: card(), width: 360 },
  { name: 'compact', markup: card('variant="compact"'), width: 300 },
  { name: 'wide', markup: card(), width: 720 },
  { name: 'loading', markup: card(), width: 360, api: 'hang' },
  { name: 'error', markup: card(), width: 360, api: 'down' },
  { name: 'request-dialog', markup: tallCard, width: 600, person: 'demo-mentee', interact: openDialog('Lead my first team of four with confidence') },
  { name: 'request-dialog-error', markup: tallCard, width: 600, person: 'demo-mentee', interact: openDialog('Lead') },
  // The viewer's rooms replace the button: an active room with this mentor, then a waiting request.
  { name: 'your-mentor', markup: card(), width: 360, person: 'demo-mentee' },
  { name: 'requested', markup: card('room-href="/mentoring/{roomId}"'), width: 360, person: 'demo-mentee', interact: cardOfRequestedMentor },
  { name: 'not-found', markup: '<menteo-mentor-card mentor-id="men_doesnotexist"></menteo-mentor-card>', width: 360 },
];
