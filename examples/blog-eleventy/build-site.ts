// Builds the blog with Eleventy's own command, as a blogger does (`eleventy`), against an API
// named in the environment, into a directory of the caller's; and serves a built site as a static
// host would. Shared by this example's build test and the browser test (test/e2e/ssr-blog).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const example = fileURLToPath(new URL('.', import.meta.url));
const eleventy = join(example, 'node_modules/@11ty/eleventy/cmd.cjs');

/**
 * Runs `eleventy --input src --output <output>` in the example with the API's URL and key in
 * the environment (what the shortcodes render from). Rejects with Eleventy's output on failure.
 *
 * @example
 * ```ts
 * await buildSite({ baseUrl: sandbox.url, publishableKey: 'pk_test_demo' }, '/tmp/site');
 * ```
 */
export async function buildSite(api: { baseUrl: string; publishableKey: string }, output: string): Promise<void> {
  await promisify(execFile)(process.execPath, [eleventy, '--config=eleventy.config.js', '--input=src', `--output=${output}`, '--quiet'], {
    cwd: example,
    env: { ...process.env, MENTEO_BASE_URL: api.baseUrl, MENTEO_PUBLISHABLE_KEY: api.publishableKey },
  });
}

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Serves a built site's files (`/x/` is `/x/index.html`) on `port` (default: an ephemeral one), with no headers
 * of its own: the pages carry their CSP in a `<meta>`, as on a static host.
 *
 * @example
 * ```ts
 * const site = await serveSite('/tmp/site');
 * await page.goto(`${site.url}/posts/learning-to-lead/`);
 * await site.close();
 * ```
 */
export async function serveSite(root: string, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
