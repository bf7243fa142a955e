// The transport on its own, over a scripted `fetch` (no network): the hooks are called as ky
// called them, a JSON body is sent whole on every attempt, a slow attempt times out even when
// `fetch` ignores its abort, and the caller's abort ends everything without a retry. What it is
// for (a page's bundle carries this loop, not ky's) is checked in test/tree-shaking.test.ts.
// Retry policy over real answers (which statuses, Retry-After) is in retries.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HTTPError, send, TimeoutError, type Hooks, type TransportOptions, type TransportRequest } from './transport.js';

/** A `fetch` that answers each call with the next of `answers` and remembers what it was sent. */
function scripted(...answers: ((request: Request) => Response | Promise<Response>)[]) {
  const sent: { request: Request; body: string }[] = [];
  const fetchFn = (async (input: RequestInfo | URL) => {
    const request = input as Request;
    sent.push({ request, body: await request.clone().text() });
    const answer = answers[sent.length - 1];
    if (!answer) throw new Error(`no answer scripted for call ${sent.length}`);
    return answer(request);
  }) as typeof fetch;
  return { fetchFn, sent };
}

const request = (overrides: Partial<TransportRequest> = {}): TransportRequest => ({
  url: 'https://api.test/v1/things',
  method: 'POST',
  headers: { Authorization: 'Bearer pk_test_demo' },
  json: { name: 'thing' },
  timeout: 5_000,
  retries: 2,
  ...overrides,
});
const options = (fetchFn: typeof fetch, hooks: Hooks = {}, retryDelay: TransportOptions['retryDelay'] = () => 0): TransportOptions => ({
  fetch: fetchFn,
  hooks,
  retryDelay,
});
const status =
  (code: number, body = '') =>
  () =>
    new Response(body || null, { status: code });
/** A `fetch` answer that never comes and ignores its abort signal. */
const never = () => new Promise<Response>(() => {});

describe('transport', () => {
  it('sends the JSON body whole on every attempt, as application/json', async () => {
    const { fetchFn, sent } = scripted(status(503), () => Response.json({ ok: true }));
    const response = await send(options(fetchFn), request());
    assert.deepEqual(await response.json(), { ok: true });
    assert.equal(sent.length, 2);
    for (const { request: sentRequest, body } of sent) {
      assert.equal(body, '{"name":"thing"}');
      assert.equal(sentRequest.headers.get('content-type'), 'application/json');
      assert.equal(sentRequest.headers.get('authorization'), 'Bearer pk_test_demo');
      assert.equal(sentRequest.method, 'POST');
    }
  });

  it('calls the hooks as ky did: beforeRequest per attempt, afterResponse with a clone, beforeError, then beforeRetry', async () => {
    const calls: string[] = [];
    const { fetchFn } = scripted(status(500, 'first'), () => new Response('second'));
    const hooks: Hooks = {
      beforeRequest: [(_request, _options, { retryCount }) => void calls.push(`beforeRequest ${retryCount}`)],
      afterResponse: [
        async (_request, hookOptions, response, { retryCount }) => {
          calls.push(`afterResponse ${retryCount} ${response.status} ${await response.text()} (limit ${hookOptions.retry.limit})`);
        },
      ],
      beforeError: [
        (error, { retryCount }) => {
          calls.push(`beforeError ${retryCount} ${error.response.status}`);
          return error;
        },
      ],
      beforeRetry: [({ error, retryCount }) => void calls.push(`beforeRetry ${retryCount} ${error instanceof HTTPError ? error.response.status : error.name}`)],
    };
    const response = await send(options(fetchFn, hooks), request({ method: 'GET', json: undefined }));
    assert.equal(await response.text(), 'second', 'the hooks read clones: the answer is still unread');
    assert.deepEqual(calls, [
      'beforeRequest 0',
      'afterResponse 0 500 first (limit 2)',
      'beforeError 0 500',
      'beforeRetry 1 500',
      'beforeRequest 1',
      'afterResponse 1 200 second (limit 2)',
    ]);
  });

  it('uses what hooks return: a Response from beforeRequest instead of sending, a Response from afterResponse instead of the answer', async () => {
    const { fetchFn, sent } = scripted(status(304));
    const cached: Hooks = { beforeRequest: [() => new Response('from the hook')] };
    assert.equal(await (await send(options(fetchFn, cached), request())).text(), 'from the hook');
    assert.equal(sent.length, 0, 'nothing was sent');

    // What the ETag cache does: a 304 becomes the remembered 200 before the status is judged.
    const revalidated: Hooks = { afterResponse: [(_request, _options, response) => (response.status === 304 ? new Response('remembered') : undefined)] };
    const response = await send(options(fetchFn, revalidated), request({ method: 'GET', json: undefined }));
    assert.equal(response.status, 200);
    assert.equal(await response.text(), 'remembered');
  });

  it('an error status rejects with an HTTPError (what beforeError returns) once retryDelay gives up', async () => {
    const { fetchFn, sent } = scripted(status(409), status(409));
    const delays: number[] = [];
    const giveUpAfterOne: TransportOptions['retryDelay'] = (_error, retryCount) => {
      delays.push(retryCount);
      return retryCount < 2 ? 0 : undefined;
    };
    const hooks: Hooks = { beforeError: [(error) => Object.assign(error, { note: 'seen' })] };
    await assert.rejects(send(options(fetchFn, hooks, giveUpAfterOne), request()), (error: unknown) => {
      assert.ok(error instanceof HTTPError);
      assert.equal(error.response.status, 409);
      assert.equal((error as HTTPError & { note?: string }).note, 'seen');
      assert.match(error.message, /^Request failed with status code 409: POST https:\/\/api\.test\/v1\/things$/);
      return true;
    });
    assert.deepEqual(delays, [1, 2]);
    assert.equal(sent.length, 2);
  });

  it('retries at most `retries` times, without asking retryDelay past them', async () => {
    const { fetchFn, sent } = scripted(status(503), status(503), status(503));
    let asked = 0;
    await assert.rejects(
      send(
        options(fetchFn, {}, () => {
          asked++;
          return 0;
        }),
        request({ retries: 1 }),
      ),
      HTTPError,
    );
    assert.equal(sent.length, 2);
    assert.equal(asked, 1);
  });

  it('a slow attempt rejects with a TimeoutError even if fetch ignores the abort, and its signal is aborted', async () => {
    const { fetchFn, sent } = scripted(never);
    const error = await send(
      options(fetchFn, {}, () => undefined),
      request({ timeout: 10 }),
    ).catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.match(error.message, /^Request timed out: POST https:\/\/api\.test\/v1\/things$/);
    assert.equal(sent[0]?.request.signal.aborted, true);
  });

  it("the caller's abort rejects with its reason and is never retried, during an attempt or a wait", async () => {
    const during = scripted(never);
    const controller = new AbortController();
    const pending = send(options(during.fetchFn), request({ signal: controller.signal }));
    await waitFor(() => during.sent.length === 1);
    controller.abort(new DOMException('stop', 'AbortError'));
    await assert.rejects(pending, { name: 'AbortError', message: 'stop' });
    assert.equal(during.sent.length, 1);
    assert.equal(during.sent[0]?.request.signal.aborted, true, "the attempt's own signal follows the caller's");

    const waiting = scripted(status(503));
    const later = new AbortController();
    const inWait = send(
      options(waiting.fetchFn, {}, () => 60_000),
      request({ signal: later.signal }),
    );
    await waitFor(() => waiting.sent.length === 1);
    later.abort(new DOMException('stop waiting', 'AbortError'));
    await assert.rejects(inWait, { name: 'AbortError', message: 'stop waiting' });

    const already = scripted();
    await assert.rejects(send(options(already.fetchFn), request({ signal: AbortSignal.abort() })), { name: 'AbortError' });
    assert.equal(already.sent.length, 0, 'an aborted call sends nothing');
  });
});

/** Resolves once `condition` holds, checking on each turn of the event loop. */
async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
