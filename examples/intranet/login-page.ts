// The stand-in for the company's SSO: GET /login shows who you may continue as, and only the
// form's POST signs in. A link (or an <img> on another site) can then never sign anyone in, and
// the page works under the intranet's strict CSP: a plain form, no script.

/** Text for HTML: the names come from the intranet's own directory, escaped all the same. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The sign-in page: one button per employee offered ("Continue as Priya Raman").
 *
 * @example
 * ```ts
 * res.end(loginPage([{ id: 'demo-mentee', name: 'Priya Raman' }]));
 * ```
 */
export function loginPage(people: readonly { id: string; name: string }[]): string {
  const buttons = people
    .map(({ id, name }) => `<button type="submit" name="as" value="${escapeHtml(id)}" class="primary">Continue as ${escapeHtml(name)}</button>`)
    .join('\n        ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Sign in — Acme intranet</title>
    <link rel="stylesheet" href="/intranet.css" />
  </head>
  <body>
    <header class="bar"><strong>Acme</strong> intranet</header>
    <main class="page sign-in">
      <h1>Sign in</h1>
      <p>This stands in for your company's single sign-on.</p>
      <form method="post" action="/login" aria-label="Sign in">
        ${buttons}
      </form>
    </main>
  </body>
</html>
`;
}
