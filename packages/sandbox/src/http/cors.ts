/** CORS headers. Publishable keys are bound to origins; the grant is per credential, not global. */

const exposed = ['X-Request-Id', 'ETag', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After', 'Idempotent-Replayed'].join(', ');

/** Headers that let the page at `origin` read this response. */
export function corsGrant(origin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': exposed,
    Vary: 'Origin',
  };
}

/** The headers the API reads; always allowed. */
const readHeaders = 'Authorization, Content-Type, Idempotency-Key, If-None-Match, Last-Event-ID, Menteo-SDK';

/** A list of header names, as a preflight's `Access-Control-Request-Headers` may hold (RFC 9110 tokens). */
const headerList = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:\s*,\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/;

/**
 * The answer to a preflight from a known origin. The headers a page asks to send are allowed
 * too (a tracing header its gateway adds, the SDK's `headers` option): credentials are bearer
 * tokens, never cookies, so another header grants a page nothing.
 */
export function preflightGrant(origin: string, requested?: string): Record<string, string> {
  const asked = requested && requested.length <= 1024 && headerList.test(requested.trim()) ? `, ${requested.trim()}` : '';
  return {
    ...corsGrant(origin),
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
    'Access-Control-Allow-Headers': readHeaders + asked,
    'Access-Control-Max-Age': '600',
  };
}
