// The intranet's backend, as a company writes it: it knows who is signed in (its own session,
// a signed cookie) and holds the Menteo SECRET key, which never reaches a browser. The page asks
// it for a short-lived user token (`GET /menteo/token`) and talks to the Menteo API with that alone.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Menteo } from '@menteo/sdk';
import { adminRoutes } from './admin-api.js';
import { isHrAdmin } from './hr-admins.js';
import { loginPage } from './login-page.js';
import { sessionCookies } from './session.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The intranet's employees (its own directory; Menteo knows them by `externalUserId`). */
const employees: Record<string, { externalUserId: string; name: string; email: string }> = {
  'demo-mentee': { externalUserId: 'demo-mentee', name: 'Priya Raman', email: 'priya@example.com' },
  'demo-mentor': { externalUserId: 'demo-mentor', name: 'Daniel Okafor', email: 'daniel@example.com' },
};

export interface IntranetOptions {
  port?: number;
  /** The Menteo API (the sandbox in development). */
  apiUrl: string;
  /** Server-side only. */
  secretKey: string;
  /** The elements' embed bundle to serve at /menteo.js. */
  bundle: string;
  /** Signs the session cookie: INTRANET_SESSION_SECRET by default, else random per process. */
  sessionSecret?: string;
}

/** The form's few bytes, or `undefined` past `limit`: that is not our sign-in form. */
async function formBody(req: IncomingMessage, limit = 1024): Promise<URLSearchParams | undefined> {
  let body = '';
  let size = 0;
  // Read to the end even past the limit (without keeping it): leaving the loop early would
  // destroy the socket before the answer goes out.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) body += chunk.toString('latin1');
  }
  return size > limit ? undefined : new URLSearchParams(body);
}

const types: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', map: 'application/json' };

/**
 * Starts the intranet on `port` (0 for any); resolves with its origin.
 *
 * @example
 * ```ts
 * const { origin } = await startIntranet({ apiUrl: 'http://127.0.0.1:4010', secretKey: 'sk_test_demo', bundle: 'packages/elements/dist/menteo.js' });
 * ```
 */
export async function startIntranet(options: IntranetOptions): Promise<{ origin: string; server: Server }> {
  const sessions = sessionCookies(options.sessionSecret ?? process.env.INTRANET_SESSION_SECRET);
  // A strict policy: the elements need no inline script or style, and talk only to the API.
  const csp = `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${options.apiUrl}; img-src 'self' https: data:; form-action 'self'; base-uri 'none'`;
  // The program admin (/admin, HR admins only) calls the admin API with the secret key, here.
  const admin = { client: new Menteo({ secretKey: options.secretKey, baseUrl: options.apiUrl }), pageDir: `${here}public/admin/`, csp };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://intranet');
    const session = sessions.read(req.headers.cookie);
    const employee = session ? employees[session] : undefined;
    try {
      if (url.pathname === '/login' && req.method === 'POST') {
        // Stands in for the company's SSO. Only our own page's form signs in: a form on another
        // site must not sign its visitor in as someone else (browsers send Origin with a POST).
        if (req.headers.origin !== undefined && req.headers.origin !== `http://${req.headers.host}`)
          return void res.writeHead(403).end('cross-site sign-in refused');
        const form = await formBody(req);
        if (!form) return void res.writeHead(413).end('form too large');
        const as = form.get('as') ?? '';
        if (!employees[as]) return void res.writeHead(400).end('unknown employee');
        return void res.writeHead(303, { 'Set-Cookie': sessions.signIn(as), Location: '/' }).end();
      }
      if (url.pathname === '/login') {
        // A page that asks, never a sign-in: `?as=demo-mentee` only picks whom it offers.
        if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { Allow: 'GET, HEAD, POST' }).end();
        const as = url.searchParams.get('as');
        const offered = Object.values(employees).filter((e) => as === null || e.externalUserId === as);
        if (offered.length === 0) return void res.writeHead(400).end('unknown employee');
        res.writeHead(200, { 'content-type': types.html!, 'cache-control': 'no-store', 'content-security-policy': csp });
        return void res.end(loginPage(offered.map((e) => ({ id: e.externalUserId, name: e.name }))));
      }
      if (url.pathname === '/admin' || url.pathname.startsWith('/admin/'))
        return await adminRoutes(admin, req, res, url, session && employees[session] ? session : undefined);
      if (url.pathname === '/session') {
        // `hrAdmin: true` only shows the way to /admin; the admin routes check the session themselves.
        const who = employee && isHrAdmin(session) ? { ...employee, hrAdmin: true } : (employee ?? null);
        return void res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(who));
      }
      if (url.pathname === '/menteo/token') {
        if (!employee) return void res.writeHead(401).end('sign in first');
        // The secure pattern: the secret key stays here; the page gets a 15-minute user token.
        const answer = await fetch(`${options.apiUrl}/v1/auth/tokens`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${options.secretKey}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(employee),
        });
        if (!answer.ok) return void res.writeHead(502).end('Menteo refused the token');
        const { token } = (await answer.json()) as { token: string };
        return void res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end(token);
      }
      const file = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
      const path = file.startsWith('menteo.js') ? options.bundle + file.slice('menteo.js'.length) : `${here}public/${file.replace(/\.\./g, '')}`;
      let body: Buffer | string = await readFile(path);
      if (file === 'index.html') body = body.toString().replaceAll('http://127.0.0.1:4010', options.apiUrl);
      res.writeHead(200, { 'content-type': types[file.split('.').pop() ?? ''] ?? 'application/octet-stream', 'content-security-policy': csp });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 4020, '127.0.0.1', resolve));
  const address = server.address();
  return { origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}`, server };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await startIntranet({
    apiUrl: process.env.MENTEO_BASE_URL ?? 'http://127.0.0.1:4010',
    secretKey: process.env.MENTEO_SECRET_KEY ?? 'sk_test_demo',
    bundle: fileURLToPath(new URL('../../packages/elements/dist/menteo.js', import.meta.url)),
  });
  console.log(`intranet: ${origin}/login?as=demo-mentee`);
}
