// Error mapping: every status the API answers with becomes its class, carrying the
// real problem document of the sandbox; transport failures become connection or
// timeout errors; the caller's own abort passes through untouched.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { http, HttpResponse, delay } from 'msw';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { API } from '../../test/support/sandbox-data.js';
import { onVirtualClock } from '../../test/support/virtual-time.js';
import { Menteo } from '../client.js';
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  MenteoError,
  NotFoundError,
  parseRetryAfter,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type Problem,
  type ProblemCode,
} from './errors.js';

const api = mockApi();
const client = (options: ConstructorParameters<typeof Menteo>[0] = {}) => new Menteo({ publishableKey: 'pk_test_demo', ...fast, ...options });

/** `instanceof` without TypeScript narrowing between checks. */
const is = (value: unknown, Class: abstract new (...args: never[]) => unknown): boolean => value instanceof Class;

async function caught(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the call to fail');
}

/** The common checks of an API error: class chain, status, code, request id, problem, headers. */
function assertApiError(error: unknown, Class: typeof APIError, name: string, status: number, code: string): asserts error is APIError {
  assert.ok(error instanceof Class, `expected ${name}, got ${String(error)}`);
  assert.ok(error instanceof APIError);
  assert.ok(error instanceof MenteoError);
  assert.ok(error instanceof Error);
  assert.equal(error.name, 'APIError', 'one name for every API error: the status and code lead the message');
  assert.ok(error.message.startsWith(`${status} ${code}: `), error.message);
  assert.equal(error.status, status);
  assert.equal(error.code, code);
  assert.match(error.requestId ?? '', /^req_/);
  assert.equal(error.requestId, error.headers.get('x-request-id'));
  assert.equal(error.problem?.requestId, error.requestId);
  assert.equal(error.problem?.status, status);
  assert.equal(error.problem?.code, code);
  assert.ok(error.message.includes(code) && error.message.includes(error.requestId!), error.message);
}

describe('errors: each status becomes its class', () => {
  it('400 → BadRequestError with the problem of the sandbox', async () => {
    const error = await caught(client().mentors.search({ limit: 1000 }));
    assertApiError(error, BadRequestError, 'BadRequestError', 400, 'invalid_parameter');
    assert.equal(error.problem?.errors?.[0]?.pointer, '/limit');
    assert.equal(api.calls.length, 1, '4xx answers are not retried');
  });

  it('401 → AuthenticationError (unknown key and expired token)', async () => {
    const unknown = await caught(client({ publishableKey: 'pk_test_doesnotexist' }).mentors.search());
    assertApiError(unknown, AuthenticationError, 'AuthenticationError', 401, 'invalid_credential');
    assert.match(unknown.headers.get('www-authenticate') ?? '', /Bearer/);

    const token = await api.data.tokenFor('demo-mentee');
    api.data.expire(token);
    const expired = await caught(client({ token }).me.retrieve());
    assertApiError(expired, AuthenticationError, 'AuthenticationError', 401, 'token_expired');
  });

  it('403 → PermissionDeniedError (a publishable key writing)', async () => {
    const error = await caught(client().threads.create({ title: 'Learning to write in public' }));
    assertApiError(error, PermissionDeniedError, 'PermissionDeniedError', 403, 'publishable_key_read_only');
  });

  it('404 → NotFoundError', async () => {
    const error = await caught(client().threads.retrieve('thr_doesnotexist'));
    assertApiError(error, NotFoundError, 'NotFoundError', 404, 'not_found');
    assert.equal(error.problem?.instance, '/v1/threads/thr_doesnotexist');
  });

  it('409 → ConflictError (an illegal room transition)', async () => {
    const token = await api.data.tokenFor('demo-mentor');
    const error = await caught(client({ token }).rooms.accept(api.data.flagshipRoomId()));
    assertApiError(error, ConflictError, 'ConflictError', 409, 'invalid_transition');
  });

  it('409 of createRoom → ConflictError with the distinct code of each refusal, typed as a ProblemCode', async () => {
    const mentee = client({ token: await api.data.tokenFor('demo-mentee') });
    const request = { goal: 'Grow into a staff engineer role', cadence: 'monthly', termWeeks: 12 } as const;
    // The seed gives the demo mentee a room with the demo mentor.
    const again = await caught(mentee.rooms.create({ mentorId: 'men_demomentor', ...request }));
    assertApiError(again, ConflictError, 'ConflictError', 409, 'already_requested');
    const closed = api.data.db.prepare('SELECT id FROM mentors WHERE accepting_requests = 0 AND org_id IS NULL LIMIT 1').pluck().get() as string;
    const full = await caught(mentee.rooms.create({ mentorId: closed, ...request }));
    assertApiError(full, ConflictError, 'ConflictError', 409, 'mentor_unavailable');
    assert.equal((full as ConflictError).problem?.type, 'https://docs.menteo.dev/problems/mentor_unavailable');
    // Checked by tsc: both are codes of the contract.
    const codes: ProblemCode[] = ['already_requested', 'mentor_unavailable'];
    assert.deepEqual([(again as ConflictError).code, (full as ConflictError).code], codes);
  });

  it('422 → UnprocessableEntityError with fieldErrors keyed by JSON pointer', async () => {
    const token = await api.data.tokenFor('demo-mentee');
    const bad = { kind: 'rant', body: 'x' } as unknown as Parameters<Menteo['threads']['posts']['create']>[1];
    const error = await caught(client({ token }).threads.posts.create('thr_learningtolead', bad));
    assertApiError(error, UnprocessableEntityError, 'UnprocessableEntityError', 422, 'validation_failed');
    assert.ok(error instanceof UnprocessableEntityError);
    const expected = Object.fromEntries((error.problem?.errors ?? []).map((e) => [e.pointer, e.detail]));
    assert.ok(Object.keys(expected).length > 0);
    assert.deepEqual(error.fieldErrors, expected);
    assert.match(error.fieldErrors['/kind'] ?? '', /must be one of/);
  });

  it('429 → RateLimitError with retryAfter from seconds and from an HTTP date', async () => {
    const limited = await api.data.rateLimited();
    const seconds = Number(limited.headers.get('retry-after'));
    assert.ok(seconds >= 1, 'the sandbox sends Retry-After in seconds');
    api.server.use(http.get(`${API}/v1/mentors`, () => limited.replay()));
    const error = await caught(client().mentors.search({}, { maxRetries: 0 }));
    assertApiError(error, RateLimitError, 'RateLimitError', 429, 'rate_limited');
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, seconds);

    const at = new Date(Date.now() + 30_000).toUTCString();
    api.server.use(http.get(`${API}/v1/mentors`, () => limited.replay({ 'Retry-After': at })));
    const dated = await caught(client().mentors.search({}, { maxRetries: 0 }));
    assert.ok(dated instanceof RateLimitError);
    assert.ok(dated.retryAfter! >= 29 && dated.retryAfter! <= 30, `retryAfter ${dated.retryAfter}`);
  });

  it('5xx → InternalServerError', async () => {
    const unavailable = await api.data.unavailable();
    api.server.use(http.get(`${API}/v1/threads/:id`, () => unavailable.replay()));
    const error = await caught(client().threads.retrieve('thr_learningtolead', { maxRetries: 0 }));
    assertApiError(error, InternalServerError, 'InternalServerError', 503, 'service_unavailable');
    assert.equal(error.problem?.requestId, unavailable.json<Problem>().requestId);
  });

  it('a status without a class of its own is a plain APIError; every 5xx is an InternalServerError', () => {
    const teapot = new APIError(418, undefined, new Headers({ 'x-request-id': 'req_teapot' }));
    assert.equal(teapot.name, 'APIError');
    assert.equal(teapot.requestId, 'req_teapot');
    assert.match(teapot.message, /^418 .*req_teapot/);
    for (const Class of [
      BadRequestError,
      AuthenticationError,
      PermissionDeniedError,
      NotFoundError,
      ConflictError,
      UnprocessableEntityError,
      RateLimitError,
      InternalServerError,
    ]) {
      assert.ok(!(teapot instanceof Class));
    }
    const badGateway = new APIError(502, undefined, new Headers());
    assert.ok(badGateway instanceof InternalServerError);
    assert.equal(badGateway.name, 'APIError');
    assert.equal(badGateway.requestId, null);
  });
});

describe('errors: instanceof', () => {
  it('works across two separately loaded copies of errors.ts and for the parents', async () => {
    const specifier = './errors.js?copy';
    const copy = (await import(specifier)) as typeof import('./errors.js');
    assert.notEqual(copy.NotFoundError, NotFoundError, 'the copy must be a second module instance');

    const error = await caught(client().threads.retrieve('thr_doesnotexist'));
    assert.ok(is(error, copy.NotFoundError));
    assert.ok(is(error, copy.APIError));
    assert.ok(is(error, copy.MenteoError));
    assert.ok(!is(error, copy.ConflictError));
    assert.ok(!is(error, copy.APIConnectionError));

    const fromCopy = new copy.RateLimitError(429, undefined, new Headers());
    assert.ok(is(fromCopy, RateLimitError));
    assert.ok(is(fromCopy, APIError));
    assert.ok(is(fromCopy, MenteoError));
    assert.ok(!is(fromCopy, NotFoundError));

    const timeout = new copy.APITimeoutError('slow');
    assert.ok(is(timeout, APITimeoutError) && is(timeout, APIConnectionError) && is(timeout, MenteoError));
    assert.ok(!is(timeout, APIError));
    assert.ok(!is(new Error('plain'), MenteoError));
    assert.ok(!is(null, MenteoError) && !is({ name: 'NotFoundError', status: 404 }, NotFoundError));
  });
});

describe('errors: the status families are real classes that narrow', () => {
  it('instanceof a family narrows status to its literal (checked by tsc in the typecheck)', async () => {
    const error = await caught(client().threads.retrieve('thr_doesnotexist'));
    if (!(error instanceof NotFoundError)) return assert.fail(`expected a NotFoundError, got ${String(error)}`);
    const status: 404 = error.status;
    // @ts-expect-error a NotFoundError's status is 404, never 409
    const conflict: 409 = error.status;
    assert.equal(status, 404);
    assert.equal(conflict, 404);

    const limited: unknown = new APIError(429, undefined, new Headers({ 'retry-after': '3' }));
    if (!(limited instanceof RateLimitError)) return assert.fail('expected a RateLimitError');
    const tooMany: 429 = limited.status;
    assert.equal(tooMany, 429);
    assert.equal(limited.retryAfter, 3);
    if (limited instanceof InternalServerError) assert.fail('a 429 is not a 5xx');
    const plain: APIError = limited;
    // @ts-expect-error a plain APIError's status is any number
    const literal: 429 = plain.status;
    assert.equal(literal, 429);
  });

  it('each family is a named subclass of APIError that builds its own instances', () => {
    const families = [
      [400, BadRequestError],
      [401, AuthenticationError],
      [403, PermissionDeniedError],
      [404, NotFoundError],
      [409, ConflictError],
      [422, UnprocessableEntityError],
      [429, RateLimitError],
      [503, InternalServerError],
    ] as const;
    for (const [status, Class] of families) {
      assert.equal(Object.getPrototypeOf(Class), APIError, `${Class.name} extends APIError`);
      const error = new Class(status, undefined, new Headers({ 'x-request-id': 'req_family' }));
      assert.equal(Object.getPrototypeOf(error), Class.prototype);
      assert.equal(error.status, status);
      assert.equal(error.name, 'APIError', 'one name for every API error, as before');
      assert.equal(error.requestId, 'req_family');
      assert.ok(is(error, APIError) && is(error, MenteoError) && is(error, Error));
      for (const [, Other] of families) assert.equal(is(error, Other), Other === Class, `${status} instanceof ${Other.name}`);
    }
    assert.deepEqual(
      families.map(([, Class]) => Class.name),
      [
        'BadRequestError',
        'AuthenticationError',
        'PermissionDeniedError',
        'NotFoundError',
        'ConflictError',
        'UnprocessableEntityError',
        'RateLimitError',
        'InternalServerError',
      ],
    );
  });

  it('a family answers by status, whichever class built the error', () => {
    const mislabelled = new NotFoundError(500, undefined, new Headers());
    assert.ok(!is(mislabelled, NotFoundError) && is(mislabelled, InternalServerError));
    assert.ok(is(new APIError(404, undefined, new Headers()), NotFoundError));
  });
});

describe('errors: transport failures', () => {
  it('a connection reset → APIConnectionError (after the retries)', async () => {
    api.server.use(http.get(`${API}/v1/threads/:id`, () => HttpResponse.error()));
    const error = await caught(client({ maxRetries: 2 }).threads.retrieve('thr_learningtolead'));
    assert.ok(error instanceof APIConnectionError, String(error));
    assert.ok(error instanceof MenteoError);
    assert.ok(!(error instanceof APIError) && !(error instanceof APITimeoutError));
    assert.equal(error.name, 'APIConnectionError');
    assert.match(error.message, /Menteo API/);
    assert.equal(api.calls.length, 3);
  });

  it('an answer slower than `timeout` → APITimeoutError', async (t) => {
    api.server.use(
      http.get(`${API}/v1/threads/:id`, async ({ request }) => {
        await delay(400);
        return api.data.forward(request);
      }),
    );
    // On a virtual clock (test/support/virtual-time.ts): the timeouts, the backoff and the slow
    // answer's 400 ms are counted in virtual time, which a loaded machine cannot stretch.
    const { error, elapsed } = await onVirtualClock(t, () => client({ timeout: 50, maxRetries: 1 }).threads.retrieve('thr_learningtolead'));
    assert.ok(error instanceof APITimeoutError, String(error));
    assert.ok(error instanceof APIConnectionError && error instanceof MenteoError);
    assert.equal(error.name, 'APITimeoutError');
    assert.equal(api.calls.length, 2, 'a timeout is retried like a lost connection');
    assert.ok(elapsed < 390, `gave up before the slow answer came (${elapsed} ms)`);

    // The per-request option wins over the client's.
    const quick = await client({ timeout: 50 }).threads.retrieve('thr_learningtolead', { timeout: 2_000, maxRetries: 0 });
    assert.equal(quick.id, 'thr_learningtolead');
  });

  it("the caller's abort passes through as an AbortError, not wrapped", async () => {
    api.server.use(
      http.get(`${API}/v1/threads/:id`, async ({ request }) => {
        await delay(400);
        return api.data.forward(request);
      }),
    );
    const controller = new AbortController();
    const pending = client().threads.retrieve('thr_learningtolead', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await caught(pending);
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'AbortError');
    assert.ok(!(error instanceof MenteoError));
    assert.equal(api.calls.length, 1, 'an abort is not retried');

    const already = AbortSignal.abort();
    const early = await caught(client().threads.retrieve('thr_learningtolead', { signal: already }));
    assert.equal((early as Error).name, 'AbortError');
    assert.ok(!(early instanceof MenteoError));
  });

  it('an abort during the wait between retries passes through too', async () => {
    const unavailable = await api.data.unavailable();
    api.server.use(http.get(`${API}/v1/threads/:id`, () => unavailable.replay()));
    const controller = new AbortController();
    const slow = client({ retryDelay: { initialDelayMs: 5_000, maxDelayMs: 5_000 } });
    const pending = slow.threads.retrieve('thr_learningtolead', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const error = await caught(pending);
    assert.equal((error as Error).name, 'AbortError');
    assert.ok(!(error instanceof MenteoError));
    assert.ok(Date.now() - started < 2_000, 'the abort ended the wait');
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('7', now), 7);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:42 GMT', now), 42);
    assert.equal(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now), 0, 'a date in the past means now');
    assert.equal(parseRetryAfter(null, now), undefined);
    assert.equal(parseRetryAfter('soon', now), undefined);
  });
});
