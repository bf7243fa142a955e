// The one recording and replay, end to end in Node: an in-process sandbox recorded, its
// answers replayed by msw as they were, held back, or turned into failures that keep the
// sandbox's request id and problem document; a recording answers by the request key rule.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { createSandbox } from '@menteo/sandbox';
import { testClock } from '@menteo/sandbox/testing';
import { setupServer } from 'msw/node';
import { answerResponse, record, replay, requestKey, type Recording, type SandboxSource } from '../src/index.js';

const API = 'https://api.menteo.test';
const headers = { authorization: 'Bearer pk_test_demo' };
const sandbox = createSandbox({ db: ':memory:', mentors: 50, log: () => {}, rateLimit: { limit: 0, windowSeconds: 60 }, now: testClock() });
const source: SandboxSource = { app: sandbox.app };
const server = setupServer();

before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(async () => {
  server.close();
  await sandbox.close();
});

describe('requestKey', () => {
  it('sorts and decodes the query, and writes the moment parameters of their paths as *', () => {
    assert.equal(requestKey('get', new URL(`${API}/v1/mentors?limit=1&ids=men_a%2Cmen_b`)), 'GET /v1/mentors?ids=men_a,men_b&limit=1');
    assert.equal(
      requestKey('GET', new URL(`${API}/v1/rooms/room_a/sessions?status=accepted&from=2026-01-01T00%3A00%3A00.000Z`)),
      'GET /v1/rooms/room_a/sessions?from=*&status=accepted',
    );
    assert.equal(requestKey('GET', new URL(`${API}/v1/mentors?from=x`)), 'GET /v1/mentors?from=x', 'only on the paths that name them');
  });
});

describe('record and replay', () => {
  it('records an answer as the sandbox sent it and replays it unchanged', async () => {
    const answer = await record(source, new Request(`${API}/v1/mentors/men_demomentor`, { headers }));
    assert.equal(answer.key, 'GET /v1/mentors/men_demomentor');
    assert.equal(answer.status, 200);
    assert.match(answer.headers['x-request-id'] ?? '', /^req_/);
    const replayed = answerResponse(answer);
    assert.equal(replayed.headers.get('x-request-id'), answer.headers['x-request-id']);
    assert.deepEqual(await replayed.json(), JSON.parse(answer.body));
  });

  it('turns a read into a failure that keeps the request id of the real answer and the sandbox problem shape', async () => {
    const down = replay('GET', `${API}/v1/mentors/:id`, source, { status: 503, retryAfter: 2 });
    server.use(down.handler);
    const response = await fetch(`${API}/v1/mentors/men_demomentor`, { headers });
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('retry-after'), '2');
    const problem = (await response.json()) as Record<string, unknown>;
    assert.equal(problem.code, 'service_unavailable');
    assert.equal(problem.instance, '/v1/mentors/men_demomentor');
    assert.equal(problem.requestId, response.headers.get('x-request-id'));
    assert.deepEqual(down.requestIds, [response.headers.get('x-request-id')]);
    // The sandbox's own problem document underneath: every field it writes is still there.
    const notFound = (await record(source, new Request(`${API}/v1/mentors/men_nobody`, { headers }))).body;
    assert.deepEqual(Object.keys(problem).sort(), Object.keys(JSON.parse(notFound) as object).sort());
  });

  it('holds an answer back until released', async () => {
    const slow = replay('GET', `${API}/v1/mentors/:id`, source, { delayMs: 600_000 });
    server.use(slow.handler);
    let settled = false;
    const pending = fetch(`${API}/v1/mentors/men_demomentor`, { headers }).then((response) => {
      settled = true;
      return response;
    });
    while (slow.requestIds.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(settled, false);
    slow.release();
    assert.equal((await pending).status, 200);
  });

  it('answers from a recording by key, on another day too, and says what it has no answer for', async () => {
    const sessions = new Request(`${API}/v1/rooms/room_x/sessions?from=2026-12-01T08%3A00%3A00.000Z`, { headers });
    const recording: Recording = {
      baseUrl: API,
      recordedAt: testClock()().toISOString(),
      answers: [{ ...(await record(source, sessions)), key: requestKey('GET', new URL(sessions.url)) }],
    };
    server.use(replay('ALL', `${API}/*`, recording).handler);
    const later = await fetch(`${API}/v1/rooms/room_x/sessions?from=2027-03-01T08%3A00%3A00.000Z`, { headers });
    assert.equal(later.status, recording.answers[0]?.status);
    assert.equal(later.headers.get('x-request-id'), recording.answers[0]?.headers['x-request-id']);
    const missing = await fetch(`${API}/v1/mentors/men_demomentor`, { headers });
    assert.equal(missing.status, 404);
    assert.match(((await missing.json()) as { detail: string }).detail, /No answer was recorded for GET \/v1\/mentors\/men_demomentor/);
  });
});
