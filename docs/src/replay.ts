// The demo data format and its one matching rule, shared by the capture (Node, at build time)
// and the replay (the browser's Mock Service Worker): both sides key a request the same way.

/** One answer the sandbox gave at build time. */
export interface RecordedAnswer {
  /** `GET /v1/mentors?ids=men_demomentor&limit=1`: see {@link requestKey}. */
  key: string;
  status: number;
  /** The headers a client reads: content type, request id, ETag. */
  headers: Record<string, string>;
  /** The body as text, exactly as the sandbox sent it. */
  body: string;
}

/** What the build writes to `demo-data.json`. */
export interface DemoData {
  /** The API origin the demo pages point their elements at (never resolved: the worker answers). */
  baseUrl: string;
  /** When the sandbox was recorded (ISO 8601). */
  recordedAt: string;
  answers: RecordedAnswer[];
}

/**
 * A request's identity for replay: method, path and query, the query decoded and sorted
 * (the SDK sorts its query too, but encodes lists as `a%2Cb`; a browser may write `a,b`).
 *
 * @example requestKey('GET', new URL('https://demo.menteo.invalid/v1/mentors?limit=1&ids=men_a')) // 'GET /v1/mentors?ids=men_a&limit=1'
 */
export function requestKey(method: string, url: URL): string {
  const entries = [...url.searchParams.entries()].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const query = entries.map(([name, value]) => `${name}=${value}`).join('&');
  return `${method.toUpperCase()} ${url.pathname}${query ? `?${query}` : ''}`;
}

/**
 * The answer for a request nobody recorded: a 404 problem document, in the API's shape, so the
 * elements show their "not found" / error state instead of hanging.
 *
 * @example notRecorded('GET /v1/mentors/men_x').status // 404
 */
export function notRecorded(key: string): { status: 404; headers: Record<string, string>; body: string } {
  const requestId = 'req_docsdemo_notrecorded';
  return {
    status: 404,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': requestId },
    body: JSON.stringify({
      type: 'https://docs.menteo.dev/problems/not_found',
      title: 'Not Found',
      status: 404,
      code: 'not_found',
      detail: `The docs demo recorded no answer for ${key}: it replays a fixed set of requests captured from the sandbox.`,
      requestId,
    }),
  };
}
