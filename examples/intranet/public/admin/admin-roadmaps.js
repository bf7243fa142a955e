// The organization's roadmaps: the list (drafts and published) with Publish / Unpublish and Edit,
// and the draft form (title, summary, level, steps one a line). A refusal shows the API's problem
// with its request id, and the form keeps everything typed.
import { actionButton, api, cell, problemText } from './admin-api.js';

const body = document.querySelector('#roadmaps-table tbody');
const status = document.querySelector('#roadmaps-status');
const form = document.querySelector('#roadmap-form');
const formTitle = document.querySelector('#roadmap-form-title');
const error = document.querySelector('#roadmap-error');
const cancel = document.querySelector('#roadmap-cancel');

/** The roadmap being edited, or `undefined` for a new draft. */
let editing;

const empty = 'No roadmaps yet: write a draft below, then publish it.';
const statusWords = { draft: 'Draft', published: 'Published', unpublished: 'Unpublished' };

function row(roadmap) {
  const tr = document.createElement('tr');
  const actions = document.createElement('td');
  const group = document.createElement('div');
  group.className = 'row-actions';
  group.append(actionButton('Edit', `Edit ${roadmap.title}`, () => edit(roadmap)));
  if (roadmap.status === 'published' && !roadmap.hasUnpublishedChanges)
    group.append(actionButton('Unpublish', `Unpublish ${roadmap.title}`, () => act(roadmap, 'unpublish')));
  else group.append(actionButton('Publish', `Publish ${roadmap.title}`, () => act(roadmap, 'publish')));
  actions.append(group);
  const state = `${statusWords[roadmap.status] ?? roadmap.status}${roadmap.status !== 'draft' && roadmap.hasUnpublishedChanges ? ', with unpublished changes' : ''}`;
  tr.append(cell(roadmap.title, 'th'), cell(state), cell(roadmap.version === 0 ? '—' : String(roadmap.version)), actions);
  return tr;
}

async function load() {
  try {
    const { data } = await api('/admin/api/roadmaps');
    body.replaceChildren(...data.map(row));
    if (data.length === 0) status.textContent = empty;
    else if (status.textContent === empty) status.textContent = '';
    return true;
  } catch (e) {
    status.textContent = problemText(e);
    return false;
  }
}

async function act(roadmap, action) {
  try {
    const done = await api(`/admin/api/roadmaps/${encodeURIComponent(roadmap.id)}/${action}`, { method: 'POST' });
    // Said once the table shows it, so what is announced and what is on screen agree.
    if (!(await load())) return;
    status.textContent =
      action === 'publish'
        ? `"${done.title}" is published (version ${done.version}): your people see it.`
        : `"${done.title}" is unpublished: hidden, progress kept.`;
  } catch (e) {
    status.textContent = problemText(e);
  }
}

/** Fills the form with `roadmap` to edit it. */
function edit(roadmap) {
  editing = roadmap;
  formTitle.textContent = `Edit ${roadmap.title}`;
  form.elements.title.value = roadmap.title;
  form.elements.summary.value = roadmap.summary;
  form.elements.level.value = roadmap.level;
  form.elements.steps.value = roadmap.steps.map((s) => s.title).join('\n');
  cancel.hidden = false;
  error.hidden = true;
  form.elements.title.focus();
}

function reset() {
  editing = undefined;
  form.reset();
  formTitle.textContent = 'New roadmap draft';
  cancel.hidden = true;
  error.hidden = true;
}

/** The steps typed, one a line; a line with an existing step's title keeps that step (its id). */
function steps() {
  const unused = [...(editing?.steps ?? [])];
  return form.elements.steps.value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((title) => {
      const at = unused.findIndex((s) => s.title === title);
      return at < 0 ? { title } : { id: unused.splice(at, 1)[0].id, title };
    });
}

/** The form's name for a field the API refused: `/steps/1/title` is "Step 2", on its line of Steps. */
function fieldName(pointer) {
  const step = /^\/steps\/(\d+)/.exec(pointer);
  if (step) return `Step ${Number(step[1]) + 1}`;
  const names = { '/title': 'Title', '/summary': 'Summary', '/level': 'Level', '/steps': 'Steps' };
  return names[pointer] ?? pointer;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const fields = { title: form.elements.title.value, summary: form.elements.summary.value, level: form.elements.level.value, steps: steps() };
  try {
    const saved = editing
      ? await api(`/admin/api/roadmaps/${encodeURIComponent(editing.id)}`, { method: 'PATCH', json: fields })
      : await api('/admin/api/roadmaps', { method: 'POST', json: fields });
    reset();
    if (await load()) status.textContent = `"${saved.title}" is saved as a draft: publish it for your people to see it.`;
  } catch (e) {
    // Everything typed stays in the form, to correct and save again.
    error.textContent = problemText(e, fieldName);
    error.hidden = false;
  }
});
cancel.addEventListener('click', reset);

/** Shows the list. */
export function startRoadmaps() {
  return load();
}
