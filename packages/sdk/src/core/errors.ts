import type { components } from '@menteo/api';

/** An RFC 9457 problem document, as the API sends it. */
export type Problem = components['schemas']['Problem'];
/** The stable, machine-readable codes of problems. */
export type ProblemCode = components['schemas']['ProblemCode'];

// A brand instead of prototype identity: `instanceof` keeps working when two copies of
// the SDK meet (an app's entry and a widget's bundle, or `@menteo/sdk` and `/stores`).
const brand = Symbol.for('menteo.error');

function branded(kind: string) {
  return (value: unknown): boolean =>
    typeof value === 'object' && value !== null && ((value as Record<symbol, string[]>)[brand] ?? []).includes(kind);
}

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
  declare readonly [brand]: string[];
  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(this.kind)(value);
  }
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // Every class up the chain, so `instanceof` answers for each of them.
    const kinds: string[] = [];
    for (let c = new.target as unknown as { kind?: string }; c && Object.hasOwn(c, 'kind'); c = Object.getPrototypeOf(c)) kinds.push(c.kind!);
    this.name = kinds[0]!;
    Object.defineProperty(this, brand, { value: kinds });
  }
}

/**
 * The API answered with an error status. `status`, `code`, `requestId`, the problem
 * document and the response headers tell what went wrong; quote `requestId` to support.
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
  readonly headers: Headers;

  constructor(status: number, problem: Problem | undefined, headers: Headers, fallbackMessage?: string) {
    const requestId = headers.get('x-request-id') ?? problem?.requestId ?? null;
    const message = problem?.detail ?? problem?.title ?? fallbackMessage ?? `Request failed with status ${status}`;
    super(`${status} ${problem?.code ?? 'error'}: ${message}${requestId ? ` (request ${requestId})` : ''}`);
    this.status = status;
    this.code = problem?.code;
    this.requestId = requestId;
    this.problem = problem;
    this.headers = headers;
  }

  /** The right subclass for a status. */
  static from(status: number, problem: Problem | undefined, headers: Headers): APIError {
    const Class =
      status === 400 ? BadRequestError
      : status === 401 ? AuthenticationError
      : status === 403 ? PermissionDeniedError
      : status === 404 ? NotFoundError
      : status === 409 ? ConflictError
      : status === 422 ? UnprocessableEntityError
      : status === 429 ? RateLimitError
      : status >= 500 ? InternalServerError
      : APIError;
    return new Class(status, problem, headers);
  }
}

/** 400: a malformed request (bad parameter, bad cursor, malformed JSON). */
export class BadRequestError extends APIError {
  static override readonly kind: string = 'BadRequestError';
}
/** 401: missing, unknown or expired credential (`code === 'token_expired'` when a user token ran out). */
export class AuthenticationError extends APIError {
  static override readonly kind: string = 'AuthenticationError';
}
/** 403: the credential may not do this (e.g. a publishable key writing). */
export class PermissionDeniedError extends APIError {
  static override readonly kind: string = 'PermissionDeniedError';
}
/** 404: no such resource, or not visible to this credential. */
export class NotFoundError extends APIError {
  static override readonly kind: string = 'NotFoundError';
}
/** 409: conflicts with the current state (an illegal room transition, a taken slot). */
export class ConflictError extends APIError {
  static override readonly kind: string = 'ConflictError';
}

/**
 * 422: the body failed validation. `fieldErrors` maps each bad field's JSON pointer
 * to what is wrong with it.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof UnprocessableEntityError) showFieldError(error.fieldErrors['/goal']);
 * }
 * ```
 */
export class UnprocessableEntityError extends APIError {
  static override readonly kind: string = 'UnprocessableEntityError';
  get fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem?.errors ?? []).map((e) => [e.pointer, e.detail]));
  }
}

/** 429: too many requests. `retryAfter` is in seconds, when the API said. */
export class RateLimitError extends APIError {
  static override readonly kind: string = 'RateLimitError';
  get retryAfter(): number | undefined {
    return parseRetryAfter(this.headers.get('retry-after'));
  }
}

/** 5xx: the API failed; the SDK already retried. */
export class InternalServerError extends APIError {
  static override readonly kind: string = 'InternalServerError';
}

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
