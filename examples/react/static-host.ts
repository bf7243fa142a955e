// The app's files served as a static host would: hashed assets as they are, index.html for any
// other path (the app routes in the browser), each answer with the given Content-Security-Policy.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  css: 'text/css',
  map: 'application/json',
  svg: 'image/svg+xml',
};

/** The request's path, decoded and normalized, or `undefined` if it is not a valid URL. */
function pathOf(url: string | undefined): string | undefined {
  try {
    return normalize(decodeURIComponent(new URL(url ?? '/', 'http://react').pathname));
  } catch {
    // `%E0%A4%A` and the like: `decodeURIComponent` throws URIError. Thrown inside an async
    // request handler it would be an unhandled rejection, and that stops the whole server.
    return undefined;
  }
}

/**
 * A `node:http` request handler serving the build in `dir`.
 *
 * @example
 * ```ts
 * createServer(staticHost(outDir, "default-src 'self'")).listen(4040);
 * ```
 */
export function staticHost(dir: string, csp: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const path = pathOf(req.url);
    if (path === undefined) return void res.writeHead(400, { 'content-type': 'text/plain' }).end('malformed URL');
    // Hashed assets (`normalize` has resolved any `..`) as they are; any other path is the app.
    const file = path.startsWith('/assets/') ? path.slice(1) : 'index.html';
    try {
      const body = await readFile(join(dir, file));
      res.writeHead(200, {
        'content-type': types[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
        'cache-control': file === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
        'content-security-policy': csp,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  };
}
