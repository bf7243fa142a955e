// The insights part: <menteo-program-insights src="/admin/api/insights?from&to"> and the CSV link
// of the same range. The first range is the API's own default (twelve weeks to the API's today,
// by its clock, not this computer's), asked of the backend.
import { api } from './admin-api.js';

const form = document.querySelector('#range');
const insights = document.querySelector('#insights');
const csvLink = document.querySelector('#csv-link');

/** Points the element and the CSV link at the range `from`–`to`. */
function show(from, to) {
  const query = new URLSearchParams({ from, to }).toString();
  insights.src = `/admin/api/insights?${query}`;
  csvLink.href = `/admin/api/insights.csv?${query}`;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  show(form.elements.from.value, form.elements.to.value);
});

/** Fills the range with the API's default and shows it. */
export async function startInsights() {
  const { from, to } = await api('/admin/api/insights-range');
  form.elements.from.value = from;
  form.elements.to.value = to;
  show(from, to);
}
