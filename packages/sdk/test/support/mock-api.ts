// One msw server per test file: by default every request to `API` is answered by
// the in-process sandbox; tests put fault handlers in front with `server.use(...)`.
import { after, afterEach, before } from 'node:test';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { API, SandboxData } from './sandbox-data.js';

/** One request as it reached the network. */
export interface Call {
  method: string;
  url: URL;
  headers: Headers;
}

export interface MockApi {
  data: SandboxData;
  server: ReturnType<typeof setupServer>;
  /** Every request of the current test, in order. */
  calls: Call[];
  /** The calls to one path (and method), e.g. `callsTo('/v1/mentors')`. */
  callsTo(path: string, method?: string): Call[];
}

/**
 * Starts msw for the file's tests and resets handlers and the call log after each.
 *
 * @example
 * ```ts
 * const api = mockApi();
 * it('…', async () => { api.server.use(http.get(`${API}/v1/me`, () => HttpResponse.error())); … });
 * ```
 */
export function mockApi(options: { mentors?: number } = {}): MockApi {
  const data = new SandboxData(options);
  const calls: Call[] = [];
  const server = setupServer(http.all(`${API}/*`, ({ request }) => data.forward(request)));
  server.events.on('request:start', ({ request }) => {
    calls.push({ method: request.method, url: new URL(request.url), headers: new Headers(request.headers) });
  });
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    calls.length = 0;
  });
  after(async () => {
    server.close();
    await data.close();
  });
  return {
    data,
    server,
    calls,
    callsTo: (path, method) => calls.filter((c) => c.url.pathname === path && (method === undefined || c.method === method)),
  };
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Options that keep retries fast in tests. */
export const fast = { baseUrl: API, retryDelay: { initialDelayMs: 1, maxDelayMs: 5 } } as const;
