// Real API answers for msw handlers: an in-process sandbox produces every body and
// header, so unit tests never carry hand-written API fixtures. A handler either
// forwards the intercepted request to the sandbox, or replays a captured real answer
// (a 503 from a faulty copy of the app, a 429 from a rate-limited one) when a test
// needs a fault the sandbox cannot produce on demand. Asking, recording and replaying are
// @menteo/test-support's (the docs' demos and the elements' msw tests use the same).
import { createSandbox, type Sandbox } from '@menteo/sandbox';
import { faultyApp, seededImage, testClock, testNow } from '@menteo/sandbox/testing';
import { answerResponse, ask, type RecordedAnswer, record } from '@menteo/test-support';

/** The base URL unit tests give the SDK; msw answers it, nothing listens there. */
export const API = 'https://api.menteo.test';

export interface FetchOptions {
  /** The bearer credential; default `pk_test_demo`. */
  auth?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A real answer kept as text (a {@link RecordedAnswer}), so it can be replayed as many times as a test needs. */
export interface Captured {
  answer: RecordedAnswer;
  status: number;
  headers: Headers;
  body: string;
  /** A fresh Response of this answer; `headers` sets (or, with `null`, removes) headers. */
  replay(headers?: Record<string, string | null>): Response;
  json<T = unknown>(): T;
}

type Hono = Sandbox['app'];

/**
 * A seeded in-memory sandbox answering in-process (no port), plus faulty copies of
 * its app over the same database.
 *
 * @example
 * ```ts
 * const data = new SandboxData();
 * server.use(http.all(`${API}/*`, ({ request }) => data.forward(request)));
 * const notFound = await data.capture('GET', '/v1/mentors/men_doesnotexist1');
 * ```
 */
export class SandboxData {
  readonly sandbox: Sandbox;
  #failing: Hono | undefined;
  #limited: Hono | undefined;

  /** The sandbox's clock (see the sandbox's test-clock.ts): tests compute dates from it, never from the machine's. */
  readonly now = testClock();

  constructor(options: { mentors?: number } = {}) {
    // No cap on streams: msw does not pass a client's cancel on to an in-process stream, so the streams of past tests stay open here.
    const mentors = options.mentors ?? 50;
    this.sandbox = createSandbox({
      db: ':memory:',
      mentors,
      // A copy of the world seeded once for every test file (the sandbox harness's), not a seeding of its own.
      image: seededImage({ seed: 42, mentors, now: testNow() }),
      log: () => {},
      rateLimit: { limit: 0, windowSeconds: 60 },
      now: this.now,
      streams: { maxPerIp: 0 },
    });
  }

  get db(): Sandbox['db'] {
    return this.sandbox.db;
  }

  /** A real answer of the sandbox to one request. */
  fetch(method: string, path: string, options: FetchOptions = {}, app: Hono = this.sandbox.app): Promise<Response> {
    return ask({ app }, request(method, path, options));
  }

  /** Answers an intercepted request with the sandbox (the request is not consumed; a stream stays a stream). */
  forward(request: Request): Promise<Response> {
    return ask({ app: this.sandbox.app }, request);
  }

  /** Captures a real answer for replaying. */
  async capture(method: string, path: string, options: FetchOptions = {}, app: Hono = this.sandbox.app): Promise<Captured> {
    return captured(await record({ app }, request(method, path, options)));
  }

  /**
   * A real 503 of the sandbox's fault injection. `withRateLimitHeaders` picks one
   * handled-then-lost answer, which carries the rate limiter's `RateLimit-Reset`
   * like every answer of a default sandbox.
   */
  async unavailable(withRateLimitHeaders = false): Promise<Captured> {
    this.#failing ??= this.#app({ failRate: 1, rateLimit: { limit: 1_000_000, windowSeconds: 60 } });
    for (let i = 0; i < 50; i++) {
      const answer = await this.capture('GET', '/v1/mentors/men_demomentor', {}, this.#failing);
      if (answer.status !== 503) throw new Error(`expected an injected 503, got ${answer.status}`);
      if (answer.headers.has('ratelimit-reset') === withRateLimitHeaders) return answer;
    }
    throw new Error('no injected 503 of the wanted kind in 50 draws');
  }

  /** A real 429 of the sandbox's rate limiter (one request per minute allowed). */
  async rateLimited(): Promise<Captured> {
    this.#limited ??= this.#app({ failRate: 0, rateLimit: { limit: 1, windowSeconds: 60 } });
    for (let i = 0; i < 3; i++) {
      const answer = await this.capture('GET', '/v1/mentors/men_demomentor', {}, this.#limited);
      if (answer.status === 429) return answer;
    }
    throw new Error('the rate-limited sandbox never answered 429');
  }

  /** Mints a user token through the real endpoint (`demo` organization). */
  async tokenFor(externalUserId: string): Promise<string> {
    const row = this.db.prepare('SELECT name FROM users WHERE external_id = ?').get(externalUserId) as { name: string } | undefined;
    const res = await this.fetch('POST', '/v1/auth/tokens', { auth: 'sk_test_demo', body: { externalUserId, name: row?.name ?? externalUserId } });
    if (res.status !== 201) throw new Error(`could not mint a token: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { token: string }).token;
  }

  /** Lets a token run out, as time would. */
  expire(token: string): void {
    this.db.prepare('UPDATE user_tokens SET expires_at = ? WHERE token = ?').run('2000-01-01T00:00:00.000Z', token);
  }

  /** Ids of seeded mentors visible to org_demo. */
  mentorIds(limit: number): string[] {
    return this.db.prepare('SELECT id FROM mentors WHERE org_id IS NULL OR org_id = ? ORDER BY rid LIMIT ?').pluck().all('org_demo', limit) as string[];
  }

  /** The seeded room of demo-mentee and demo-mentor (active). */
  flagshipRoomId(): string {
    return this.db.prepare(`SELECT id FROM rooms WHERE mentor_id = 'men_demomentor' AND mentee_id = 'usr_demomentee'`).pluck().get() as string;
  }

  close(): Promise<void> {
    return this.sandbox.close();
  }

  #app(options: { failRate: number; rateLimit: { limit: number; windowSeconds: number } }): Hono {
    return faultyApp(this.sandbox, { now: this.now, seed: 7, ...options });
  }
}

/** One request to the sandbox, with the credential and JSON body a test gives. */
function request(method: string, path: string, options: FetchOptions): Request {
  const headers: Record<string, string> = { Authorization: `Bearer ${options.auth ?? 'pk_test_demo'}`, ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  return new Request(new URL(path, API), { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
}

function captured(answer: RecordedAnswer): Captured {
  return {
    answer,
    status: answer.status,
    headers: new Headers(answer.headers),
    body: answer.body,
    json: <T>() => JSON.parse(answer.body) as T,
    replay: (changes = {}) => answerResponse(answer, changes),
  };
}
