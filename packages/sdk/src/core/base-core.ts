import { apiPromise, type APIPromise, type WithResponse } from './api-promise.js';
import { APIConnectionError, APIError, APITimeoutError, MenteoError, parseRetryAfter, type Problem } from './errors.js';
import { newIdempotencyKey } from './runtime.js';
import { sdkVersion } from './version.js';
import { HTTPError, send, TimeoutError, type Hooks, type TransportOptions } from './transport.js';

/**
 * A user token, or a function that fetches a fresh one (called again when it expires).
 *
 * @example
 * ```ts
 * const token: TokenSource = () => fetch('/menteo-token').then((r) => r.text());
 * const client = new Menteo({ publishableKey: 'pk_test_demo', token });
 * ```
 */
export type TokenSource = string | (() => string | Promise<string>);

/**
 * How to reach the API and as whom, for a {@link BaseCore}: a publishable key or a person's
 * token. {@link ClientOptions} adds what only `MenteoCore` and `Menteo` take.
 *
 * @example
 * ```ts
 * // A page, anonymous:   new BaseCore({ publishableKey: 'pk_test_demo' })
 * // A page, signed in:   new BaseCore({ publishableKey: 'pk_test_demo', token: () => fetch('/menteo-token').then(r => r.text()) })
 * ```
 */
export interface BaseOptions {
  /** `pk_test_…` / `pk_live_…`: safe in pages; reads public data. */
  publishableKey?: string | undefined;
  /** A signed-in person's token, or a function that returns a fresh one. */
  token?: TokenSource | undefined;
  /** Default `https://api.menteo.dev`; the sandbox is `http://127.0.0.1:4010`. */
  baseUrl?: string | undefined;
  /** Milliseconds per attempt before giving up on an answer. Default 30 000. */
  timeout?: number | undefined;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number | undefined;
  /** Backoff between retries: full jitter over `initialDelayMs · 2^n`, capped at `maxDelayMs`. */
  retryDelay?:
    | {
        /** The first retry's delay ceiling, in ms. Default 500. */
        initialDelayMs?: number;
        /** The largest delay ceiling, in ms. Default 8 000. */
        maxDelayMs?: number;
      }
    | undefined;
  /** The longest `Retry-After` the SDK waits out (ms); a longer one surfaces as `RateLimitError`. Default 60 000. */
  maxRetryAfterMs?: number | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /** Headers sent with every request (a call's own `headers` win; the SDK sets `Authorization` itself). */
  headers?: Record<string, string> | undefined;
  /** Hooks (`beforeRequest`, `afterResponse`, `beforeError`, `beforeRetry`, with ky's shapes) to observe or adjust requests. */
  hooks?: Hooks | undefined;
}

/**
 * Per-call options every method takes as its last argument.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const page = await client.mentors.search({ q: 'rust' }, { signal: controller.signal, timeout: 5_000, maxRetries: 0 });
 * ```
 */
export interface RequestOptions {
  /** Aborts the call; it then rejects with the platform's `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Milliseconds per attempt, instead of the client's. */
  timeout?: number | undefined;
  /** Retries for this call, instead of the client's. */
  maxRetries?: number | undefined;
  /** Override the generated `Idempotency-Key` of a POST (or another write that takes one), e.g. to retry across processes. */
  idempotencyKey?: string | undefined;
  /** Extra request headers (the SDK sets `Authorization` itself). */
  headers?: Record<string, string> | undefined;
  /**
   * Send with exactly this `Authorization` value (from {@link BaseCore.authorization}), with no
   * token refresh: a 401 `token_expired` surfaces instead of a retry under whatever token comes
   * next. The stores' outbox sends a queued write this way, only as the person who wrote it.
   */
  authorization?: string | undefined;
}

/**
 * Which credential a request is sent with.
 *
 * @example
 * ```ts
 * const credential: CredentialKind = 'secret'; // the secret key, even when the client holds a user token
 * await core.request({ method: 'POST', path: '/v1/auth/tokens', body, credential });
 * ```
 */
export type CredentialKind = 'auto' | 'secret';

/**
 * One request, as resources describe it.
 *
 * @example
 * ```ts
 * const spec: RequestSpec = { method: 'GET', path: '/v1/mentors', query: { skills: ['leadership', 'rust'], limit: 5 } };
 * const { data } = await core.request<MentorList>(spec);
 * ```
 */
export interface RequestSpec extends RequestOptions {
  /** The HTTP method. */
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path under the base URL, e.g. `/v1/mentors`. */
  path: string;
  /** Query parameters; arrays are sent comma-separated, `undefined` ones left out. */
  query?: object | undefined;
  /** The JSON body. */
  body?: unknown;
  /** `'secret'` for calls that need the secret key whatever else the client holds. */
  credential?: CredentialKind;
  /**
   * A write other than a POST whose operation takes an `Idempotency-Key` (updateIntroCall's
   * PATCH): it gets one too, so a retry after a lost answer is not a second change and event.
   */
  idempotent?: boolean;
  /** A media type to ask for instead of JSON (`text/csv`): the answer is then read as text. */
  accept?: string;
}

const defaultBaseUrl = 'https://api.menteo.dev';
const requestIds = new WeakMap<object, string | null>();

/**
 * The request id of a result object returned by the SDK.
 *
 * @example
 * ```ts
 * const mentor = await client.mentors.retrieve(id);
 * console.log(requestIdOf(mentor)); // 'req_…'
 * ```
 */
export function requestIdOf(result: object): string | null {
  return requestIds.get(result) ?? null;
}

/**
 * The request path every client shares: credentials, retries with idempotency keys, token
 * refresh, de-duplication of identical GETs and error mapping. Resources are thin: they only
 * name paths, over any `BaseCore`. It takes a publishable key or a person's token, never a
 * secret key; {@link MenteoCore} adds the secret key (kept off browsers), the logger and the
 * ETag cache. `@menteo/elements` builds on this alone, so that an element's page does not carry
 * what it never passes (about 0.3 KB gzipped on a mentor card's page).
 *
 * @example
 * ```ts
 * import { BaseCore, Mentors } from '@menteo/sdk';
 * const mentors = new Mentors(new BaseCore({ publishableKey: 'pk_test_demo' }));
 * const page = await mentors.search({ q: 'leadership' });
 * ```
 */
export class BaseCore {
  /** The API's origin, without a trailing slash. */
  readonly baseUrl: string;
  /**
   * The `fetch` every request goes through (the `fetch` option, else the global one, looked up per call).
   *
   * @example
   * ```ts
   * const response = await core.fetch(`${core.baseUrl}/v1/events`, { headers: { authorization: await core.authorization() } });
   * ```
   */
  readonly fetch: typeof fetch;
  #options: BaseOptions;
  readonly #transport: TransportOptions;
  readonly #timeout: number;
  readonly #maxRetries: number;
  readonly #inflight = new Map<string, Promise<WithResponse<unknown>>>();
  /** The token function's current answer; replaced on refresh, forgotten when it fails. */
  #token: Promise<string> | undefined;

  constructor(options: BaseOptions = {}) {
    this.#options = options;
    this.baseUrl = (options.baseUrl ?? defaultBaseUrl).replace(/\/+$/, '');
    const initial = options.retryDelay?.initialDelayMs ?? 500;
    const maxDelay = options.retryDelay?.maxDelayMs ?? 8_000;
    const maxRetryAfter = options.maxRetryAfterMs ?? 60_000;
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#timeout = options.timeout ?? 30_000;
    this.#maxRetries = options.maxRetries ?? 2;
    // Full jitter: anywhere up to initial · 2^(n−1), capped.
    const backoff = (retryCount: number) => Math.min(maxDelay, Math.random() * initial * 2 ** (retryCount - 1));
    this.#transport = {
      fetch: this.fetch,
      hooks: options.hooks ?? {},
      // Every method is retried (a POST carries an Idempotency-Key that its retries reuse): lost
      // connections and timeouts after a backoff, and these statuses. Only Retry-After says when
      // to come back (`RateLimit-Reset`, sent with every answer, is the end of a quota window, not
      // a wait instruction); it is waited out on a 409, 429 or 503, and one beyond
      // maxRetryAfterMs surfaces at once instead of being cut short. Without one: backoff, except
      // for a 409 (an illegal transition or a taken slot will not change by retrying).
      retryDelay: (error, retryCount) => {
        if (!(error instanceof HTTPError)) return backoff(retryCount);
        const { status, headers } = error.response;
        if (![408, 409, 429, 500, 502, 503, 504].includes(status)) return undefined;
        const after = parseRetryAfter(headers.get('retry-after'));
        if (after === undefined) return status === 409 ? undefined : backoff(retryCount);
        if (after * 1000 > maxRetryAfter) return undefined;
        return [409, 429, 503].includes(status) ? after * 1000 : backoff(retryCount);
      },
    };
  }

  /**
   * Sends one request; the result is typed by the caller (resources take types from the contract).
   *
   * @example
   * ```ts
   * const me = await core.request<Schema<'Me'>>({ method: 'GET', path: '/v1/me' });
   * ```
   */
  request<T>(spec: RequestSpec): APIPromise<T> {
    return apiPromise(this.#request<T>(spec));
  }

  /**
   * The key sent for `credential: 'secret'`, and instead of the publishable key when there is no
   * token: none here. {@link MenteoCore} returns its secret key.
   *
   * @example
   * ```ts
   * // MenteoCore's: the secret key it was given, which its constructor refuses in a browser.
   * protected override get secretKey() { return this.#secretKey; }
   * ```
   */
  protected get secretKey(): string | undefined {
    return undefined;
  }

  /**
   * The `Authorization` value for a request: the user token, else the secret key, else the publishable key.
   *
   * @example
   * ```ts
   * const headers = { authorization: await core.authorization() }; // 'Bearer pk_test_demo'
   * ```
   */
  async authorization(credential?: CredentialKind): Promise<string> {
    const { token, publishableKey } = this.#options;
    const { secretKey } = this;
    if (credential === 'secret' && !secretKey) throw new MenteoError('This call needs a secretKey.');
    if (credential === 'secret' || token === undefined) return `Bearer ${secretKey ?? publishableKey}`;
    if (typeof token === 'string') return `Bearer ${token}`;
    this.#token ??= Promise.resolve().then(token);
    const asked = this.#token;
    try {
      return `Bearer ${await asked}`;
    } catch (error) {
      // A failed ask is forgotten: the next request asks again instead of failing forever.
      if (this.#token === asked) this.#token = undefined;
      throw error;
    }
  }

  /**
   * After a 401 `token_expired` answered to a request sent with `authorization`: asks the token
   * function for a fresh token — once for any number of concurrent callers, since only the first
   * still finds the stale token current. False when there is no token function.
   *
   * @example
   * ```ts
   * const auth = await core.authorization();
   * // … a 401 token_expired comes back …
   * if (await core.refreshToken(auth)) reconnect();
   * ```
   */
  async refreshToken(authorization: string): Promise<boolean> {
    const current = this.#token;
    if (typeof this.#options.token !== 'function') return false;
    // Only a caller still holding the current token drops it; `authorization()` then asks once for all.
    if (authorization === `Bearer ${await current?.catch(() => '')}` && this.#token === current) this.#token = undefined;
    await this.authorization();
    return true;
  }

  /**
   * Forgets the signed-in person's token (on sign-out): the next request asks the token
   * function again; a token given as a string is not sent any more.
   *
   * @example
   * ```ts
   * signOutButton.onclick = () => { core.forgetToken(); location.assign('/signed-out'); };
   * ```
   */
  forgetToken(): void {
    this.#token = undefined;
    if (typeof this.#options.token === 'string') this.#options = { ...this.#options, token: undefined };
  }

  /**
   * The publishable key the client was made with: the OAuth `client_id` of a page's sign-in.
   *
   * @example
   * ```ts
   * core.publishableKey; // 'pk_test_demo'
   * ```
   */
  get publishableKey(): string | undefined {
    return this.#options.publishableKey;
  }

  /**
   * Sends requests with another token source from now on (`undefined`: none, back to the
   * publishable key). The popup sign-in installs its refreshing token function here.
   *
   * @example
   * ```ts
   * core.useToken(async () => (await refresh()).accessToken);
   * ```
   */
  useToken(token: TokenSource | undefined): void {
    this.#token = undefined;
    this.#options = { ...this.#options, token };
  }

  /**
   * Each HTTP call's end, once (not each attempt): its answer, or the error it fails with (not
   * for a call its own signal aborted), and how long it took. Nothing here; {@link MenteoCore}
   * tells its logger.
   *
   * @example
   * ```ts
   * class TimedCore extends BaseCore { protected override settled(spec: RequestSpec, ms: number) { metrics.time(spec.path, ms); } }
   * ```
   */
  protected settled(_spec: RequestSpec, _ms: number, _response?: Response, _failure?: unknown): void {}

  async #request<T>(spec: RequestSpec): Promise<WithResponse<T>> {
    // One key for every attempt of this call, including the one after a token refresh.
    const key = spec.method === 'POST' || spec.idempotent ? (spec.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const authorization = spec.authorization ?? (await this.authorization(spec.credential));
    try {
      return await this.#send<T>(spec, authorization, key);
    } catch (error) {
      if (error instanceof APIError && error.code === 'token_expired' && !(spec.credential || spec.authorization) && (await this.refreshToken(authorization))) {
        return this.#send<T>(spec, await this.authorization(), key);
      }
      throw error;
    }
  }

  async #send<T>(spec: RequestSpec, authorization: string, idempotencyKey: string | undefined): Promise<WithResponse<T>> {
    const url = this.#url(spec.path, spec.query);
    // Identical GETs in flight share one request; each caller gets its own copy of the data.
    // A call with its own signal goes alone: its abort must not fail the others, nor wait for them.
    if (spec.method !== 'GET' || spec.signal) return this.#fetch<T>(spec, url, authorization, idempotencyKey);
    const key = `${authorization}\n${url}`;
    const shared = this.#inflight.get(key) ?? this.#fetch<unknown>(spec, url, authorization).finally(() => this.#inflight.delete(key));
    this.#inflight.set(key, shared);
    const result = await shared;
    return { ...result, data: tag(structuredClone(result.data) as T, result.requestId) };
  }

  async #fetch<T>(spec: RequestSpec, url: string, authorization: string, idempotencyKey?: string): Promise<WithResponse<T>> {
    const headers: Record<string, string> = {
      Accept: spec.accept ?? 'application/json',
      'Menteo-SDK': `ts/${sdkVersion}`,
      ...this.#options.headers,
      ...spec.headers,
      Authorization: authorization,
    };
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    const started = Date.now();
    let response: Response;
    try {
      response = await send(this.#transport, {
        url,
        method: spec.method,
        headers,
        json: spec.body,
        signal: spec.signal,
        timeout: spec.timeout ?? this.#timeout,
        retries: spec.maxRetries ?? this.#maxRetries,
      });
    } catch (error) {
      const failure = await toSdkError(error, spec.signal);
      if (!spec.signal?.aborted) this.settled(spec, Date.now() - started, undefined, failure);
      throw failure;
    }
    this.settled(spec, Date.now() - started, response);
    const requestId = response.headers.get('x-request-id');
    const data = (response.status === 204 ? undefined : await response[spec.accept ? 'text' : 'json']()) as T;
    return { data: tag(data, requestId), response, requestId };
  }

  #url(path: string, query: object | undefined): string {
    const url = new URL(this.baseUrl + path);
    for (const [name, value] of Object.entries(query ?? {})) {
      // The API takes lists comma-separated (`skills=go,rust`).
      if (value != null) url.searchParams.set(name, String(value));
    }
    url.searchParams.sort(); // one URL per query, whatever the key order: better de-duplication and caching
    return url.toString();
  }
}

async function toSdkError(error: unknown, signal: AbortSignal | undefined): Promise<unknown> {
  if (signal?.aborted) return signal.reason ?? error;
  if (error instanceof HTTPError) {
    const { response } = error;
    return new APIError(response.status, (await response.json().catch(() => undefined)) as Problem | undefined, response.headers);
  }
  // No `cause`: a TimeoutError holds the Request, Authorization header included, for any logger to print.
  if (error instanceof TimeoutError) return new APITimeoutError('Menteo API timed out');
  if ((error as Error).name === 'AbortError') return error;
  return new APIConnectionError(`Menteo API unreachable: ${(error as Error).message}`, { cause: error });
}

/** Remembers a result's request id, and each list item's (a batched mentor is one). */
function tag<T>(data: T, requestId: string | null): T {
  if (data && typeof data === 'object') {
    requestIds.set(data, requestId);
    const items = (data as { data?: unknown }).data;
    if (Array.isArray(items)) for (const item of items) if (item && typeof item === 'object') requestIds.set(item, requestId);
  }
  return data;
}

/** A deep copy of an SDK result that keeps its request id: each caller of shared work gets its own. */
export function copyResult<T>(value: T): T {
  return value && typeof value === 'object' ? tag(structuredClone(value), requestIds.get(value) ?? null) : value;
}
