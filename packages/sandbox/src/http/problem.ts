import type { components } from '@menteo/api';

export type ProblemCode = components['schemas']['ProblemCode'];
export type FieldError = components['schemas']['FieldError'];

const titles: Record<ProblemCode, string> = {
  malformed_body: 'Malformed body',
  invalid_parameter: 'Invalid parameter',
  invalid_cursor: 'Invalid cursor',
  validation_failed: 'Validation failed',
  idempotency_key_reused: 'Idempotency key reused',
  idempotency_key_in_use: 'Idempotency key in use',
  unauthenticated: 'Unauthenticated',
  invalid_credential: 'Invalid credential',
  token_expired: 'Token expired',
  forbidden: 'Forbidden',
  publishable_key_read_only: 'Publishable keys are read-only',
  secret_key_required: 'Secret key required',
  secret_key_in_browser: 'Secret key used from a browser',
  origin_not_allowed: 'Origin not allowed',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  invalid_transition: 'Invalid transition',
  slot_unavailable: 'Slot unavailable',
  already_requested: 'Already requested',
  mentor_unavailable: 'Mentor unavailable',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  comments_locked: 'Comments are locked',
  blocked_from_thread: 'Blocked from this thread',
  insufficient_scope: 'Insufficient scope',
  rate_limited: 'Too many requests',
  internal_error: 'Internal error',
  service_unavailable: 'Service unavailable',
};

/**
 * An RFC 9457 problem, thrown anywhere in a handler; the app turns it into an
 * `application/problem+json` response (and rolls back the handler's transaction).
 */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'Problem';
  }

  toJSON(requestId: string, instance: string): components['schemas']['Problem'] {
    return {
      type: `https://docs.menteo.dev/problems/${this.code}`,
      title: titles[this.code],
      status: this.status,
      detail: this.detail,
      instance,
      code: this.code,
      requestId,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

/** Shorthands for the problems handlers throw. */
export const problem = {
  notFound: (detail: string) => new Problem(404, 'not_found', detail),
  forbidden: (detail: string, code: ProblemCode = 'forbidden') => new Problem(403, code, detail),
  conflict: (detail: string, code: ProblemCode = 'conflict') => new Problem(409, code, detail),
  /** A body field whose value another record already holds (an external id, a page): 409 naming it. */
  fieldTaken: (pointer: string, detail: string, message: string) => new Problem(409, 'conflict', message, [{ in: 'body', pointer, detail }]),
  invalidTransition: (from: string, action: string) => new Problem(409, 'invalid_transition', `A room in status ${from} cannot ${action}.`),
  /** A body field that is well-formed but wrong for the current state (e.g. a date in the past). */
  invalidField: (pointer: string, detail: string) =>
    new Problem(422, 'validation_failed', `Invalid field ${pointer}: ${detail}`, [{ in: 'body', pointer, detail }]),
  invalidParameter: (name: string, detail: string, where: FieldError['in'] = 'query') =>
    new Problem(400, 'invalid_parameter', `Invalid ${where} parameter ${name}: ${detail}`, [{ in: where, pointer: `/${name}`, detail }]),
};
