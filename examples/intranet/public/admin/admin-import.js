// The mentor import: a CSV file dropped on the drop zone or chosen with the file input goes to the
// backend as a dry run; the preview shows what each row would do, and why a refused row is
// refused (its line and column); "Apply N rows" then runs it for real and shows the result.
import { api, cell, problemText } from './admin-api.js';

const zone = document.querySelector('#drop-zone');
const input = document.querySelector('#csv-file');
const status = document.querySelector('#import-status');
const result = document.querySelector('#import-result');
const caption = document.querySelector('#import-caption');
const body = document.querySelector('#import-table tbody');
const apply = document.querySelector('#apply');

/** The file being imported: its name and text, kept for "Apply". */
let current;

const words = {
  preview: { created: 'Will be created', updated: 'Will be updated', unchanged: 'Unchanged', refused: 'Refused' },
  applied: { created: 'Created', updated: 'Updated', unchanged: 'Unchanged', refused: 'Refused' },
};

/** "2 to create, 1 to update, 0 unchanged, 1 refused" (or "created", … once applied). */
function summaryText({ dryRun, summary: s }) {
  return dryRun
    ? `${s.created} to create, ${s.updated} to update, ${s.unchanged} unchanged, ${s.refused} refused`
    : `${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.refused} refused`;
}

/** Shows an import's rows in the table, and what "Apply" would send. */
function render(answer) {
  const said = answer.dryRun ? words.preview : words.applied;
  caption.textContent = answer.dryRun ? `Preview of ${current.name}: nothing is written yet` : `Applied ${current.name}`;
  body.replaceChildren(
    ...answer.rows.map((row) => {
      const tr = document.createElement('tr');
      tr.className = row.status;
      const reasons = cell(row.errors.map((e) => `Line ${row.line}, ${e.column}: ${e.detail}`).join('\n'));
      reasons.className = 'refused-reason';
      tr.append(cell(String(row.line)), cell(row.externalId), cell(row.name || '(no name)', 'th'), cell(said[row.status]), reasons);
      return tr;
    }),
  );
  const sendable = answer.rows.length - answer.summary.refused;
  apply.textContent = `Apply ${sendable} ${sendable === 1 ? 'row' : 'rows'}`;
  apply.hidden = !answer.dryRun;
  apply.disabled = sendable === 0;
  result.hidden = false;
}

/** Reads `file` and asks the backend for its dry run. */
async function preview(file) {
  current = { name: file.name, text: await file.text() };
  status.textContent = `Checking ${current.name}…`;
  result.hidden = true;
  try {
    const answer = await api('/admin/api/mentors/import', { method: 'POST', body: current.text, type: 'text/csv' });
    render(answer);
    status.textContent = `Preview of ${current.name}: ${summaryText(answer)}. Nothing is written until you apply.`;
  } catch (error) {
    status.textContent = problemText(error);
  }
}

apply.addEventListener('click', async () => {
  apply.disabled = true;
  status.textContent = `Applying ${current.name}…`;
  try {
    const answer = await api('/admin/api/mentors/import?apply=1', { method: 'POST', body: current.text, type: 'text/csv' });
    render(answer);
    status.textContent = `Applied ${current.name}: ${summaryText(answer)}.`;
    document.dispatchEvent(new CustomEvent('admin-mentors-changed'));
  } catch (error) {
    apply.disabled = false;
    status.textContent = problemText(error);
  }
});

input.addEventListener('change', () => {
  const [file] = input.files;
  if (file) void preview(file);
  input.value = ''; // the same file chosen again (after an edit) is a new preview
});

// Drag and drop: the zone says it takes the file while one is over it.
zone.addEventListener('dragover', (event) => {
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
  zone.classList.add('dragging');
});
zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
zone.addEventListener('drop', (event) => {
  event.preventDefault();
  zone.classList.remove('dragging');
  const [file] = event.dataTransfer.files;
  if (file) void preview(file);
});
