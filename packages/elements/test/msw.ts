// Mock Service Worker for the states a live sandbox cannot produce on demand (a slow answer, a
// 503, a 429, a failed write). Nothing here is a fixture: every answer msw serves is first asked
// of the running sandbox (`fetch(bypass(request))`, the element's own request, with its headers
// and body), then delayed, or turned into a failure that keeps the sandbox's request id and its
// problem document (the API's real RFC 9457 shape, read from the sandbox). The docs package does
// the same at build time (docs/scripts/capture.ts records, docs/src/replay.ts replays); here the
// recording happens per request, so it always matches the seeded world of this run.
import { bypass, delay, http, type HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { sandbox } from './support.js';

let worker: SetupWorker | undefined;
let started: Promise<unknown> | undefined;

/**
 * Starts the worker once per test file (its page), with `bypass` for every request no handler
 * takes: the real-sandbox tests in the same run go straight to the sandbox. Registers mocha
 * hooks: handlers reset after each test; the worker stops (and unregisters, so no later page is
 * controlled by it) after the file.
 *
 * @example
 * ```ts
 * startMsw();
 * it('…', async () => { use(replay('GET', '/v1/mentors', { delayMs: 800 })); … });
 * ```
 */
export function startMsw(): void {
  before(async () => {
    worker ??= setupWorker();
    started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
    await started;
  });
  afterEach(() => worker?.resetHandlers());
  after(async () => {
    worker?.stop();
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    worker = undefined;
    started = undefined;
  });
}

/** Adds handlers in front of the others, until the end of the test (or {@link reset}). */
export function use(...handlers: HttpHandler[]): void {
  if (!worker) throw new Error('call startMsw() at the top of the test file');
  worker.use(...handlers);
}

/** Removes every handler added with {@link use}: the sandbox answers again. */
export function reset(): void {
  worker?.resetHandlers();
}

/** How a replayed answer differs from the sandbox's. */
export interface ReplayOptions {
  /** A failure status: the answer becomes a problem document with that status. */
  status?: 429 | 500 | 503;
  /** Held back this long before it is answered. */
  delayMs?: number;
  /** `Retry-After` (seconds) of a 429 / 503. */
  retryAfter?: number;
  /** Handle only the first matching request; later ones reach the sandbox. */
  once?: boolean;
  /** Asks the sandbox a different query than the element did (e.g. one that matches nothing), and replays that answer. */
  ask?: (url: URL) => void;
  /** Rewrites the sandbox's JSON body (a successful answer only). Prefer `ask`: a real answer to a real question. */
  mutate?: (body: any) => unknown;
}

/** What happened to the requests a replay handled. */
export interface Replayed {
  /** Requests it answered (each also reached the sandbox unless it was a failed write). */
  count: number;
  /** The request ids of its answers (`X-Request-Id`, the sandbox's). */
  requestIds: string[];
  /** Resolves the held-back answers now, instead of after `delayMs` (see {@link replay}). */
  release(): void;
}

/**
 * Code and title of each failure as the sandbox names them (packages/sandbox/src/http/problem.ts);
 * the 500's detail is the sandbox's own (app.ts), the 429's and 503's are shortened from it.
 */
const failures = {
  429: { code: 'rate_limited', title: 'Too many requests', detail: 'Rate limit exceeded for this credential.' },
  500: { code: 'internal_error', title: 'Internal error', detail: 'Something went wrong on our side; the request changed nothing.' },
  503: { code: 'service_unavailable', title: 'Service unavailable', detail: 'The request was not handled.' },
} as const;

/**
 * A handler for `method path` on the sandbox (query ignored, `:param`s allowed) that answers
 * with what the sandbox answers, fetched first:
 * - plain or `delayMs`: the sandbox's own status, headers and body (held back `delayMs`);
 * - `status`: a problem document from the sandbox (its 404 for a mentor that does not exist),
 *   given the failure's status, code, title and the request's path, and the request id of the
 *   real answer. A GET still reaches the sandbox first; a failed write does not (the sandbox's
 *   500 says "the request changed nothing", and the seeded data stays as other tests expect).
 *
 * @example
 * ```ts
 * const slow = replay('GET', '/v1/mentors', { delayMs: 60_000 });
 * use(slow.handler);
 * … assert the skeleton …
 * slow.release();
 * ```
 */
export function replay(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, options: ReplayOptions = {}): Replayed & { handler: HttpHandler } {
  const held: (() => void)[] = [];
  let released = false;
  const state: Replayed = {
    count: 0,
    requestIds: [],
    release() {
      released = true;
      for (const resolve of held.splice(0)) resolve();
    },
  };
  const on = http[method.toLowerCase() as 'get'];
  const handler = on(
    `${sandbox.url}${path}`,
    async ({ request }) => {
      state.count++;
      const fail = options.status;
      const asked = new URL(request.url);
      options.ask?.(asked);
      const real = fail && method !== 'GET' ? undefined : await fetch(options.ask ? bypass(asked.href, { headers: request.headers }) : bypass(request));
      let response: Response;
      if (fail) {
        // The API's problem shape, from the sandbox: its 404 for a mentor that does not exist.
        const probe = await fetch(
          bypass(`${sandbox.url}/v1/mentors/men_replaynotfound`, { headers: { authorization: request.headers.get('authorization') ?? '' } }),
        );
        const problem = (await probe.json()) as Record<string, unknown>;
        const requestId = real?.headers.get('x-request-id') ?? probe.headers.get('x-request-id') ?? String(problem.requestId);
        const { code, title, detail } = failures[fail];
        const headers = new Headers({ 'content-type': 'application/problem+json', 'x-request-id': requestId });
        for (const name of ['access-control-allow-origin', 'access-control-expose-headers', 'vary']) {
          const value = (real ?? probe).headers.get(name);
          if (value) headers.set(name, value);
        }
        if (options.retryAfter !== undefined) headers.set('retry-after', String(options.retryAfter));
        const body = {
          ...problem,
          type: `https://docs.menteo.dev/problems/${code}`,
          title,
          status: fail,
          code,
          detail,
          requestId,
          instance: new URL(request.url).pathname,
        };
        response = new Response(JSON.stringify(body), { status: fail, headers });
      } else {
        const text = await real!.text();
        const body = options.mutate && text ? JSON.stringify(options.mutate(JSON.parse(text))) : text;
        const headers = new Headers(real!.headers);
        headers.delete('content-length');
        headers.delete('content-encoding');
        response = new Response(real!.status === 304 || real!.status === 204 ? null : body, { status: real!.status, headers });
      }
      state.requestIds.push(response.headers.get('x-request-id') ?? '');
      if (options.delayMs && !released) await Promise.race([delay(options.delayMs), new Promise<void>((resolve) => held.push(resolve))]);
      return response;
    },
    { once: options.once ?? false },
  );
  return Object.assign(state, { handler });
}
