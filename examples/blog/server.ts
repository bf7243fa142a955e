// Serves the static blog as a web host would: its files, the embed bundle at /menteo.js, and a
// strict Content-Security-Policy (no inline script or style, no eval; only the API to connect to).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const types: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', map: 'application/json' };

/**
 * Starts the blog on `port` (0 for any); `apiUrl` is written into the page's meta tag and its CSP.
 *
 * @example
 * ```ts
 * const { origin } = await startBlog({ apiUrl: 'http://127.0.0.1:4010', bundle: 'packages/elements/dist/menteo.js' });
 * ```
 */
export async function startBlog(options: { port?: number; apiUrl: string; bundle: string }): Promise<{ origin: string; server: Server }> {
  const csp = `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${options.apiUrl}; img-src 'self' https: data:; base-uri 'none'; form-action 'none'`;
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://blog').pathname;
    const file = path === '/' ? 'index.html' : path.slice(1);
    try {
      let body: Buffer | string = await readFile(
        file.startsWith('menteo.js') ? options.bundle + file.slice('menteo.js'.length) : `${here}${file.replace(/\.\./g, '')}`,
      );
      if (file === 'index.html') body = body.toString().replaceAll('http://127.0.0.1:4010', options.apiUrl);
      res.writeHead(200, { 'content-type': types[file.split('.').pop() ?? ''] ?? 'application/octet-stream', 'content-security-policy': csp }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 4030, '127.0.0.1', resolve));
  const address = server.address();
  return { origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}`, server };
}
