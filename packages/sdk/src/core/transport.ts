// The SDK's one fetch path: attempts with a timeout each, hooks, retries with waits. It was ky;
// ky's request class also carries what the SDK never asks for (upload and download progress
// streams, search-parameter and FormData handling, deep option merging, prefix URLs, its own
// retry policy, which the SDK overrode anyway), 4.2 KB gzipped in every element's bundle, and
// ky's entry module keeps all of it even for an import of its error classes alone. The hooks
// keep ky's shapes, so hooks written for ky work unchanged.

/**
 * What a hook is told about the request besides the request itself: the SDK's own options for it.
 *
 * @example
 * ```ts
 * const hooks: Hooks = { beforeRetry: [({ options, retryCount }) => console.warn(`retry ${retryCount} of ${options.retry.limit}`)] };
 * ```
 */
export interface HookOptions {
  /** The HTTP method, upper case. */
  readonly method: string;
  /** The request's headers as sent first (a hook changes the request's own). */
  readonly headers: Headers;
  /** The JSON body, if any. */
  readonly json: unknown;
  /** Milliseconds per attempt. */
  readonly timeout: number;
  /** The retry settings. */
  readonly retry: {
    /** Retries after the first attempt, at most. */
    readonly limit: number;
  };
  /** The caller's abort signal, if any. */
  readonly signal: AbortSignal | undefined;
}

/**
 * What a hook may return: a `T` to act on, or nothing (a hook written as a statement, which only
 * looks, returns `void`), now or as a promise.
 *
 * @example
 * ```ts
 * const log = (request: Request): HookResult<Response> => console.log(request.url);
 * ```
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a hook written as a statement (`(request) => { log(request); }`) returns void and must fit, as it does in ky.
export type HookResult<T> = T | void | Promise<T | void>;

/**
 * Hooks into the SDK's requests, with ky's shapes (hooks written for ky work unchanged): each list
 * runs in order. ky's `stop` and `ky.retry()` markers are not understood.
 *
 * @example
 * ```ts
 * const hooks: Hooks = {
 *   beforeRequest: [(request) => request.headers.set('X-Trace-Id', crypto.randomUUID())],
 *   afterResponse: [(request, _options, response) => console.log(request.method, request.url, response.status)],
 * };
 * const client = new Menteo({ publishableKey: 'pk_test_demo', hooks });
 * ```
 */
export interface Hooks {
  /**
   * Before each attempt; `retryCount` is 0 for the first. Return a `Request` to send it instead
   * (the later hooks are skipped), or a `Response` to use it without sending.
   */
  beforeRequest?: ((request: Request, options: HookOptions, state: { retryCount: number }) => HookResult<Request | Response>)[];
  /**
   * After each answer, with a clone of it (read it freely). Return a `Response` to use it instead.
   */
  afterResponse?: ((request: Request, options: HookOptions, response: Response, state: { retryCount: number }) => HookResult<Response>)[];
  /** Before an error status is thrown (or retried): return the error, changed or not. */
  beforeError?: ((error: HTTPError, state: { retryCount: number }) => HTTPError | Promise<HTTPError>)[];
  /**
   * After the wait, before a retry: `error` is what failed (an `HTTPError`, a `TimeoutError`, or
   * what `fetch` threw). Return a `Request` to send it instead, or a `Response` to end with it.
   */
  beforeRetry?: ((state: { request: Request; options: HookOptions; error: Error; retryCount: number }) => HookResult<Request | Response>)[];
}

/**
 * An error status (outside 200–299), as the transport's hooks see it: `beforeError` receives it,
 * `beforeRetry` may; the SDK then throws an `APIError` made from it.
 *
 * @example
 * ```ts
 * const hooks: Hooks = { beforeRetry: [({ error }) => void (error instanceof HTTPError && console.warn('retrying after', error.response.status))] };
 * ```
 */
export class HTTPError extends Error {
  /** `'HTTPError'`, as ky names it. */
  override name = 'HTTPError';
  /**
   * Makes the error for an answer.
   *
   * @param response - The answer with the error status.
   * @param request - The request it answered.
   * @param options - The request's options.
   */
  constructor(
    /** The answer with the error status. */
    readonly response: Response,
    /** The request it answered. */
    readonly request: Request,
    /** The request's options. */
    readonly options: HookOptions,
  ) {
    super(`Request failed with status code ${`${response.status} ${response.statusText}`.trim()}: ${request.method} ${request.url}`);
  }
}

/**
 * An attempt got no answer within its `timeout`, as the transport's `beforeRetry` hooks see it;
 * the SDK then throws an `APITimeoutError`.
 *
 * @example
 * ```ts
 * const hooks: Hooks = { beforeRetry: [({ error }) => void (error instanceof TimeoutError && console.warn('slow:', error.request.url))] };
 * ```
 */
export class TimeoutError extends Error {
  /** `'TimeoutError'`, as ky names it. */
  override name = 'TimeoutError';
  /**
   * Makes the error for a request.
   *
   * @param request - The request that got no answer in time.
   */
  constructor(
    /** The request that got no answer in time. */
    readonly request: Request,
  ) {
    super(`Request timed out: ${request.method} ${request.url}`);
  }
}

/**
 * One request as the transport sends it.
 *
 * @example
 * ```ts
 * const request: TransportRequest = { url: 'https://api.menteo.dev/v1/me', method: 'GET', headers: { Authorization: 'Bearer pk_test_demo' }, timeout: 30_000, retries: 2 };
 * ```
 */
export interface TransportRequest {
  /** The whole URL, query included. */
  url: string;
  /** The HTTP method, upper case. */
  method: string;
  /** The request's headers. */
  headers: Record<string, string>;
  /** A body to send as JSON (with `Content-Type: application/json` unless the headers say otherwise). */
  json?: unknown;
  /** The caller's abort: it ends an attempt or a wait at once, and is never retried. */
  signal?: AbortSignal | undefined;
  /** Milliseconds per attempt (beyond 2^31 − 1, which timers cannot count, it is that). */
  timeout: number;
  /** Retries after the first attempt, at most. */
  retries: number;
}

/**
 * What the transport is built with.
 *
 * @example
 * ```ts
 * const options: TransportOptions = { fetch: globalThis.fetch, hooks: {}, retryDelay: (_error, n) => (n <= 2 ? 500 * 2 ** (n - 1) : undefined) };
 * ```
 */
export interface TransportOptions {
  /** The `fetch` each attempt goes through. */
  fetch: typeof fetch;
  /** The client's hooks. */
  hooks: Hooks;
  /**
   * How long to wait before retry number `retryCount` (1 for the first) after `error` (an
   * `HTTPError` for an error status, a `TimeoutError` for an attempt too slow, whatever `fetch`
   * or a hook threw otherwise), in ms; `undefined` to give up and throw `error`.
   */
  retryDelay(error: unknown, retryCount: number): number | undefined;
}

/** The longest delay timers can count (2^31 − 1 ms, about 24.8 days). */
const maxTimer = 2_147_483_647;

/**
 * Sends a request: attempt, then, while `retryDelay` says so and retries remain, wait and attempt
 * again. Resolves with the first answer that is a success (2xx, after the `afterResponse` hooks);
 * rejects with an `HTTPError` for an error status, a `TimeoutError` for a slow attempt,
 * `fetch`'s own error for a lost connection, or the caller's abort reason.
 *
 * @example
 * ```ts
 * const response = await send(
 *   { fetch: globalThis.fetch, hooks: {}, retryDelay: () => undefined },
 *   { url: 'https://api.menteo.dev/v1/mentors?limit=5', method: 'GET', headers: { Authorization: 'Bearer pk_test_demo' }, timeout: 30_000, retries: 0 },
 * );
 * ```
 */
export async function send(options: TransportOptions, spec: TransportRequest): Promise<Response> {
  const { hooks } = options;
  const headers = new Headers(spec.headers);
  const body = spec.json === undefined ? undefined : JSON.stringify(spec.json);
  if (body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  let request: Request = new Request(spec.url, { method: spec.method, headers, body });
  const hookOptions: HookOptions = Object.freeze({
    method: spec.method,
    headers: new Headers(headers),
    json: spec.json,
    timeout: spec.timeout,
    retry: { limit: spec.retries },
    signal: spec.signal,
  });

  /** One attempt: the hooks around one fetch, raced against the timeout. */
  const attempt = async (retryCount: number): Promise<Response> => {
    let answered: Response | undefined;
    for (const hook of hooks.beforeRequest ?? []) {
      const result = await hook(request, hookOptions, { retryCount });
      if (result instanceof Response) {
        answered = result;
        break;
      }
      if (result instanceof Request) {
        request = result;
        break;
      }
    }
    let response = answered ?? (await fetchInTime(options.fetch, request, spec));
    for (const hook of hooks.afterResponse ?? []) {
      const copy = response.clone();
      const result = await hook(request, hookOptions, copy, { retryCount });
      const next: Response = result instanceof Response ? result : response;
      // A body nobody will read is cancelled, so that its connection is free for the next request.
      if (copy !== next) discard(copy);
      if (response !== next) discard(response);
      response = next;
    }
    if (response.ok) return response;
    let error = new HTTPError(response, request, hookOptions);
    for (const hook of hooks.beforeError ?? []) error = await hook(error, { retryCount });
    throw error;
  };

  for (let retryCount = 0; ; ) {
    try {
      return await attempt(retryCount);
    } catch (error) {
      retryCount += 1;
      const wait = spec.signal?.aborted || retryCount > spec.retries ? undefined : options.retryDelay(error, retryCount);
      if (wait === undefined) throw error;
      await sleep(Math.min(wait, maxTimer), spec.signal);
      for (const hook of hooks.beforeRetry ?? []) {
        const result = await hook({ request, options: hookOptions, error: error as Error, retryCount });
        if (result instanceof Response) return result;
        if (result instanceof Request) {
          request = result;
          break;
        }
      }
    }
  }
}

/**
 * Fetches a copy of `request` (the original stays unread for the next attempt) under a signal
 * that the caller's abort and the timeout both end. Both settle the attempt at once, whether or
 * not `fetch` heeds the abort: the timeout with a `TimeoutError`, the caller's with its reason.
 */
function fetchInTime(fetchFn: typeof fetch, request: Request, spec: TransportRequest): Promise<Response> {
  const controller = new AbortController();
  const { signal } = spec;
  return new Promise<Response>((resolve, reject) => {
    const end = (reason: unknown) => {
      controller.abort(reason);
      reject(reason);
    };
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const follow = () => end(signal?.reason);
    const timer = setTimeout(() => end(new TimeoutError(request)), Math.min(spec.timeout, maxTimer));
    signal?.addEventListener('abort', follow, { once: true });
    fetchFn(new Request(request.clone(), { signal: controller.signal }))
      .then(resolve, reject)
      .finally(() => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', follow);
      });
  });
}

/** Cancels a body that will not be read (one already read or being read is left alone). */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/** Waits `ms`, or rejects with the caller's abort reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}
