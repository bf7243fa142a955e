// A customer's site for end-to-end tests: static pages with the headers a test asks for
// (a strict CSP…), the elements' embed bundle (`/menteo.js`, the real dist/menteo.js), and the
// few lines of backend a company writes: mint a user token with the secret key, hand the page
// only the token. The secret key never leaves this Node process.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { SandboxProcess } from './sandbox-process.js';

const require = createRequire(import.meta.url);

/** A page of the site: its HTML and extra response headers. */
export interface SitePage {
  html: string;
  headers?: Record<string, string>;
}

/** The running site. */
export interface Site {
  origin: string;
  /** Serves `html` at `path` (with `headers`). */
  page(path: string, page: SitePage): string;
  /** Serves a static file body at `path`. */
  asset(path: string, type: string, body: string): void;
  close(): Promise<void>;
}

const embedBundle = fileURLToPath(new URL('../../packages/elements/dist/menteo.js', import.meta.url));

/**
 * The embed bundle as shipped (`packages/elements/dist/menteo.js`, built by rollup): what a
 * blogger's `<script type="module" src=".../menteo.js">` loads.
 */
export async function elementsBundle(): Promise<string> {
  try {
    return await readFile(embedBundle, 'utf8');
  } catch {
    throw new Error('packages/elements/dist/menteo.js is missing: run `pnpm run build` first (`npm test` does).');
  }
}

/** axe-core's browser build, to run in a page. */
export function axeSource(): Promise<string> {
  return readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
}

/**
 * Starts the site for a sandbox. `/session/token?person=…` is the company backend's route.
 *
 * @example
 * ```ts
 * const site = await startSite(sandbox);
 * const url = site.page('/blog.html', { html: '<menteo-thread-feed thread-id="thr_learningtolead"></menteo-thread-feed>' });
 * ```
 */
export async function startSite(sandbox: SandboxProcess): Promise<Site> {
  const pages = new Map<string, SitePage & { type?: string }>();
  pages.set('/menteo.js', { html: await elementsBundle(), type: 'text/javascript' });
  pages.set('/menteo.js.map', { html: await readFile(`${embedBundle}.map`, 'utf8'), type: 'application/json' });
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://site');
    if (url.pathname === '/session/token') {
      // The company backend: it knows who is signed in (here: `person`) and holds the secret key.
      const person = url.searchParams.get('person') ?? '';
      const answer = await fetch(`${sandbox.url}/v1/auth/tokens`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${sandbox.keys.demoSecret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ externalUserId: person, name: person }),
      });
      const { token } = (await answer.json()) as { token: string };
      res.writeHead(answer.ok ? 200 : 502, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end(token);
      return;
    }
    const page = pages.get(url.pathname);
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8', ...page.headers }).end(page.html);
  };
  const server = createServer((req, res) => void handle(req, res).catch((error: unknown) => res.writeHead(500).end(String(error))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page(path, page) {
      pages.set(path, page);
      return origin + path;
    },
    asset(path, type, body) {
      pages.set(path, { html: body, type });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
