// The backend of the intranet's /admin page: its own routes, which call the Menteo admin API with
// the SECRET key through the SDK. The page never sees the key, and never calls Menteo itself.
//
//   GET   /admin                                  the page (public/admin/index.html)
//   GET   /admin/<file>.js|.css                   its script and styles
//   GET   /admin/api/insights-range               { from, to }: the API's default range, by the API's clock
//   GET   /admin/api/insights?from&to             the program's figures (for <menteo-program-insights src>)
//   GET   /admin/api/insights.csv?from&to         the same as a CSV download
//   POST  /admin/api/mentors/import[?apply=1]     a CSV file: dry run (the preview), or apply
//   GET   /admin/api/mentors[?cursor=…]           the internal mentors, ten a page
//   POST  /admin/api/mentors/:id/deactivate
//   GET   /admin/api/roadmaps                     drafts and published
//   POST  /admin/api/roadmaps                     a new draft { title, summary, level, steps: [{ id?, title }] }
//   PATCH /admin/api/roadmaps/:id                 an edit (same fields)
//   POST  /admin/api/roadmaps/:id/publish | /unpublish
//
// Only an HR admin (hr-admins.ts) gets past the first line of `handle`; a request that changes
// something must come from this origin (same-origin.ts). A refusal of the API goes back to the
// page as its problem detail, with its request id.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { APIError, type Menteo, MenteoError } from '@menteo/sdk';
import { isHrAdmin } from './hr-admins.js';
import { importMentors } from './mentor-import.js';
import { textBody } from './request-body.js';
import { fromThisOrigin } from './same-origin.js';

/** What the admin routes need from the intranet's server. */
export interface AdminContext {
  /** A client with the intranet's secret key. */
  client: Menteo;
  /** public/admin/ on disk. */
  pageDir: string;
  /** The intranet's Content-Security-Policy, sent with the page. */
  csp: string;
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  void res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));

/** An answer the page shows as is: a title, a detail, the API's request id and its field errors. */
function problem(res: ServerResponse, status: number, title: string, detail: string, extra: Record<string, unknown> = {}) {
  json(res, status, { title, status, detail, ...extra });
}

/** A failed SDK call as the page's problem: the API's own (with its request id), or "Menteo did not answer". */
function menteoProblem(res: ServerResponse, error: unknown) {
  if (error instanceof APIError) {
    const p = error.problem;
    return problem(res, error.status >= 500 ? 502 : error.status, p?.title ?? 'Menteo refused the request', p?.detail ?? error.message, {
      requestId: error.requestId,
      errors: p?.errors ?? [],
    });
  }
  if (error instanceof MenteoError) return problem(res, 502, 'Menteo did not answer', error.message);
  throw error; // a bug of ours: the server's catch answers, and the stack trace is kept
}

/** The roadmap form's fields, picked out of the page's JSON (the API checks them). */
function roadmapFields(body: unknown) {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const steps = Array.isArray(b.steps) ? (b.steps as { id?: unknown; title?: unknown }[]) : [];
  return {
    title: String(b.title ?? ''),
    summary: String(b.summary ?? ''),
    level: String(b.level ?? 'beginner') as 'beginner' | 'intermediate' | 'advanced',
    steps: steps.map((s) => (typeof s.id === 'string' ? { id: s.id, title: String(s.title ?? '') } : { title: String(s.title ?? '') })),
  };
}

async function jsonBody(req: IncomingMessage): Promise<unknown> {
  const text = await textBody(req, 64_000);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `from` and `to` of the query, only when given (left out, the API takes twelve weeks to its today). */
function range(url: URL): { from?: string; to?: string } {
  const out: { from?: string; to?: string } = {};
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  if (from) out.from = from;
  if (to) out.to = to;
  return out;
}

const staticTypes: Record<string, string> = { js: 'text/javascript', css: 'text/css' };

/**
 * Answers every request under /admin: 403 for anyone but an HR admin, 403 for a change sent from
 * another site, then the page, its files and its API.
 *
 * @example
 * ```ts
 * if (url.pathname === '/admin' || url.pathname.startsWith('/admin/')) return adminRoutes(context, req, res, url, employeeId);
 * ```
 */
export async function adminRoutes(context: AdminContext, req: IncomingMessage, res: ServerResponse, url: URL, employeeId: string | undefined): Promise<void> {
  if (!isHrAdmin(employeeId)) {
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    return void res.end(employeeId ? 'Only HR admins may open the program admin.' : 'Sign in as an HR admin first: /login?as=demo-mentor');
  }
  const method = req.method ?? 'GET';
  const reads = method === 'GET' || method === 'HEAD';
  if (!reads && !fromThisOrigin(req)) return problem(res, 403, 'Cross-site request refused', 'Changes are accepted from the admin page itself only.');
  const { client } = context;
  const path = url.pathname;
  try {
    if (path === '/admin' || path === '/admin/') {
      const page = await readFile(`${context.pageDir}index.html`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': context.csp });
      return void res.end(page);
    }
    const asset = /^\/admin\/([\w-]+)\.(js|css)$/.exec(path);
    if (asset && reads) {
      const body = await readFile(`${context.pageDir}${asset[1]}.${asset[2]}`);
      return void res.writeHead(200, { 'content-type': staticTypes[asset[2]!]!, 'content-security-policy': context.csp }).end(body);
    }
    if (path === '/admin/api/insights-range' && reads) {
      const { from, to } = await client.admin.insights.retrieve();
      return json(res, 200, { from, to });
    }
    if (path === '/admin/api/insights' && reads) return json(res, 200, await client.admin.insights.retrieve(range(url)));
    if (path === '/admin/api/insights.csv' && reads) {
      const r = range(url);
      const csv = await client.admin.insights.csv(r);
      const name = `program-insights${r.from ? `-${r.from}` : ''}${r.to ? `-${r.to}` : ''}.csv`.replace(/[^\w.-]/g, '');
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' });
      return void res.end(csv);
    }
    if (path === '/admin/api/mentors/import' && method === 'POST') {
      const csv = await textBody(req, 2_000_000);
      if (csv === undefined) return problem(res, 413, 'The file is too large', 'Import at most 2 MB (about 10,000 people) at a time.');
      try {
        return json(res, 200, await importMentors(client, csv, { apply: url.searchParams.get('apply') === '1' }));
      } catch (error) {
        if (error instanceof MenteoError) throw error;
        return problem(res, 422, 'The file is not a CSV we can read', (error as Error).message);
      }
    }
    if (path === '/admin/api/mentors' && reads) {
      const cursor = url.searchParams.get('cursor');
      const page = await client.request<{
        data: { id: string; name: string; headline: string; visibility: string; active: boolean }[];
        nextCursor: string | null;
      }>({
        method: 'GET',
        path: '/v1/org/mentors',
        query: cursor ? { limit: 10, cursor } : { limit: 10 },
      });
      const data = page.data.map(({ id, name, headline, visibility, active }) => ({ id, name, headline, visibility, active }));
      return json(res, 200, { data, nextCursor: page.nextCursor });
    }
    const deactivate = /^\/admin\/api\/mentors\/([\w-]+)\/deactivate$/.exec(path);
    if (deactivate && method === 'POST') return json(res, 200, await client.admin.mentors.deactivate(deactivate[1]!));
    if (path === '/admin/api/roadmaps' && reads) {
      const roadmaps = [];
      for await (const roadmap of client.admin.roadmaps.list({ limit: 50 })) roadmaps.push(roadmap);
      return json(res, 200, { data: roadmaps });
    }
    if (path === '/admin/api/roadmaps' && method === 'POST') {
      const body = await jsonBody(req);
      if (body === undefined) return problem(res, 400, 'Not a roadmap', 'Send the form as JSON.');
      return json(res, 201, await client.admin.roadmaps.create(roadmapFields(body)));
    }
    const roadmap = /^\/admin\/api\/roadmaps\/([\w-]+)(?:\/(publish|unpublish))?$/.exec(path);
    if (roadmap && method === 'PATCH' && !roadmap[2]) {
      const body = await jsonBody(req);
      if (body === undefined) return problem(res, 400, 'Not a roadmap', 'Send the form as JSON.');
      return json(res, 200, await client.admin.roadmaps.update(roadmap[1]!, roadmapFields(body)));
    }
    if (roadmap && method === 'POST' && roadmap[2] === 'publish') return json(res, 200, await client.admin.roadmaps.publish(roadmap[1]!));
    if (roadmap && method === 'POST' && roadmap[2] === 'unpublish') return json(res, 200, await client.admin.roadmaps.unpublish(roadmap[1]!));
    return problem(res, 404, 'Not found', `No ${method} ${path} here.`);
  } catch (error) {
    return menteoProblem(res, error);
  }
}
