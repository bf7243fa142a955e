// A failure the sandbox cannot give on demand (a 429, 500 or 503 for one chosen request), made
// from what it did answer: its problem document (RFC 9457, the API's shape) and the request id
// of its real answer, with the failure's status, code and title as the sandbox names them.
import type { RecordedAnswer } from './recorded-answer.js';

/** The failures a replay can turn an answer into. */
export type FailureStatus = 429 | 500 | 503;

/**
 * Code and title of each failure as the sandbox names them (its http/problem.ts); the 500's
 * detail is the sandbox's own (app.ts), the 429's and 503's are shortened from it.
 */
export const failures = {
  429: { code: 'rate_limited', title: 'Too many requests', detail: 'Rate limit exceeded for this credential.' },
  500: { code: 'internal_error', title: 'Internal error', detail: 'Something went wrong on our side; the request changed nothing.' },
  503: { code: 'service_unavailable', title: 'Service unavailable', detail: 'The request was not handled.' },
} as const satisfies Record<FailureStatus, { code: string; title: string; detail: string }>;

/** Headers of the real answer a failure keeps: what a browser needs to read it across origins. */
const corsHeaders = ['access-control-allow-origin', 'access-control-expose-headers', 'vary'];

/** What a failure is made of. */
export interface FailureParts {
  /** The request's key (see `requestKey`). */
  key: string;
  status: FailureStatus;
  /** A problem answer of the sandbox (e.g. its 404): the document the failure starts from. */
  problem: RecordedAnswer;
  /** The sandbox's real answer to the request, when it was asked (its request id is kept). */
  real?: RecordedAnswer;
  /** The request's path, the problem's `instance`. */
  path: string;
  /** `Retry-After` in seconds. */
  retryAfter?: number;
}

/**
 * The failure as a recorded answer: the sandbox's problem document given the failure's status,
 * code, title, detail and `instance`, and the request id of the real answer (or the problem's).
 *
 * @example
 * ```ts
 * const down = failure({ key: real.key, status: 503, problem: notFound, real, path: '/v1/mentors', retryAfter: 1 });
 * down.headers['x-request-id'] === real.headers['x-request-id']; // true
 * ```
 */
export function failure({ key, status, problem, real, path, retryAfter }: FailureParts): RecordedAnswer {
  const document = JSON.parse(problem.body) as Record<string, unknown>;
  const requestId = real?.headers['x-request-id'] ?? problem.headers['x-request-id'] ?? String(document.requestId);
  const { code, title, detail } = failures[status];
  const headers: Record<string, string> = { 'content-type': 'application/problem+json', 'x-request-id': requestId };
  for (const name of corsHeaders) {
    const value = (real ?? problem).headers[name];
    if (value) headers[name] = value;
  }
  if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
  const body = { ...document, type: `https://docs.menteo.dev/problems/${code}`, title, status, code, detail, requestId, instance: path };
  return { key, status, headers, body: JSON.stringify(body) };
}

/**
 * A problem answer in the API's shape that no sandbox gave: for a replay's own refusals (a
 * request nobody recorded, a write a read-only replay will not pass on).
 *
 * @example problemAnswer('GET /v1/mentors/men_x', 404, { code: 'not_found', title: 'Not Found', detail: 'Not recorded.', requestId: 'req_replay' }).status // 404
 */
export function problemAnswer<S extends number>(
  key: string,
  status: S,
  problem: { code: string; title: string; detail: string; requestId: string },
): RecordedAnswer & { status: S } {
  const { code, title, detail, requestId } = problem;
  return {
    key,
    status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': requestId },
    body: JSON.stringify({ type: `https://docs.menteo.dev/problems/${code}`, title, status, code, detail, requestId }),
  };
}
