// The intranet page's own script: a few lines of wiring around the elements.
const provider = document.querySelector('menteo-provider');

const room = document.querySelector('#room');

// 1. Signed-in elements: the provider asks our backend for a user token (and again when it expires).
provider.getToken = async () => {
  const answer = await fetch('/menteo/token', { credentials: 'same-origin' });
  if (!answer.ok) throw new Error('Not signed in to the intranet');
  return answer.text();
};

// 2. "Request mentorship" on any mentor card: ask for the goal, create the room, show it.
// Wired first, before anything is awaited: a click must never find the page not listening.
const dialog = document.querySelector('#request');
const form = document.querySelector('#request-form');
const error = document.querySelector('#request-error');
let mentorId;
document.addEventListener('menteo-request-mentorship', (event) => {
  mentorId = event.detail.mentorId;
  error.textContent = '';
  // The card that asked (inside the search's shadow root): its `mentor` has the name.
  document.querySelector('#request-with').textContent = `With ${event.composedPath()[0].mentor?.name ?? 'this mentor'}`;
  dialog.showModal();
});
document.querySelector('#request-cancel').addEventListener('click', () => dialog.close());
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const created = await provider.connection.client.request({
      method: 'POST',
      path: '/v1/rooms',
      body: { mentorId, goal: form.goal.value, cadence: form.cadence.value, termWeeks: Number(form.weeks.value) },
    });
    dialog.close();
    form.reset();
    document.querySelector('#no-room').hidden = true;
    room.roomId = created.id;
    room.scrollIntoView({ behavior: 'smooth', block: 'start' });
  } catch (failure) {
    // An APIError tells what was wrong (and the request id to quote).
    error.textContent = failure.problem?.detail ?? failure.message;
  }
});

const session = await (await fetch('/session')).json();
document.querySelector('#who').textContent = session ? `Signed in as ${session.name}` : 'Not signed in';

await customElements.whenDefined('menteo-provider');
// Properties set before the element was defined (getToken above) apply on its first update.
await provider.updateComplete;

// 3. Show the employee's current mentorship, if any.
const { data: rooms } = await provider.connection.client.request({ method: 'GET', path: '/v1/rooms', query: { status: 'active,requested', role: 'mentee', limit: 1 } });
// (Unless a request made meanwhile already put its new room there.)
if (rooms[0] && !room.roomId) room.roomId = rooms[0].id;
else if (!room.roomId) document.querySelector('#no-room').hidden = false;

