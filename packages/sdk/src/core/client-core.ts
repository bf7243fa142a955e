import { BaseCore, type BaseOptions, type RequestSpec } from './base-core.js';
import { APIError, MenteoError } from './errors.js';
import type { ETagCache } from './etag-cache.js';
import { isBrowser } from './runtime.js';
import { HTTPError } from './transport.js';

/**
 * Where debug lines go; never receives a credential.
 *
 * @example
 * ```ts
 * const client = new Menteo({ publishableKey: 'pk_test_demo', logger: console });
 * // or only the warnings: logger: { debug: () => {}, warn: (line) => myLog.warn(line) }
 * ```
 */
export interface Logger {
  /**
   * One line per request: method, path, status, request id, duration.
   *
   * @example
   * ```ts
   * const logger: Logger = { debug: (line) => debugLines.push(line), warn: console.warn };
   * ```
   */
  debug(message: string): void;
  /**
   * Something worth a look that did not fail the call.
   *
   * @example
   * ```ts
   * const logger: Logger = { debug() {}, warn: (line) => reportWarning(line) };
   * ```
   */
  warn(message: string): void;
}

/**
 * How to reach the API and as whom: what {@link BaseCore} takes, and the secret key, the logger
 * and the ETag cache.
 *
 * @example
 * ```ts
 * // A page, anonymous:           new Menteo({ publishableKey: 'pk_test_demo' })
 * // A page, signed in:           new Menteo({ publishableKey: 'pk_test_demo', token: () => fetch('/menteo-token').then(r => r.text()) })
 * // Your server:                 new Menteo({ secretKey: process.env.MENTEO_SECRET_KEY })
 * ```
 */
export interface ClientOptions extends BaseOptions {
  /** `sk_test_…` / `sk_live_…`: servers only (the SDK refuses it in a browser). Mints user tokens. */
  secretKey?: string | undefined;
  /** Receives a debug line per answer, a warning per retry and per failure; never a credential. */
  logger?: Logger | undefined;
  /** The conditional-GET cache, plugged into the transport's hooks (`Menteo` makes one of 500 entries unless given `null`). */
  cache?: ETagCache | null | undefined;
}

/**
 * What a client shows of itself when serialized: never a credential.
 *
 * @example
 * ```ts
 * const summary: ClientSummary = client.toJSON(); // { baseUrl: 'https://api.menteo.dev', credential: 'publishable' }
 * ```
 */
export interface ClientSummary {
  /** The API's origin. */
  baseUrl: string;
  /** The kind of credential the client sends by default. */
  credential: 'token' | 'secret' | 'publishable';
}

/**
 * The transport every resource shares ({@link BaseCore}: credentials, retries with idempotency
 * keys, token refresh, de-duplication of identical GETs, error mapping), with a secret key for
 * servers, a logger and the ETag cache. Use it directly with resource classes to keep a bundle
 * small:
 *
 * @example
 * ```ts
 * import { MenteoCore, Mentors } from '@menteo/sdk';
 * const mentors = new Mentors(new MenteoCore({ publishableKey: 'pk_test_demo', logger: console }));
 * const page = await mentors.search({ q: 'leadership' });
 * ```
 */
export class MenteoCore extends BaseCore {
  readonly #secretKey: string | undefined;
  readonly #logger: Logger | undefined;

  constructor(options: ClientOptions = {}) {
    const { secretKey, logger } = options;
    if (secretKey && isBrowser()) {
      throw new MenteoError('A secret key in a browser is readable by anyone: keep it on your server, mint user tokens there.');
    }
    if (!options.publishableKey && !secretKey && options.token === undefined) {
      throw new MenteoError('Pass a publishableKey, a secretKey or a token.');
    }
    const hooks = options.cache?.withHooks(options.hooks) ?? options.hooks ?? {};
    super({ ...options, hooks: logger ? { ...hooks, beforeRetry: [logRetry(logger), ...(hooks.beforeRetry ?? [])] } : hooks });
    this.#secretKey = secretKey;
    this.#logger = logger;
  }

  protected override get secretKey(): string | undefined {
    return this.#secretKey;
  }

  // One debug line per answer, one warning per failure: method, path, status, request id, duration.
  protected override settled(spec: RequestSpec, ms: number, response?: Response, failure?: unknown): void {
    const logger = this.#logger;
    if (response) logger?.debug(`menteo ${spec.method} ${spec.path} ${response.status} ${response.headers.get('x-request-id')} ${ms}ms`);
    else logger?.warn(`menteo ${spec.method} ${spec.path} failed: ${describe(failure)} ${ms}ms`);
  }
}

/** A `beforeRetry` hook that tells the logger what failed and which retry comes (the path only: no query, no credential). */
const logRetry =
  (logger: Logger) =>
  ({ request, error, retryCount }: { request: Request; error: Error; retryCount: number }) => {
    const what = error instanceof HTTPError ? `${error.response.status} ${error.response.headers.get('x-request-id')}` : error.name;
    logger.warn(`menteo ${request.method} ${new URL(request.url).pathname} retry ${retryCount} after ${what}`);
  };

/** A failure in a log line: status, code and request id; or what kind of failure. */
function describe(error: unknown): string {
  if (error instanceof APIError) return `${error.status} ${error.code ?? ''} ${error.requestId}`.replace('  ', ' ');
  return error instanceof Error ? error.name : String(error);
}
