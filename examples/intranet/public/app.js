// The intranet page's own script: a few lines of wiring around the elements.
import { roomLabel } from './room-label.js';

const provider = document.querySelector('menteo-provider');

const room = document.querySelector('#room');
const roomList = document.querySelector('#rooms');

/** Opens room `id` in the widget, and marks it in the list of rooms (if there is one). */
function show(id) {
  room.hidden = false;
  room.roomId = id;
  for (const button of roomList.querySelectorAll('button')) button.setAttribute('aria-pressed', String(button.value === id));
}

/** A list item that opens room `r`, named for the other person in it and where the two stand. */
function roomItem(r) {
  const item = document.createElement('li');
  const button = item.appendChild(document.createElement('button'));
  button.type = 'button';
  button.value = r.id;
  button.textContent = roomLabel(r);
  button.addEventListener('click', () => show(r.id));
  return item;
}

// 1. Signed-in elements: the provider asks our backend for a user token (and again when it expires).
provider.getToken = async () => {
  const answer = await fetch('/menteo/token', { credentials: 'same-origin' });
  if (!answer.ok) throw new Error('Not signed in to the intranet');
  return answer.text();
};

// 2. "Request mentorship" on any mentor card opens the elements' own request dialog (goal,
// cadence, term, first message). Once the room exists, the card says "Requested · view" and
// fires menteo-room-requested: show the new room. Wired first, before anything is awaited.
document.addEventListener('menteo-room-requested', async (event) => {
  const created = await provider.connection.client.request({ method: 'GET', path: `/v1/rooms/${event.detail.roomId}` });
  document.querySelector('#no-room').hidden = true;
  if (!roomList.querySelector(`button[value="${created.id}"]`)) roomList.prepend(roomItem(created));
  roomList.hidden = roomList.children.length < 2;
  show(created.id);
  room.scrollIntoView({ behavior: 'smooth', block: 'start' });
});
// "view" on a card's request opens that room here.
document.addEventListener('menteo-room-select', (event) => {
  show(event.detail.roomId);
  room.scrollIntoView({ behavior: 'smooth', block: 'start' });
});

const session = await (await fetch('/session')).json();
document.querySelector('#who').textContent = session ? `Signed in as ${session.name}` : 'Not signed in';
document.querySelector('#admin-link').hidden = !session?.hrAdmin; // HR admins run the program at /admin

await customElements.whenDefined('menteo-provider');
// Properties set before the element was defined (getToken above) apply on its first update.
await provider.updateComplete;

// 3. Show the employee's mentorships, in either role: a mentee's room with her mentor, and a
// mentor's rooms with each of his mentees (a list to pick one from when there are several).
const { data: rooms } = await provider.connection.client.request({ method: 'GET', path: '/v1/rooms', query: { status: 'active,requested', limit: 20 } });
roomList.append(...rooms.filter((r) => !roomList.querySelector(`button[value="${r.id}"]`)).map(roomItem));
roomList.hidden = roomList.children.length < 2;
// (Unless a request made meanwhile already put its new room there.)
if (rooms[0] && !room.roomId) show(rooms[0].id);
else if (!room.roomId) {
  document.querySelector('#no-room').hidden = false;
  room.hidden = true; // the page's own words say it, with where to go next
}
