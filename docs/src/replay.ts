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
 * Query parameters whose value is the moment (and place) a request was made, not a choice of
 * the reader's: `<menteo-room-widget>` lists a room's sessions `from` an hour before now, and a
 * mentor's open times from the next full hour for two weeks in the viewer's time zone. A page
 * read on another day, or in another zone, asks with other values; the key keeps their names
 * and writes `*` for the value, so the answer recorded at build time still answers. Every other
 * parameter (and these on any other path) must match exactly.
 */
export const momentParams: readonly { path: RegExp; params: readonly string[] }[] = [
  { path: /^\/v1\/rooms\/[^/]+\/sessions$/, params: ['from'] },
  { path: /^\/v1\/mentors\/[^/]+\/slots$/, params: ['start', 'end', 'timeZone'] },
];

/**
 * A request's identity for replay: method, path and query, the query decoded and sorted
 * (the SDK sorts its query too, but encodes lists as `a%2Cb`; a browser may write `a,b`), and
 * the {@link momentParams} of its path written as `*`.
 *
 * @example requestKey('GET', new URL('https://demo.menteo.invalid/v1/mentors?limit=1&ids=men_a')) // 'GET /v1/mentors?ids=men_a&limit=1'
 * @example requestKey('GET', new URL('https://demo.menteo.invalid/v1/rooms/room_a/sessions?from=2026-01-01T00%3A00%3A00.000Z')) // 'GET /v1/rooms/room_a/sessions?from=*'
 */
export function requestKey(method: string, url: URL): string {
  const moments = momentParams.find((m) => m.path.test(url.pathname))?.params ?? [];
  const entries = [...url.searchParams.entries()]
    .map(([name, value]): [string, string] => [name, moments.includes(name) ? '*' : value])
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const query = entries.map(([name, value]) => `${name}=${value}`).join('&');
  return `${method.toUpperCase()} ${url.pathname}${query ? `?${query}` : ''}`;
}

/**
 * The answer for a request nobody recorded: a 404 problem document, in the API's shape, so the
 * elements show their "not found" / error state instead of hanging.
 *
 * @example notRecorded('GET /v1/mentors/men_x').status // 404
 */
export function notRecorded(key: string): DemoProblem<404> {
  return problem(
    404,
    'not_found',
    'Not Found',
    `The docs demo recorded no answer for ${key}: it replays a fixed set of requests captured from the sandbox.`,
    'req_docsdemo_notrecorded',
  );
}

/**
 * The answer for a write nobody recorded (sending a message, booking, changing a goal or a
 * room's status): a `403` problem document, `demo_read_only`, so the elements show their own
 * "could not save" state with a request id, as they would for any refused write. The replay
 * keeps no state: nothing a reader does changes what the next request answers.
 *
 * @example readOnly('POST /v1/rooms/room_a/messages').body.includes('demo_read_only') // true
 */
export function readOnly(key: string): DemoProblem<403> {
  return problem(
    403,
    'demo_read_only',
    'The docs demo is read-only',
    `The docs demo replays answers recorded from the sandbox and saves nothing, so it refused ${key}. Try writes against the sandbox (npx menteo-sandbox).`,
    'req_docsdemo_readonly',
  );
}

/** A replayed answer that is an RFC 9457 problem document, in the API's shape. */
export interface DemoProblem<S extends number> {
  status: S;
  headers: Record<string, string>;
  body: string;
}

function problem<S extends number>(status: S, code: string, title: string, detail: string, requestId: string): DemoProblem<S> {
  return {
    status,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': requestId },
    body: JSON.stringify({ type: `https://docs.menteo.dev/problems/${code}`, title, status, code, detail, requestId }),
  };
}
