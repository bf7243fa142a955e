// The internal mentor pool, ten a page, with "Deactivate" (takes a mentor out of search; their
// rooms go on). Pages go forward by the API's cursor and back by the cursors already seen.
import { actionButton, api, cell, problemText } from './admin-api.js';

const body = document.querySelector('#mentors-table tbody');
const status = document.querySelector('#mentors-status');
const previous = document.querySelector('#mentors-previous');
const next = document.querySelector('#mentors-next');

/** The cursors of the pages before this one (the first page's is `''`), and this page's. */
const behind = [];
let here = '';
let nextCursor = null;
const empty = 'No internal mentors yet: import some from CSV above.';

function row(mentor) {
  const tr = document.createElement('tr');
  const actions = document.createElement('td');
  if (mentor.active) actions.append(actionButton('Deactivate', `Deactivate ${mentor.name}`, () => deactivate(mentor)));
  const visibility = mentor.visibility === 'internal' ? 'Internal' : 'Public';
  tr.append(cell(mentor.name, 'th'), cell(mentor.headline), cell(visibility), cell(mentor.active ? 'Active' : 'Deactivated'), actions);
  return tr;
}

/** Shows the page that starts at `cursor` (`''`: the first); false if it could not (the status says why). */
async function load(cursor) {
  try {
    const page = await api(`/admin/api/mentors${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
    here = cursor;
    nextCursor = page.nextCursor;
    body.replaceChildren(...page.data.map(row));
    if (page.data.length === 0) status.textContent = empty;
    else if (status.textContent === empty) status.textContent = '';
    previous.disabled = behind.length === 0;
    next.disabled = !nextCursor;
    return true;
  } catch (error) {
    status.textContent = problemText(error);
    return false;
  }
}

async function deactivate(mentor) {
  try {
    await api(`/admin/api/mentors/${encodeURIComponent(mentor.id)}/deactivate`, { method: 'POST' });
    // Said once the table shows it, so what is announced and what is on screen agree.
    if (await load(here)) status.textContent = `${mentor.name} is deactivated: out of search, their rooms go on.`;
  } catch (error) {
    status.textContent = problemText(error);
  }
}

next.addEventListener('click', () => {
  if (!nextCursor) return;
  behind.push(here);
  void load(nextCursor);
});
previous.addEventListener('click', () => {
  if (behind.length > 0) void load(behind.pop());
});
document.addEventListener('admin-mentors-changed', () => void load(here));

/** Shows the first page. */
export function startMentors() {
  return load('');
}
