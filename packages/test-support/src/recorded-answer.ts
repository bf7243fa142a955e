// The one recording format of sandbox answers: the docs write it to demo-data.json at build
// time, the elements' and the SDK's tests record it per request or per test. An answer is kept
// as text, so it can be replayed as many times as a page or a test needs.

/** One answer the sandbox gave, as it sent it. */
export interface RecordedAnswer {
  /** `GET /v1/mentors?ids=men_demomentor&limit=1`: see `requestKey`. */
  key: string;
  status: number;
  /** Header names in lower case; the body's framing (`content-length`, `content-encoding`) is left out. */
  headers: Record<string, string>;
  /** The body as text, exactly as the sandbox sent it. */
  body: string;
}

/** A set of recorded answers, replayed against a made-up origin (the docs' `demo-data.json`). */
export interface Recording {
  /** The API origin the pages or clients point at (never resolved: the replay answers). */
  baseUrl: string;
  /** When the sandbox was recorded (ISO 8601). */
  recordedAt: string;
  answers: RecordedAnswer[];
}

/** Headers that describe the bytes on the wire, not the answer: a replayed text body has its own. */
const framing = new Set(['content-length', 'content-encoding', 'transfer-encoding']);

/**
 * Reads a response into a {@link RecordedAnswer} (the response is consumed).
 *
 * @example
 * ```ts
 * const answer = await answerOf('GET /v1/me', await fetch(`${url}/v1/me`, { headers }));
 * answer.headers['x-request-id']; // 'req_…'
 * ```
 */
export async function answerOf(key: string, response: Response): Promise<RecordedAnswer> {
  const headers: Record<string, string> = {};
  for (const [name, value] of response.headers) if (!framing.has(name)) headers[name] = value;
  return { key, status: response.status, headers, body: await response.text() };
}

/**
 * A fresh `Response` of a recorded answer. `changes` sets headers or, with `null`, removes them.
 *
 * @example
 * ```ts
 * server.use(http.get(`${API}/v1/mentors`, () => answerResponse(limited, { 'Retry-After': '1' })));
 * ```
 */
export function answerResponse(answer: Pick<RecordedAnswer, 'status' | 'headers' | 'body'>, changes: Record<string, string | null> = {}): Response {
  const headers = new Headers(answer.headers);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  const empty = answer.status === 204 || answer.status === 304;
  return new Response(empty ? null : answer.body, { status: answer.status, headers });
}

/**
 * Only the named headers of an answer (lower case), e.g. to keep a recording small.
 *
 * @example pickHeaders(answer, ['content-type', 'x-request-id', 'etag'])
 */
export function pickHeaders(answer: RecordedAnswer, names: readonly string[]): RecordedAnswer {
  const headers: Record<string, string> = {};
  for (const name of names) {
    const value = answer.headers[name];
    if (value) headers[name] = value;
  }
  return { ...answer, headers };
}
