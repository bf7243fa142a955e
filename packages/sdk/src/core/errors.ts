import type { components } from '@menteo/api';

/**
 * An RFC 9457 problem document, as the API sends it.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof APIError && error.problem) console.error(error.problem.title, error.problem.detail, error.problem.requestId);
 * }
 * ```
 */
export type Problem = components['schemas']['Problem'];
/**
 * The stable, machine-readable codes of problems.
 *
 * @example
 * ```ts
 * const handled: ProblemCode[] = ['slot_unavailable', 'invalid_transition'];
 * if (error instanceof APIError && handled.includes(error.code as ProblemCode)) showConflict(error.message);
 * ```
 */
export type ProblemCode = components['schemas']['ProblemCode'];

/**
 * The base of every error the SDK throws (the caller's own abort passes through as
 * the platform's `AbortError`).
 *
 * @example
 * ```ts
 * try { await client.rooms.accept(roomId); }
 * catch (error) { if (error instanceof MenteoError) console.error(error.message); }
 * ```
 */
export class MenteoError extends Error {
  /** The class's stable name (class names do not survive minification). */
  static readonly kind: string = 'MenteoError';
  /**
   * Answers `instanceof` by the stable names up the value's class chain, not by prototype
   * identity: it holds when two copies of the SDK meet on one page (an app's entry and a
   * widget's bundle, or `@menteo/sdk` and `/stores`).
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    for (let c = value instanceof Error && value.constructor; c; c = Object.getPrototypeOf(c)) {
      // biome-ignore lint/complexity/noThisInStatic: `this` is the class `instanceof` asks about (a subclass inherits this method), not MenteoError.
      if ((c as typeof MenteoError).kind === this.kind) return true;
    }
    return false;
  }
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = (new.target as typeof MenteoError).kind;
  }
}

/**
 * The API answered with an error status. `status`, `code`, `requestId`, the problem
 * document and the response headers tell what went wrong; quote `requestId` to support.
 * Each status family has its subclass (`NotFoundError`, `RateLimitError`, …), and
 * `instanceof` one of them narrows `status` to its literal. `fieldErrors` lists what failed
 * validation (422, 400); `retryAfter` says how long to wait (429, 503).
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof APIError && error.code === 'slot_unavailable') pickAnotherSlot();
 *   else if (error instanceof APIError) console.error(error.status, error.fieldErrors, `request ${error.requestId}`);
 * }
 * ```
 */
export class APIError extends MenteoError {
  static override readonly kind: string = 'APIError';
  /** The HTTP status (a literal in a family's subclass: `404` in a `NotFoundError`). */
  readonly status: number;
  /**
   * The problem's stable code, e.g. `invalid_transition`, or for a refused `createRoom`
   * `already_requested` (the pair has an open room) and `mentor_unavailable` (not taking new
   * mentees). Typed as the contract's `ProblemCode`s, which editors complete; a code added to
   * the API after this SDK was built is still a string.
   */
  readonly code: ProblemCode | (string & {}) | undefined;
  /** The request's id (`X-Request-Id`). */
  readonly requestId: string | null;
  /** The RFC 9457 problem document, when the API sent one. */
  readonly problem: Problem | undefined;
  /** The response's headers (`Retry-After`, `RateLimit-*`, …). */
  readonly headers: Headers;

  constructor(status: number, problem: Problem | undefined, headers: Headers) {
    const requestId = headers.get('x-request-id') ?? problem?.requestId ?? null;
    super(`${status} ${problem?.code ?? 'error'}: ${problem?.detail ?? problem?.title ?? 'request failed'}${requestId ? ` (request ${requestId})` : ''}`);
    this.status = status;
    this.code = problem?.code;
    this.requestId = requestId;
    this.problem = problem;
    this.headers = headers;
  }

  /** Each invalid field's JSON pointer → what is wrong with it (422 validation, 400 parameters). */
  get fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem?.errors ?? []).map((e) => [e.pointer, e.detail]));
  }

  /** Seconds to wait before retrying, from `Retry-After` (429, 503), when the API said. */
  get retryAfter(): number | undefined {
    return parseRetryAfter(this.headers.get('retry-after'));
  }
}

// The families hold no state of their own: an APIError is one of them when its status says so
// (their `instanceof`), whichever class or copy of the SDK built it. So the SDK throws plain
// APIErrors and no bundle carries a family it never names (choosing the class when throwing
// would put all eight in every bundle: about 130 bytes gzipped, past the 7 KB of mentors.search),
// and narrowing `status` to a family's literal always tells the truth. They keep APIError's
// stable kind, so `error.name` is `APIError` as before. `status` is a declared literal rather
// than a type parameter of APIError so that a family stays assignable to `typeof APIError`.

/**
 * 400: a malformed request (bad parameter, bad cursor, malformed JSON).
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof BadRequestError) console.error(error.fieldErrors); }
 * ```
 */
export class BadRequestError extends APIError {
  declare readonly status: 400;
  /** True for an `APIError` with status 400. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof APIError && value.status === 400;
  }
}
/**
 * 401: missing, unknown or expired credential (`code === 'token_expired'` when a user token ran out).
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof AuthenticationError) redirectToSignIn(); }
 * ```
 */
export class AuthenticationError extends APIError {
  declare readonly status: 401;
  /** True for an `APIError` with status 401. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof APIError && value.status === 401;
  }
}
/**
 * 403: the credential may not do this (e.g. a publishable key writing).
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof PermissionDeniedError) showBanner('Sign in to do that.'); }
 * ```
 */
export class PermissionDeniedError extends APIError {
  declare readonly status: 403;
  /** True for an `APIError` with status 403. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof APIError && value.status === 403;
  }
}
/**
 * 404: no such resource, or not visible to this credential.
 *
 * @example
 * ```ts
 * const mentor = await client.mentors.retrieve('men_demomentor').catch((error) => {
 *   if (error instanceof NotFoundError) return null;
 *   throw error;
 * });
 * ```
 */
export class NotFoundError extends APIError {
  declare readonly status: 404;
  /** True for an `APIError` with status 404. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof APIError && value.status === 404;
  }
}
/**
 * 409: conflicts with the current state (an illegal room transition, a taken slot, a request
 * to a mentor you already have a room with or who takes no one now). `code` tells which.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof ConflictError && error.code === 'slot_unavailable') pickAnotherSlot();
 *   else if (error instanceof ConflictError && error.code === 'already_requested') showExistingRoom();
 *   else if (error instanceof ConflictError && error.code === 'mentor_unavailable') suggestOtherMentors();
 * }
 * ```
 */
export class ConflictError extends APIError {
  declare readonly status: 409;
  /** True for an `APIError` with status 409. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof APIError && value.status === 409;
  }
}
/**
 * 422: the body failed validation; see `fieldErrors`.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof UnprocessableEntityError) showFieldError(error.fieldErrors['/body']); }
 * ```
 */
export class UnprocessableEntityError extends APIError {
  declare readonly status: 422;
  /** True for an `APIError` with status 422. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof APIError && value.status === 422;
  }
}
/**
 * 429: too many requests; see `retryAfter`.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof RateLimitError) setTimeout(retry, (error.retryAfter ?? 1) * 1000); }
 * ```
 */
export class RateLimitError extends APIError {
  declare readonly status: 429;
  /** True for an `APIError` with status 429. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof APIError && value.status === 429;
  }
}
/**
 * 5xx: the API failed; the SDK already retried.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof InternalServerError) report(error.status, error.requestId); }
 * ```
 */
export class InternalServerError extends APIError {
  /** True for an `APIError` with a 5xx status. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof APIError && value.status >= 500;
  }
}

/**
 * The request never got an answer (network down, connection reset, DNS).
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof APIConnectionError) showBanner('You seem to be offline.');
 * }
 * ```
 */
export class APIConnectionError extends MenteoError {
  static override readonly kind: string = 'APIConnectionError';
}

/**
 * No answer within `timeout` (after the retries).
 *
 * @example
 * ```ts
 * try { await client.mentors.search({ q: 'rust' }, { timeout: 5_000 }); }
 * catch (error) { if (error instanceof APITimeoutError) showBanner('Menteo is slow to answer.'); }
 * ```
 */
export class APITimeoutError extends APIConnectionError {
  static override readonly kind: string = 'APITimeoutError';
}

/** Seconds to wait from a `Retry-After` header (delay-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
