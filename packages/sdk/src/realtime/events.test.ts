// client.events against faults the sandbox cannot produce on demand (a connection cut in
// the middle of an event, an expiring token mid-stream, 503 bursts, a silent stream),
// with msw in front of fetch. Every event, SSE byte and error answer comes from an
// in-process sandbox: fault handlers replay or cut real answers, and the connection
// after a fault is forwarded to the sandbox itself, which checks the Last-Event-ID.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import { API, SandboxData } from '../../test/support/sandbox-data.js';
import { Menteo } from '../client.js';
import { fetchSignals } from '../../test/support/fetch-signals.js';
import { APIError } from '../core/errors.js';
import type { Event, SubscribeOptions } from './events.js';

const data = new SandboxData();
/** A hung subscription fails its test instead of the whole run. */
const limit = { timeout: 15_000 };
const thread = 'thr_learningtolead';
const params = { threadIds: [thread], types: ['thread.post.created' as const] };
let start: string; // the log position before the test's posts
let events: Event[]; // the sandbox's events for those posts (JSON polling answer)
let preamble: string; // the sandbox's SSE opening (`retry:` and a comment)
let frames: string[]; // the sandbox's SSE bytes for `events`, one message each
let menteeToken: string;

interface Call {
  url: URL;
  headers: Headers;
  /** The signal the SDK gave `fetch` for this call (see fetch-signals.ts for why not the handler's `request.signal`). */
  signal: AbortSignal;
  at: number;
}
let fetched = fetchSignals();
type Responder = (request: Request) => Response | Promise<Response>;
const forward: Responder = (request) => data.forward(request);
let script: Responder[] = [];
let calls: Call[] = [];
const server = setupServer(
  http.get(`${API}/v1/events`, ({ request }) => {
    calls.push({
      url: new URL(request.url),
      headers: new Headers(request.headers),
      signal: fetched.to('/v1/events')[calls.length]!.signal!,
      at: performance.now(),
    });
    return (script.shift() ?? forward)(request);
  }),
);

/** A streamed answer of `text` in small chunks (cutting lines and UTF-8 characters), then EOF, a network error or silence. */
function sse(text: string, end: 'close' | 'error' | 'hang' = 'hang', size = 5): Response {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset < bytes.length) {
        controller.enqueue(bytes.slice(offset, offset + size));
        offset += size;
      } else if (end === 'close') controller.close();
      else if (end === 'error') controller.error(new TypeError('terminated: other side closed'));
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } });
}
/** The sandbox's own opening with a faster `retry:` (the test's reconnect delay is long, so only an honoured `retry:` is quick). */
const quickPreamble = () => preamble.replace(/^retry: \d+/, 'retry: 5');

async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
const ids = (list: { id: string }[]) => list.map((e) => e.id);
const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

function client(options: ConstructorParameters<typeof Menteo>[0] = { publishableKey: 'pk_test_demo' }) {
  return new Menteo({ ...options, baseUrl: API, fetch: fetched.fetch });
}

/** Subscribes and records what arrives. */
function record(menteo: Menteo, options: SubscribeOptions = {}) {
  const received: Event[] = [];
  const errors: unknown[] = [];
  const waits: number[] = [];
  let opens = 0;
  const sub = menteo.events.subscribe(params, (event) => received.push(event), {
    lastEventId: start,
    reconnectDelayMs: 60_000,
    onError: (error) => errors.push(error),
    onOpen: () => opens++,
    onReconnect: (delayMs) => waits.push(delayMs),
    ...options,
  });
  return { sub, received, errors, waits, opens: () => opens };
}

async function post(body: string): Promise<void> {
  const res = await data.fetch('POST', `/v1/threads/${thread}/posts`, { auth: menteeToken, body: { kind: 'milestone', body } });
  assert.equal(res.status, 201);
}

before(async () => {
  menteeToken = await data.tokenFor('demo-mentee');
  const head = await data.capture('GET', '/v1/events', { headers: { Accept: 'application/json' } });
  start = head.json<{ lastEventId: string }>().lastEventId;
  for (let i = 1; i <= 6; i++) await post(`Milestone ${i}: café ☕ → 🎉`);
  const page = await data.capture('GET', `/v1/events?after=${start}&threadIds=${thread}`, { headers: { Accept: 'application/json' } });
  events = page.json<{ data: Event[] }>().data;
  assert.equal(events.length, 6);
  // The same events as the sandbox streams them.
  const res = await data.fetch('GET', `/v1/events?threadIds=${thread}`, { headers: { Accept: 'text/event-stream', 'Last-Event-ID': start } });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let wire = '';
  while ((wire.match(/\n\n/g) ?? []).length < 7) wire += decoder.decode((await reader.read()).value, { stream: true });
  void reader.cancel();
  [preamble = '', ...frames] = wire.split(/(?<=\n\n)/);
  assert.match(preamble, /^retry: \d+\n/);
  assert.deepEqual(
    frames.map((f) => JSON.parse(/^data: (.*)$/m.exec(f)![1]!)),
    events,
  );
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  script = [];
  calls = [];
  fetched = fetchSignals();
});
afterEach(() => server.resetHandlers());
after(async () => {
  server.close();
  await data.close();
});

describe('events.subscribe (SSE over fetch)', () => {
  it('streams typed events in order with the credential, filters and Last-Event-ID', limit, async () => {
    const r = record(client());
    await until(() => r.received.length === 6, 'six events');
    r.sub.close();
    assert.equal(await r.sub.closed, undefined);
    assert.deepEqual(r.received, events);
    const first = r.received[0]!;
    // The union narrows on `type` (a type error here fails `tsc`).
    if (first.type === 'thread.post.created') assert.match(first.data.body, /Milestone 1/);
    else assert.fail(`unexpected ${first.type}`);
    const [call] = calls;
    assert.equal(calls.length, 1);
    assert.equal(call!.headers.get('accept'), 'text/event-stream');
    assert.equal(call!.headers.get('authorization'), 'Bearer pk_test_demo');
    assert.equal(call!.headers.get('last-event-id'), start);
    assert.equal(call!.url.searchParams.get('threadIds'), thread);
    assert.equal(call!.url.searchParams.get('types'), 'thread.post.created');
    assert.equal(r.sub.lastEventId, events[5]!.id);
    assert.equal(r.opens(), 1);
    assert.deepEqual(r.errors, []);
  });

  for (const end of ['close', 'error'] as const) {
    it(`resumes after a connection ${end === 'close' ? 'closed' : 'reset'} mid-event: no partial, no duplicate, no gap`, limit, async () => {
      const half = frames[3]!.slice(0, Math.floor(frames[3]!.length / 2));
      script.push(() => sse(quickPreamble() + frames.slice(0, 3).join('') + half, end));
      const r = record(client());
      await until(() => r.received.length >= 6, 'six events');
      await new Promise((resolve) => setTimeout(resolve, 30));
      r.sub.close();
      await r.sub.closed;
      assert.deepEqual(ids(r.received), ids(events));
      assert.deepEqual(r.received, events);
      assert.equal(calls.length, 2);
      assert.equal(calls[0]!.headers.get('last-event-id'), start);
      assert.equal(calls[1]!.headers.get('last-event-id'), events[2]!.id);
      assert.equal(r.opens(), 2);
      assert.deepEqual(r.errors, []);
    });
  }

  it('resumes correctly wherever the connection is cut', limit, async () => {
    const wire = quickPreamble() + frames.join('');
    const bytes = new TextEncoder().encode(wire);
    // From just after the `retry:` line, which keeps the reconnects quick.
    for (let cut = 'retry: 5\n'.length; cut < bytes.length; cut += 97) {
      calls = [];
      fetched = fetchSignals();
      // Cut by bytes, so some cuts land inside a multi-byte character.
      script = [() => sse(new TextDecoder().decode(bytes.slice(0, cut)), 'close', 64)];
      const r = record(client());
      await until(() => r.received.length >= 6, `six events (cut at ${cut})`);
      r.sub.close();
      await r.sub.closed;
      assert.deepEqual(ids(r.received), ids(events), `cut at ${cut}`);
      const delivered = frames.filter((_, i) => new TextEncoder().encode(quickPreamble() + frames.slice(0, i + 1).join('')).length <= cut).length;
      assert.equal(calls[1]!.headers.get('last-event-id'), delivered ? events[delivered - 1]!.id : start, `cut at ${cut}`);
    }
  });

  it('after 401 token_expired mid-stream, refreshes the token once and resumes', limit, async () => {
    const first = await data.tokenFor('demo-mentee');
    const second = await data.tokenFor('demo-mentee');
    let asked = 0;
    const menteo = client({ token: () => [first, second][asked++]! });
    script.push(() => {
      data.expire(first); // expires while the first connection is open; the sandbox refuses the reconnect
      return sse(quickPreamble() + frames.slice(0, 2).join(''), 'close');
    });
    const r = record(menteo);
    await until(() => r.received.length >= 6, 'six events');
    r.sub.close();
    await r.sub.closed;
    assert.deepEqual(r.received, events);
    assert.equal(asked, 2);
    assert.deepEqual(
      calls.map((c) => c.headers.get('authorization')),
      [`Bearer ${first}`, `Bearer ${first}`, `Bearer ${second}`],
    );
    assert.deepEqual(
      calls.map((c) => c.headers.get('last-event-id')),
      [start, events[1]!.id, events[1]!.id],
    );
    assert.deepEqual(r.errors, []);
  });

  it('stops with the AuthenticationError when the token cannot be refreshed', limit, async () => {
    const token = await data.tokenFor('demo-mentee');
    data.expire(token);
    const r = record(client({ token }));
    const error = await r.sub.closed;
    assert.ok(error instanceof APIError);
    assert.equal(error.status, 401);
    assert.equal(error.code, 'token_expired');
    assert.deepEqual(r.errors, [error]);
    assert.equal(calls.length, 1);
  });

  it('refreshes only once when the token function keeps returning an expired token', limit, async () => {
    const token = await data.tokenFor('demo-mentee');
    data.expire(token);
    let asked = 0;
    const r = record(
      client({
        token: () => {
          asked++;
          return token;
        },
      }),
    );
    const error = await r.sub.closed;
    assert.ok(error instanceof APIError && error.code === 'token_expired');
    assert.equal(asked, 2);
    assert.equal(calls.length, 2);
  });

  it('retries when the token function fails, then connects with its next token', limit, async () => {
    const token = await data.tokenFor('demo-mentee');
    let asked = 0;
    const r = record(client({ token: () => (asked++ === 0 ? Promise.reject(new Error('token endpoint down')) : token) }), { reconnectDelayMs: 10 });
    await until(() => r.received.length >= 6, 'six events');
    r.sub.close();
    await r.sub.closed;
    assert.deepEqual(r.received.slice(0, 6), events);
    assert.equal(asked, 2);
    assert.equal(calls[0]!.headers.get('authorization'), `Bearer ${token}`, 'no request went out without a token');
    assert.deepEqual(r.errors, []);
  });

  it('backs off exponentially through a 503 burst, then resets the backoff once connected', limit, async () => {
    const unavailable = await data.unavailable();
    for (let i = 0; i < 3; i++) script.push(() => unavailable.replay());
    // Connected (backoff reset), then dropped: the next wait is the base again.
    script.push(() => sse(frames.slice(0, 2).join(''), 'close'));
    const r = record(client(), { reconnectDelayMs: 40 });
    await until(() => r.received.length >= 6, 'six events');
    r.sub.close();
    await r.sub.closed;
    assert.deepEqual(r.received, events);
    // The waits it chose (not the gaps measured, which a busy machine stretches): jittered within
    // the upper half of 40·2^n, and after a success the backoff starts over.
    // Five attempts, four waits between them (a fifth may start as the test closes the subscription).
    const w = r.waits.slice(0, 4).map(Math.round);
    assert.equal(calls.length, 5, `waits ${r.waits.map(Math.round).join(', ')}`);
    assert.ok(w[0]! >= 20 && w[0]! <= 40 && w[1]! >= 40 && w[1]! <= 80 && w[2]! >= 80 && w[2]! <= 160, `waits ${w.join(', ')}`);
    assert.ok(w[3]! >= 20 && w[3]! <= 40, `after a success the backoff starts over: ${w.join(', ')}`);
    // And it really waited: each gap between attempts is at least the wait chosen.
    const gaps = calls.slice(1).map((c, i) => c.at - calls[i]!.at);
    assert.ok(
      gaps.every((gap, i) => gap >= w[i]! - 2),
      `gaps ${gaps.map(Math.round).join(', ')} vs waits ${w.join(', ')}`,
    );
    assert.equal(r.opens(), 2);
    assert.deepEqual(r.errors, [], 'retried failures are not reported');
  });

  it('a server `retry: 0` does not turn the reconnect backoff off', limit, async () => {
    // Five streams that end at once with `retry: 0` and no event, like a proxy that closes them.
    for (let i = 0; i < 5; i++) script.push(() => sse('retry: 0\n: connected\n\n', 'close'));
    const r = record(client());
    await until(() => r.received.length >= 6, 'six events');
    r.sub.close();
    await r.sub.closed;
    assert.deepEqual(r.received, events);
    const gaps = calls.slice(1).map((c, i) => c.at - calls[i]!.at);
    // The waits double from a floor (100 ms, jittered over the upper half): 50+, 100+, 200+, 400+, 800+ ms — not five immediate reconnects.
    const floors = [50, 100, 200, 400, 800];
    assert.ok(
      floors.every((floor, i) => gaps[i]! >= floor - 5),
      `gaps ${gaps.map(Math.round).join(', ')}`,
    );
    assert.deepEqual(r.errors, []);
  });

  it('waits out Retry-After on 429', limit, async () => {
    const limited = await data.rateLimited();
    assert.ok(limited.headers.has('retry-after'));
    script.push(() => limited.replay({ 'Retry-After': '1' }));
    const r = record(client(), { reconnectDelayMs: 5 });
    await until(() => r.received.length >= 6, 'six events');
    r.sub.close();
    await r.sub.closed;
    assert.ok(calls[1]!.at - calls[0]!.at >= 990, `waited ${calls[1]!.at - calls[0]!.at} ms`);
  });

  it('stops on a 4xx that retrying cannot fix (400 for a bad Last-Event-ID)', limit, async () => {
    const r = record(client(), { lastEventId: 'not-an-id' });
    const error = await r.sub.closed;
    assert.ok(error instanceof APIError);
    assert.equal(error.status, 400);
    assert.equal(error.code, 'invalid_parameter');
    assert.ok(error.requestId?.startsWith('req_'));
    assert.deepEqual(r.errors, [error]);
    assert.equal(calls.length, 1);
  });

  it('reopens a stream that goes silent past the heartbeat timeout', limit, async () => {
    script.push(() => sse(quickPreamble() + frames[0]!, 'hang'));
    const r = record(client(), { heartbeatTimeoutMs: 150 });
    await until(() => r.received.length >= 6, 'six events');
    r.sub.close();
    await r.sub.closed;
    assert.deepEqual(r.received, events);
    assert.equal(calls[0]!.signal.aborted, true, 'the silent connection was aborted');
    assert.equal(calls[1]!.headers.get('last-event-id'), events[0]!.id);
  });

  it('reports a throwing handler and keeps delivering', limit, async () => {
    const errors: unknown[] = [];
    const received: string[] = [];
    const sub = client().events.subscribe(
      params,
      (event) => {
        received.push(event.id);
        if (event.id === events[1]!.id) throw new Error('handler bug');
      },
      { lastEventId: start, onError: (error) => errors.push(error) },
    );
    await until(() => received.length >= 6, 'six events');
    sub.close();
    await sub.closed;
    assert.deepEqual(received, ids(events));
    assert.equal(errors.length, 1);
    assert.equal((errors[0] as Error).message, 'handler bug');
  });

  const noStream: [string, Responder][] = [
    ['the response has no readable body', () => new Response(null, { headers: { 'Content-Type': 'text/event-stream' } })],
    // A server or proxy that ignores `Accept: text/event-stream` and answers JSON.
    [
      'the answer is not an event stream',
      (request) => forward(new Request(request, { headers: { ...Object.fromEntries(request.headers), accept: 'application/json' } })),
    ],
  ];
  for (const [when, responder] of noStream) {
    it(`falls back to polling when ${when}`, limit, async () => {
      script.push(responder);
      const r = record(client(), { pollIntervalMs: 20 });
      await until(() => r.received.length >= 6, 'six events');
      await new Promise((resolve) => setTimeout(resolve, 50));
      r.sub.close();
      await r.sub.closed;
      assert.deepEqual(r.received, events);
      assert.equal(calls[1]!.headers.get('accept'), 'application/json');
      assert.equal(calls[1]!.url.searchParams.get('after'), start);
      assert.ok(calls.length >= 3, 'kept polling');
      assert.deepEqual(r.errors, []);
    });
  }
});

describe('closing', () => {
  it('close() aborts the open connection and leaves no timer behind', limit, async () => {
    const before = timers();
    script.push(() => sse(quickPreamble() + frames[0]!, 'hang'));
    const r = record(client());
    await until(() => r.received.length === 1, 'one event');
    r.sub.close();
    assert.equal(await r.sub.closed, undefined);
    assert.equal(calls[0]!.signal.aborted, true);
    assert.equal(timers(), before);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(calls.length, 1, 'no reconnect after close');
  });

  it('close() from the handler stops the rest of the chunk', limit, async () => {
    script.push(() => sse(frames.join(''), 'hang', 1 << 20)); // every event in one chunk
    const received: Event[] = [];
    const sub = client().events.subscribe(params, (event) => {
      received.push(event);
      if (received.length === 2) sub.close();
    });
    await sub.closed;
    assert.deepEqual(received, events.slice(0, 2));
    assert.equal(sub.lastEventId, events[1]!.id);
  });

  it('aborting the signal during a backoff wait ends at once, without timers', limit, async () => {
    const before = timers();
    const unavailable = await data.unavailable();
    script.push(() => unavailable.replay());
    const controller = new AbortController();
    const r = record(client(), { signal: controller.signal, reconnectDelayMs: 60_000 });
    await until(() => calls.length === 1, 'the first attempt');
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = performance.now();
    controller.abort();
    assert.equal(await r.sub.closed, undefined);
    assert.ok(performance.now() - started < 100);
    assert.equal(timers(), before);
  });

  it('aborting the signal cancels a request still in flight', limit, async () => {
    let release = () => {};
    script.push(async (request) => {
      await new Promise<void>((resolve) => (release = resolve));
      return forward(request);
    });
    const controller = new AbortController();
    const r = record(client(), { signal: controller.signal });
    await until(() => calls.length === 1, 'the request');
    controller.abort();
    assert.equal(await r.sub.closed, undefined);
    assert.equal(calls[0]!.signal.aborted, true);
    release();
    assert.deepEqual(r.received, []);
  });

  it('an already aborted signal never connects', limit, async () => {
    const controller = new AbortController();
    controller.abort();
    const r = record(client(), { signal: controller.signal });
    assert.equal(await r.sub.closed, undefined);
    assert.equal(calls.length, 0);
  });
});

describe('events.stream', () => {
  it('yields in order; break closes the connection', limit, async () => {
    const before = timers();
    const seen: string[] = [];
    for await (const event of client().events.stream(params, { lastEventId: start })) {
      seen.push(event.id);
      if (seen.length === 4) break;
    }
    assert.deepEqual(seen, ids(events).slice(0, 4));
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.signal.aborted, true);
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(timers(), before);
  });

  it('throws the error that ends the subscription', limit, async () => {
    const seen: string[] = [];
    await assert.rejects(
      async () => {
        for await (const event of client().events.stream(params, { lastEventId: 'nope' })) seen.push(event.id);
      },
      (error) => error instanceof APIError && error.status === 400,
    );
    assert.deepEqual(seen, []);
  });

  it('ends quietly when its signal aborts', limit, async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const event of client().events.stream(params, { lastEventId: start, signal: controller.signal })) {
      seen.push(event.id);
      if (seen.length === 2) controller.abort();
    }
    assert.deepEqual(seen.slice(0, 2), ids(events).slice(0, 2));
    assert.equal(calls[0]!.signal.aborted, true);
  });
});

describe('polling transport', () => {
  it('delivers pages in order and advances `after`, picking up new events', limit, async () => {
    const r = record(client(), { transport: 'poll', pollIntervalMs: 20 });
    await until(() => r.received.length >= 6, 'six events');
    assert.deepEqual(r.received, events);
    await post('Polled milestone');
    await post('Polled milestone 2');
    const page = await data.capture('GET', `/v1/events?after=${events[5]!.id}&threadIds=${thread}`, { headers: { Accept: 'application/json' } });
    const more = page.json<{ data: Event[] }>().data;
    assert.equal(more.length, 2);
    await until(() => r.received.length >= 8, 'the new events');
    await new Promise((resolve) => setTimeout(resolve, 50));
    r.sub.close();
    await r.sub.closed;
    assert.deepEqual(r.received, [...events, ...more]);
    assert.ok(calls.every((c) => c.headers.get('accept') === 'application/json' && !c.headers.has('last-event-id')));
    const afters = calls.map((c) => c.url.searchParams.get('after'));
    assert.equal(afters[0], start);
    assert.equal(afters[1], events[5]!.id);
    assert.equal(afters.at(-1), more[1]!.id);
    assert.deepEqual(
      [...afters].sort((a, b) => Number(a) - Number(b)),
      afters,
      'after never goes back',
    );
    assert.equal(r.opens(), 1);
  });

  it('without lastEventId starts from now', limit, async () => {
    const r = record(client(), { transport: 'poll', pollIntervalMs: 20, lastEventId: undefined });
    await until(() => calls.length >= 2, 'two polls');
    r.sub.close();
    await r.sub.closed;
    assert.equal(calls[0]!.url.searchParams.has('after'), false);
    assert.ok(Number(calls[1]!.url.searchParams.get('after')) >= Number(events[5]!.id));
    assert.deepEqual(r.received, []);
  });

  it('retries a failed poll with backoff and refreshes an expired token', limit, async () => {
    const first = await data.tokenFor('demo-mentee');
    const second = await data.tokenFor('demo-mentee');
    data.expire(first);
    let asked = 0;
    const unavailable = await data.unavailable();
    script.push(() => unavailable.replay());
    const r = record(client({ token: () => [first, second][asked++]! }), { transport: 'poll', pollIntervalMs: 20, reconnectDelayMs: 10 });
    await until(() => r.received.length >= 6, 'six events');
    r.sub.close();
    await r.sub.closed;
    assert.deepEqual(r.received.slice(0, 6), events);
    assert.equal(asked, 2);
    assert.equal(calls[1]!.headers.get('authorization'), `Bearer ${first}`);
    assert.equal(calls[2]!.headers.get('authorization'), `Bearer ${second}`);
  });
});
