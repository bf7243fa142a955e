// The smallest site a company needs for the whole mentorship journey: pages holding only Menteo
// elements (and the bundle), and a token endpoint that mints a user token with the secret key
// for whoever is signed in. "Signed in" is a cookie the test sets on each browser context
// (`journey=<externalUserId>`): the stand-in for the company's own session.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';

/** A person the site can sign in: their id in the company's directory and their name. */
export interface JourneyPerson {
  externalUserId: string;
  name: string;
}

/** What the site is built on. */
export interface JourneySiteOptions {
  apiUrl: string;
  secretKey: string;
  publishableKey: string;
  /** The elements' bundle, `packages/elements/dist/menteo.js` (its chunks sit beside it). */
  bundle: string;
  /** Everyone who may sign in, by `externalUserId`. */
  people: readonly JourneyPerson[];
}

/** A running site. */
export interface JourneySite {
  origin: string;
  server: Server;
  /** The cookie that signs `externalUserId` in, for `context.addCookies`. */
  signInCookie(externalUserId: string): { name: string; value: string; url: string };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Starts the site on an ephemeral port of 127.0.0.1. Its pages take `?lang=es`:
 * - `/` the mentor's card (`mentor` query), with "Request mentorship" and the room link;
 * - `/rooms` the signed-in person's room list;
 * - `/rooms/<roomId>` that room's widget.
 *
 * @example
 * ```ts
 * const site = await startJourneySite({ apiUrl, secretKey: 'sk_test_demo', publishableKey: 'pk_test_demo', bundle, people });
 * await context.addCookies([site.signInCookie('demo-mentor')]);
 * await page.goto(`${site.origin}/rooms`);
 * ```
 */
export async function startJourneySite(options: JourneySiteOptions): Promise<JourneySite> {
  const people = new Map(options.people.map((p) => [p.externalUserId, p]));
  const bundleDir = options.bundle.replace(/[^/]+$/, '');

  const page = (lang: string, title: string, body: string) => `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <script type="module" src="/token.js"></script>
    <script type="module" src="/menteo.js"></script>
  </head>
  <body>
    <menteo-provider publishable-key="${options.publishableKey}" base-url="${options.apiUrl}" locale="${lang}">
      <main>
        <h1>${escapeHtml(title)}</h1>
        ${body}
      </main>
    </menteo-provider>
  </body>
</html>`;

  // The page's only script besides the bundle: where the provider gets its tokens.
  const tokenScript = `document.querySelector('menteo-provider').getToken = () =>
  fetch('/menteo/token', { credentials: 'same-origin' }).then((r) => (r.ok ? r.text() : Promise.reject(new Error('not signed in'))));
`;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const who = /(?:^|;\s*)journey=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1];
    const person = who ? people.get(who) : undefined;
    const lang = url.searchParams.get('lang') === 'es' ? 'es' : 'en';
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    try {
      if (url.pathname === '/menteo/token') {
        if (!person) return void res.writeHead(401).end('sign in first');
        const answer = await fetch(`${options.apiUrl}/v1/auth/tokens`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${options.secretKey}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(person),
        });
        if (!answer.ok) return void res.writeHead(502).end('Menteo refused the token');
        const { token } = (await answer.json()) as { token: string };
        return void res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end(token);
      }
      if (url.pathname === '/token.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(tokenScript);
      if (url.pathname === '/') {
        const mentorId = url.searchParams.get('mentor') ?? '';
        return void html(
          page(
            lang,
            lang === 'es' ? 'Encuentra un mentor' : 'Find a mentor',
            `<menteo-mentor-card heading-level="2" mentor-id="${escapeHtml(mentorId)}" room-href="/rooms/{roomId}?lang=${lang}"></menteo-mentor-card>`,
          ),
        );
      }
      if (url.pathname === '/rooms') {
        return void html(
          page(lang, lang === 'es' ? 'Tus mentorías' : 'Your mentorships', `<menteo-room-list room-href="/rooms/{roomId}?lang=${lang}"></menteo-room-list>`),
        );
      }
      const room = /^\/rooms\/(room_\w+)$/.exec(url.pathname)?.[1];
      if (room) return void html(page(lang, lang === 'es' ? 'Tu mentoría' : 'Your mentorship', `<menteo-room-widget room-id="${room}"></menteo-room-widget>`));
      const file = /^\/(menteo\.js|chunks\/[\w.-]+\.js|[\w.-]+\.js)$/.exec(url.pathname)?.[1];
      if (file) {
        const body = await readFile(`${bundleDir}${file}`);
        return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
      }
      res.writeHead(404).end('not found');
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    server,
    signInCookie: (externalUserId) => ({ name: 'journey', value: externalUserId, url: origin }),
  };
}
