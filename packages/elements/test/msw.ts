// Mock Service Worker for the states a live sandbox cannot produce on demand (a slow answer, a
// 503, a 429, a failed write). Nothing here is a fixture: every answer msw serves is first asked
// of the running sandbox (`fetch(bypass(request))`, the element's own request, with its headers
// and body), then delayed, or turned into a failure that keeps the sandbox's request id and its
// problem document (the API's real RFC 9457 shape, read from the sandbox). The recording and the
// replay are @menteo/test-support's, the ones the docs' demos and the SDK's tests use; here the
// recording happens per request, so it always matches the seeded world of this run.
import { type ReplayMethod, type ReplayOptions, type Replayed, replay as replayFrom, type SandboxSource } from '@menteo/test-support';
import { bypass, type HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { sandbox } from './support.js';

let worker: SetupWorker | undefined;
let started: Promise<unknown> | undefined;

/**
 * API requests on their way, by msw's request id, with when they left. A test's handlers must
 * meet only that test's requests: the element of the test before may still be finishing
 * something (marking a room read, then reloading it), and a `once` 429 served to that request
 * instead would let this test's request through at once.
 */
const inFlight = new Map<string, number>();
const settleMs = 5000;

/** How long the network must stay quiet: an answer often sets off the next request (a write, then a reload). */
const quietMs = 60;

/** Resolves once no request has been on its way for `quietMs` (or after `settleMs`, never failing the test for it). */
async function settled(): Promise<void> {
  const deadline = performance.now() + settleMs;
  let quietSince = performance.now();
  while (performance.now() < deadline) {
    if (inFlight.size) quietSince = performance.now();
    else if (performance.now() - quietSince >= quietMs) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  // An aborted request may never report its answer: forget what outlived the wait.
  inFlight.clear();
}

/**
 * Whether a request is one a test's handlers could meet: the sandbox's API, not an event stream
 * (it never ends). Images on other hosts (the seed's avatars on its CDN, unreachable here) go
 * through the worker too, and waiting for them made every test of a file wait the full `settleMs`.
 */
const isApiRequest = (request: Request) => request.url.startsWith(sandbox.url) && !(request.headers.get('accept') ?? '').includes('text/event-stream');

function track(events: SetupWorker['events']): void {
  events.on('request:start', ({ request, requestId }) => {
    if (isApiRequest(request)) inFlight.set(requestId, performance.now());
  });
  const done = ({ requestId }: { requestId: string }) => void inFlight.delete(requestId);
  events.on('response:mocked', done);
  events.on('response:bypass', done);
  events.on('unhandledException', done);
}

/**
 * Starts the worker once per test file (its page), with `bypass` for every request no handler
 * takes: the real-sandbox tests in the same run go straight to the sandbox. Registers mocha
 * hooks: each test starts once the requests of the one before have their answers; handlers
 * reset after each test; the worker stops (and unregisters, so no later page is controlled by
 * it) after the file.
 *
 * @example
 * ```ts
 * startMsw();
 * it('…', async () => { use(replay('GET', '/v1/mentors', { delayMs: 800 })); … });
 * ```
 */
export function startMsw(): void {
  before(async () => {
    if (!worker) {
      worker = setupWorker();
      track(worker.events);
    }
    started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
    await started;
  });
  // After the test before has been torn down (open-wc's fixture cleanup runs after each test too).
  beforeEach(settled);
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

/** How a replayed answer differs from the sandbox's (see `@menteo/test-support`'s `replay`). */
export type { ReplayOptions, Replayed } from '@menteo/test-support';

/** The running sandbox, asked past the worker (`bypass`): the element's own request, with its headers and body. */
const source: SandboxSource = { url: sandbox.url, fetch: (request) => fetch(bypass(request)) };

/**
 * A handler for `method path` on the sandbox (query ignored, `:param`s allowed) that answers
 * with what the sandbox answers, asked first (`@menteo/test-support`'s `replay`):
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
export function replay(method: Exclude<ReplayMethod, 'ALL'>, path: string, options: ReplayOptions = {}): Replayed & { handler: HttpHandler } {
  return replayFrom(method, `${sandbox.url}${path}`, source, options);
}
