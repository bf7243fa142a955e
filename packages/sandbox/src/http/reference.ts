import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Hono } from 'hono';
import type { OpenApiDocument } from './contract.js';

// The contract the sandbox implements, served by the sandbox itself: `/openapi.json` for tools
// (code generators, Postman, an editor's OpenAPI support) and `/docs` for people, rendered by
// Redoc from a copy installed with the sandbox, so the reference works offline and always
// describes the very version that is running.

const require = createRequire(import.meta.url);

/** The page `/docs` answers: Redoc reads `/openapi.json` from this same server. */
const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Menteo API reference (sandbox)</title>
  <style>body { margin: 0; }</style>
</head>
<body>
  <redoc spec-url="/openapi.json" hide-hostname="false" expand-responses="200,201"></redoc>
  <script src="/docs/redoc.standalone.js"></script>
</body>
</html>
`;

let redoc: string | undefined;

/**
 * Adds `GET /openapi.json`, `GET /docs` and Redoc's script to the app. None of them needs a
 * credential: the contract is public.
 *
 * @example
 * ```ts
 * serveReference(app, loadContract());
 * await app.request('/openapi.json'); // 200, the contract
 * ```
 */
export function serveReference(app: Hono, doc: OpenApiDocument): void {
  const json = JSON.stringify(doc);
  app.get('/openapi.json', () => new Response(json, { headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' } }));
  app.get('/docs', () => new Response(page, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
  app.get('/docs/redoc.standalone.js', () => {
    // Read once, on the first visit: 0.9 MB that most runs never serve.
    redoc ??= readFileSync(require.resolve('redoc/bundles/redoc.standalone.js'), 'utf8');
    return new Response(redoc, { headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
  });
}
