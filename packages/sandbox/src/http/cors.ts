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

/** The answer to a preflight from a known origin. */
export function preflightGrant(origin: string): Record<string, string> {
  return {
    ...corsGrant(origin),
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, If-None-Match, Last-Event-ID, X-Menteo-Client',
    'Access-Control-Max-Age': '600',
  };
}
