// The pages a reader sees during sign-in: plain server-rendered HTML, no script (the popup callback
// has one, allowed by a nonce), escaped output, and headers that keep other sites from framing them.
import { randomBytes } from 'node:crypto';
import { type PageError, type PageLang, pageStrings } from './page-strings.js';

/** A person the reader may sign in as. */
export interface Person {
  id: string;
  name: string;
  headline: string | null;
}

/**
 * Escapes text for HTML content and double-quoted attributes.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"Ann" & co</b>'); // '&lt;b&gt;&quot;Ann&quot; &amp; co&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A page's HTML and the headers it must be served with. */
export interface Page {
  html: string;
  headers: Record<string, string>;
}

const style = `body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:1.5rem;color:#1a1a1a;background:#fff}
main{max-width:28rem;margin:0 auto}h1{font-size:1.35rem}fieldset{border:1px solid #bbb;border-radius:.5rem;margin:0 0 1rem;padding:.75rem 1rem}
legend{font-weight:600;padding:0 .25rem}.choice{display:flex;gap:.5rem;align-items:baseline;padding:.25rem 0}.hint{color:#555;font-size:.875rem}
.field{display:block;margin:.5rem 0 0 1.75rem}.field input{display:block;width:100%;padding:.4rem;border:1px solid #767676;border-radius:.25rem;box-sizing:border-box}
.actions{display:flex;gap:.75rem}button{font:inherit;padding:.5rem 1rem;border-radius:.375rem;border:1px solid #1d4ed8;cursor:pointer}
button[value=allow]{background:#1d4ed8;color:#fff}button[value=deny]{background:#fff;color:#1d4ed8}
:focus-visible{outline:3px solid #b45309;outline-offset:2px}`;

/**
 * Headers for every OAuth page: no script unless a nonce allows it, forms only to this origin and
 * the redirect target, never inside a frame (clickjacking), never cached, no referrer to other
 * sites (the URL holds the state and, on the callback, the code).
 */
function pageHeaders(nonce: string, options: { script?: boolean; formTargets?: string[] } = {}): Record<string, string> {
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    options.script ? `script-src 'nonce-${nonce}'` : '',
    `form-action ${["'self'", ...(options.formTargets ?? [])].join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].filter(Boolean);
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': csp.join('; '),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    // same-origin, not no-referrer: with no-referrer Chrome sends `Origin: null` on the consent form's
    // POST, and the sandbox refuses a consent that does not come from its own page.
    'Referrer-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

function document(lang: PageLang, title: string, nonce: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${style}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * The sign-in and consent page, in `lang`: one of the organization's people, or a new account,
 * then Allow or Cancel. The first person is checked, so Enter on the page signs in as them; every
 * control is a native one with a label, so the keyboard and screen readers need nothing more. The
 * form carries the language, so the answer's pages speak it too.
 *
 * @example
 * ```ts
 * const { html, headers } = signInPage({ lang: 'es', requestId: 'oar_x', organization: 'Demo Company', pageOrigin: 'https://blog.example', people, formTarget: 'https://blog.example' });
 * ```
 */
export function signInPage(input: {
  lang: PageLang;
  requestId: string;
  organization: string;
  pageOrigin: string;
  people: Person[];
  formTarget: string;
  error?: string;
}): Page {
  const t = pageStrings[input.lang];
  const nonce = randomBytes(16).toString('base64');
  const people = input.people
    .map(
      (person, i) => `<div class="choice"><input type="radio" name="user_id" id="person-${i}" value="${escapeHtml(person.id)}"${i === 0 ? ' checked' : ''}>
<label for="person-${i}">${escapeHtml(person.name)}${person.headline ? ` <span class="hint">${escapeHtml(person.headline)}</span>` : ''}</label></div>`,
    )
    .join('\n');
  const body = `<h1>${t.signInTo(escapeHtml(input.organization))}</h1>
<p>${t.asks(`<strong>${escapeHtml(input.pageOrigin)}</strong>`)}</p>
${input.error ? `<p role="alert">${escapeHtml(input.error)}</p>` : ''}
<form method="post" action="/oauth/authorize">
<input type="hidden" name="request" value="${escapeHtml(input.requestId)}">
<input type="hidden" name="lang" value="${input.lang}">
<fieldset>
<legend>${t.continueAs}</legend>
${people}
<div class="choice"><input type="radio" name="user_id" id="person-new" value="new"${input.people.length === 0 ? ' checked' : ''}>
<label for="person-new">${t.createAccount}</label></div>
<label class="field" for="new-name">${t.name} <input id="new-name" name="name" autocomplete="name" maxlength="120"></label>
<label class="field" for="new-email">${t.email} <input id="new-email" name="email" type="email" autocomplete="email" maxlength="254"></label>
</fieldset>
<div class="actions">
<button type="submit" name="decision" value="allow">${t.allow}</button>
<button type="submit" name="decision" value="deny">${t.cancel}</button>
</div>
</form>`;
  return { html: document(input.lang, t.signInTitle, nonce, body), headers: pageHeaders(nonce, { formTargets: [input.formTarget] }) };
}

/**
 * The page for a request that cannot go anywhere: an unknown client, a redirect URI that is not
 * registered, an origin the key does not allow, an expired form. It links nowhere and redirects
 * nowhere.
 *
 * @example
 * ```ts
 * errorPage('es', 'unregisteredRedirect');
 * ```
 */
export function errorPage(lang: PageLang, error: PageError): Page {
  const nonce = randomBytes(16).toString('base64');
  const [title, detail] = pageStrings[lang].errors[error];
  return { html: document(lang, title, nonce, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(detail)}</p>`), headers: pageHeaders(nonce) };
}

/**
 * The hosted popup callback: posts `message` to `window.opener` at exactly `targetOrigin` (never
 * `*`) and closes. The message travels as JSON in a data block, which the one nonce'd script reads.
 *
 * @example
 * ```ts
 * popupCallbackPage({ type: 'menteo:oauth', code: 'oac_x', state: 's' }, 'https://blog.example', 'es');
 * ```
 */
export function popupCallbackPage(message: Record<string, string>, targetOrigin: string, lang: PageLang = 'en'): Page {
  const t = pageStrings[lang];
  const nonce = randomBytes(16).toString('base64');
  // `<` escaped: the data block cannot be closed early by anything inside a value.
  const data = JSON.stringify({ message, targetOrigin }).replace(/</g, '\\u003c');
  const body = `<h1>${message.error ? t.cancelled : t.signedIn}</h1>
<p>${t.closeWindow}</p>
<script type="application/json" id="menteo-oauth">${data}</script>
<script nonce="${nonce}">
(() => {
  const { message, targetOrigin } = JSON.parse(document.getElementById('menteo-oauth').textContent);
  if (window.opener) window.opener.postMessage(message, targetOrigin);
  window.close();
})();
</script>`;
  return { html: document(lang, t.callbackTitle, nonce, body), headers: pageHeaders(nonce, { script: true }) };
}
