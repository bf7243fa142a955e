// The one replay of sandbox answers: an msw handler that answers with what the sandbox
// answered, either asked now (a running or in-process sandbox, per request) or recorded
// earlier (a Recording: the docs' demo data). On request it holds the answer back, or turns it
// into a failure that keeps the sandbox's request id and problem document.
import { http, type HttpHandler } from 'msw';
import { failure, problemAnswer, type FailureStatus } from './failure.js';
import { record, type SandboxSource } from './record.js';
import { answerResponse, type RecordedAnswer, type Recording } from './recorded-answer.js';
import { requestKey } from './request-key.js';

/** The method a replay handles; `ALL` takes every method. */
export type ReplayMethod = 'ALL' | 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** How a replayed answer differs from the sandbox's. */
export interface ReplayOptions {
  /** A failure status: the answer becomes a problem document with that status (needs a sandbox source). */
  status?: FailureStatus;
  /** Held back this long before it is answered. */
  delayMs?: number;
  /** `Retry-After` (seconds) of a 429 / 503. */
  retryAfter?: number;
  /** Handle only the first matching request; later ones go to the next handler. */
  once?: boolean;
  /** Asks the sandbox a different query than the client did (e.g. one that matches nothing), and replays that answer. */
  ask?: (url: URL) => void;
  /** Rewrites the sandbox's JSON body (a successful answer only). Prefer `ask`: a real answer to a real question. */
  mutate?: (body: never) => unknown;
  /** The answer to a request a recording has no answer for (default: a 404 problem). */
  missing?: (key: string, request: Request) => RecordedAnswer;
}

/** What happened to the requests a replay handled. */
export interface Replayed {
  /** Requests it answered. */
  count: number;
  /** The request ids of its answers (`X-Request-Id`, the sandbox's). */
  requestIds: string[];
  /** Resolves the held-back answers now, instead of after `delayMs`. */
  release(): void;
}

/** Waits `ms`, or until one of `held` is called; either way no timer is left behind (in Node it would keep the process alive). */
function holdBack(ms: number, held: (() => void)[]): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    held.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Where a problem document comes from when the sandbox is asked for one: its 404 for a mentor that does not exist. */
const problemProbe = '/v1/mentors/men_replaynotfound';

const notRecorded = (key: string): RecordedAnswer =>
  problemAnswer(key, 404, { code: 'not_found', title: 'Not Found', detail: `No answer was recorded for ${key}.`, requestId: 'req_replay_notrecorded' });

/**
 * A handler for `method url` (msw's path syntax: `:param`s and `*`; the query is not matched)
 * that answers with what the sandbox answers:
 * - plain or `delayMs`: the sandbox's own status, headers and body (held back `delayMs`);
 * - `status`: a problem document from the sandbox (its 404 for a mentor that does not exist)
 *   given the failure's status, code, title and the request's path, and the request id of the
 *   real answer. A GET still reaches the sandbox first; a failed write does not (the sandbox's
 *   500 says "the request changed nothing", and its data stays as other tests expect).
 * From a {@link Recording}, the answer recorded under the request's `requestKey`.
 *
 * @example
 * ```ts
 * const slow = replay('GET', `${sandboxUrl}/v1/mentors`, { url: sandboxUrl, fetch: (r) => fetch(bypass(r)) }, { delayMs: 60_000 });
 * worker.use(slow.handler);
 * // … the skeleton shows …
 * slow.release();
 * ```
 */
export function replay(method: ReplayMethod, url: string, from: SandboxSource | Recording, options: ReplayOptions = {}): Replayed & { handler: HttpHandler } {
  const held: (() => void)[] = [];
  let released = false;
  const state: Replayed = {
    count: 0,
    requestIds: [],
    release() {
      released = true;
      for (const resolve of held.splice(0)) resolve();
    },
  };
  const recorded = 'answers' in from ? new Map(from.answers.map((answer) => [answer.key, answer])) : undefined;
  const answer = async (request: Request): Promise<RecordedAnswer> => {
    const key = requestKey(request.method, new URL(request.url));
    if ('answers' in from) {
      if (options.status) throw new Error('a failure is made from a sandbox problem document: replay from a sandbox, not a recording');
      return recorded?.get(key) ?? options.missing?.(key, request) ?? notRecorded(key);
    }
    const asked = new URL(request.url);
    options.ask?.(asked);
    const question = options.ask ? new Request(asked, { method: request.method, headers: request.headers }) : request;
    const fail = options.status;
    const real = fail && request.method !== 'GET' ? undefined : await record(from, question);
    if (fail) {
      const headers = { authorization: request.headers.get('authorization') ?? '' };
      const problem = await record(from, new Request(new URL(problemProbe, request.url), { headers }));
      return failure({
        key,
        status: fail,
        problem,
        path: asked.pathname,
        ...(real ? { real } : {}),
        ...(options.retryAfter !== undefined ? { retryAfter: options.retryAfter } : {}),
      });
    }
    if (!real) throw new Error('unreachable: a successful replay has the real answer');
    if (!options.mutate || !real.body || real.status >= 400) return real;
    return { ...real, body: JSON.stringify(options.mutate(JSON.parse(real.body) as never)) };
  };
  const on = method === 'ALL' ? http.all : http[method.toLowerCase() as Lowercase<Exclude<ReplayMethod, 'ALL'>>];
  const handler = on(
    url,
    async ({ request }) => {
      state.count++;
      const given = await answer(request);
      state.requestIds.push(given.headers['x-request-id'] ?? '');
      if (options.delayMs && !released) await holdBack(options.delayMs, held);
      return answerResponse(given);
    },
    { once: options.once ?? false },
  );
  return Object.assign(state, { handler });
}
