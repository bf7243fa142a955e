// Asking the sandbox: the same request, sent either to a sandbox app in this process (no
// port: the SDK's unit tests) or to a running sandbox's URL (the docs build, the elements'
// browser tests, where `fetch` must bypass the Mock Service Worker that asks).
import { answerOf, type RecordedAnswer } from './recorded-answer.js';
import { requestKey } from './request-key.js';

/** A sandbox app answering in-process, as `createSandbox(…).app` or `faultyApp(…)` does. */
export interface InProcessApp {
  request(path: string, init: RequestInit): Response | Promise<Response>;
}

/**
 * Where the answers come from: an app in this process, or a sandbox listening at `url` (asked
 * with `fetch`, by default the global one; in an msw handler give one that bypasses msw).
 */
export type SandboxSource = { app: InProcessApp } | { url: string; fetch?: (request: Request) => Promise<Response> };

const hasBody = (method: string): boolean => method !== 'GET' && method !== 'HEAD';

/**
 * Sends `request` to the sandbox (path and query kept, origin replaced) and returns its live
 * answer: a stream stays a stream. `request` itself is not consumed.
 *
 * @example
 * ```ts
 * server.use(http.all(`${API}/*`, ({ request }) => ask({ app: sandbox.app }, request)));
 * ```
 */
export async function ask(source: SandboxSource, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const body = hasBody(request.method) ? await request.clone().text() : undefined;
  const init: RequestInit = { method: request.method, headers: request.headers, ...(body ? { body } : {}) };
  if ('app' in source) return source.app.request(url.pathname + url.search, init);
  const send = source.fetch ?? ((r: Request) => fetch(r));
  return send(new Request(`${source.url}${url.pathname}${url.search}`, init));
}

/**
 * Asks the sandbox (see {@link ask}) and records its answer, keyed by `requestKey`.
 *
 * @example
 * ```ts
 * const notFound = await record({ app: sandbox.app }, new Request(`${API}/v1/mentors/men_x`, { headers }));
 * notFound.status; // 404
 * ```
 */
export async function record(source: SandboxSource, request: Request): Promise<RecordedAnswer> {
  return answerOf(requestKey(request.method, new URL(request.url)), await ask(source, request));
}
