// The page's one way to call its backend (/admin/api/*, never Menteo itself): same-origin, with
// the session cookie; a refusal becomes an Error carrying the problem detail and request id.

/** A refusal of the backend (or of Menteo through it), as the page shows it. */
export class ProblemError extends Error {
  /** @param {{ title?: string, detail?: string, requestId?: string | null, errors?: { pointer: string, detail: string }[] }} problem */
  constructor(problem) {
    super(problem.detail ?? problem.title ?? 'The request failed');
    this.problem = problem;
  }
}

/**
 * Calls `path` of the backend and returns its JSON; throws a {@link ProblemError} when refused.
 *
 * @example
 * ```js
 * const { data } = await api('/admin/api/roadmaps');
 * await api('/admin/api/roadmaps', { method: 'POST', json: { title: 'Onboarding' } });
 * ```
 *
 * @param {string} path
 * @param {{ method?: string, json?: unknown, body?: string, type?: string }} [init]
 */
export async function api(path, { method = 'GET', json, body, type } = {}) {
  const headers = { Accept: 'application/json' };
  let payload = body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(json);
  } else if (type) {
    headers['Content-Type'] = type;
  }
  const response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  const answer = await response.json().catch(() => ({ title: `${response.status} ${response.statusText}` }));
  if (!response.ok) throw new ProblemError(answer);
  return answer;
}

/**
 * A refusal in words a person can act on, with the request id support asks for: the field errors
 * when there are any (each named by `fieldName(pointer)`), else the problem's detail.
 * "Validation failed: Step 2: must NOT have more than 160 characters (request req_…)".
 *
 * @example
 * ```js
 * errorLine.textContent = problemText(error, (pointer) => (pointer === '/title' ? 'Title' : pointer));
 * ```
 *
 * @param {unknown} error
 * @param {(pointer: string) => string} [fieldName]
 */
export function problemText(error, fieldName = (pointer) => pointer) {
  if (!(error instanceof ProblemError)) return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
  const p = error.problem;
  const fields = (p.errors ?? []).map((e) => `${fieldName(e.pointer)}: ${e.detail}`).join('; ');
  const detail = fields || p.detail;
  return `${p.title ?? 'Refused'}${detail ? `: ${detail}` : ''}${p.requestId ? ` (request ${p.requestId})` : ''}`;
}

/**
 * A table cell (`td`, or a row header `th`) holding `text`.
 *
 * @example
 * ```js
 * row.append(cell('Sam Lee', 'th'));
 * ```
 *
 * @param {string} text
 * @param {'td' | 'th'} [tag]
 */
export function cell(text, tag = 'td') {
  const element = document.createElement(tag);
  if (tag === 'th') element.scope = 'row';
  element.textContent = text;
  return element;
}

/**
 * A button for a row's action: its visible text, and an accessible name that says which row.
 *
 * @example
 * ```js
 * actions.append(actionButton('Deactivate', `Deactivate ${mentor.name}`, () => deactivate(mentor)));
 * ```
 *
 * @param {string} text
 * @param {string} label
 * @param {() => void} onClick
 */
export function actionButton(text, label, onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = text;
  button.setAttribute('aria-label', label);
  button.addEventListener('click', onClick);
  return button;
}
