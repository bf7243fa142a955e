import type { components } from '@menteo/api';

/** An RFC 9457 problem document, as the API sends it. */
export type Problem = components['schemas']['Problem'];
/** The stable, machine-readable codes of problems. */
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
 * Catch a family with its subclass: `error instanceof NotFoundError` is true for every 404.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof APIError && error.code === 'slot_unavailable') pickAnotherSlot();
 * }
 * ```
 */
export class APIError extends MenteoError {
  static override readonly kind: string = 'APIError';
  /** The HTTP status. */
  readonly status: number;
  /** The problem's stable code, e.g. `invalid_transition`. */
  readonly code: ProblemCode | string | undefined;
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

  /**
   * Each invalid field's JSON pointer → what is wrong with it (422 validation, 400 parameters).
   *
   * @example
   * ```ts
   * catch (error) {
   *   if (error instanceof UnprocessableEntityError) showFieldError(error.fieldErrors['/goal']);
   * }
   * ```
   */
  get fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem?.errors ?? []).map((e) => [e.pointer, e.detail]));
  }

  /** Seconds to wait before retrying, from `Retry-After` (429, 503), when the API said. */
  get retryAfter(): number | undefined {
    return parseRetryAfter(this.headers.get('retry-after'));
  }
}

// The subclasses hold no code: an APIError is one of them when its status says so. That keeps
// them out of a bundle that never names them, and `instanceof` right across SDK copies.
function byStatus(test: (status: number) => boolean): typeof APIError {
  return class extends APIError {
    /** True for an `APIError` of this family's status. */
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof APIError && test(value.status);
    }
  };
}

/** 400: a malformed request (bad parameter, bad cursor, malformed JSON). */
export const BadRequestError = /* @__PURE__ */ byStatus((s) => s === 400);
export type BadRequestError = APIError;
/** 401: missing, unknown or expired credential (`code === 'token_expired'` when a user token ran out). */
export const AuthenticationError = /* @__PURE__ */ byStatus((s) => s === 401);
export type AuthenticationError = APIError;
/** 403: the credential may not do this (e.g. a publishable key writing). */
export const PermissionDeniedError = /* @__PURE__ */ byStatus((s) => s === 403);
export type PermissionDeniedError = APIError;
/** 404: no such resource, or not visible to this credential. */
export const NotFoundError = /* @__PURE__ */ byStatus((s) => s === 404);
export type NotFoundError = APIError;
/** 409: conflicts with the current state (an illegal room transition, a taken slot). */
export const ConflictError = /* @__PURE__ */ byStatus((s) => s === 409);
export type ConflictError = APIError;
/** 422: the body failed validation; see `fieldErrors`. */
export const UnprocessableEntityError = /* @__PURE__ */ byStatus((s) => s === 422);
export type UnprocessableEntityError = APIError;
/** 429: too many requests; see `retryAfter`. */
export const RateLimitError = /* @__PURE__ */ byStatus((s) => s === 429);
export type RateLimitError = APIError;
/** 5xx: the API failed; the SDK already retried. */
export const InternalServerError = /* @__PURE__ */ byStatus((s) => s >= 500);
export type InternalServerError = APIError;

/** The request never got an answer (network down, connection reset, DNS). */
export class APIConnectionError extends MenteoError {
  static override readonly kind: string = 'APIConnectionError';
}

/** No answer within `timeout` (after the retries). */
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
