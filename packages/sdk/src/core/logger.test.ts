// What the SDK tells a logger and the API about itself: a debug line per answer, a warning per
// retry and per failure (never a credential), the `Menteo-SDK: ts/<version>` header on every
// request, and client-wide headers. Faults are real sandbox answers replayed by msw.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { http } from 'msw';
import { fast, mockApi } from '../../test/support/mock-api.js';
import { API } from '../../test/support/sandbox-data.js';
import { Menteo } from '../client.js';
import { NotFoundError } from './errors.js';
import { sdkVersion } from './version.js';

const api = mockApi();

/** A logger that keeps its lines, by level. */
function recording() {
  const lines: { level: 'debug' | 'warn'; line: string }[] = [];
  return { lines, logger: { debug: (line: string) => lines.push({ level: 'debug', line }), warn: (line: string) => lines.push({ level: 'warn', line }) } };
}

describe('the logger', () => {
  it('warns of each retry with the status and request id, then logs the answer', async () => {
    const unavailable = await api.data.unavailable();
    let attempt = 0;
    api.server.use(http.get(`${API}/v1/threads/thr_learningtolead`, ({ request }) => (attempt++ < 2 ? unavailable.replay() : api.data.forward(request))));
    const { lines, logger } = recording();
    const client = new Menteo({ publishableKey: 'pk_test_demo', ...fast, logger });
    await client.threads.retrieve('thr_learningtolead');
    assert.deepEqual(
      lines.map((l) => [l.level, l.line.replace(/req_\S+/, 'req_…').replace(/\d+ms$/, 'ms')]),
      [
        ['warn', 'menteo GET /v1/threads/thr_learningtolead retry 1 after 503 req_…'],
        ['warn', 'menteo GET /v1/threads/thr_learningtolead retry 2 after 503 req_…'],
        ['debug', 'menteo GET /v1/threads/thr_learningtolead 200 req_… ms'],
      ],
    );
  });

  it('warns of a failure with its status, code and request id, and of a lost connection by kind', async () => {
    const { lines, logger } = recording();
    const client = new Menteo({ publishableKey: 'pk_test_demo', ...fast, logger, maxRetries: 0 });
    const missing = await client.threads.retrieve('thr_doesnotexist1').catch((error: unknown) => error);
    assert.ok(missing instanceof NotFoundError);
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.level, 'warn');
    assert.match(lines[0]!.line, new RegExp(`^menteo GET /v1/threads/thr_doesnotexist1 failed: 404 not_found ${missing.requestId} \\d+ms$`));

    api.server.use(http.get(`${API}/v1/threads/thr_learningtolead`, () => Response.error(), { once: true }));
    await client.threads.retrieve('thr_learningtolead').catch(() => {});
    assert.match(lines.at(-1)!.line, /^menteo GET \/v1\/threads\/thr_learningtolead failed: APIConnectionError \d+ms$/);
  });

  it('says nothing of a call its caller aborted', async () => {
    const { lines, logger } = recording();
    const client = new Menteo({ publishableKey: 'pk_test_demo', ...fast, logger });
    const controller = new AbortController();
    controller.abort();
    await client.threads.retrieve('thr_learningtolead', { signal: controller.signal }).catch(() => {});
    assert.deepEqual(lines, []);
  });
});

describe('request headers', () => {
  it('every request says which SDK sent it, the version being package.json’s', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    assert.equal(sdkVersion, manifest.version, 'src/core/version.ts is not the package version');
    const client = new Menteo({ publishableKey: 'pk_test_demo', ...fast });
    await client.threads.retrieve('thr_learningtolead');
    assert.equal(api.callsTo('/v1/threads/thr_learningtolead').at(-1)!.headers.get('menteo-sdk'), `ts/${manifest.version}`);
  });

  it('sends the client’s headers with every request, a call’s own winning, never over Authorization', async () => {
    const client = new Menteo({
      publishableKey: 'pk_test_demo',
      ...fast,
      headers: { 'X-Trace': 'client', 'X-Team': 'growth', Authorization: 'Bearer stolen' },
    });
    await client.threads.retrieve('thr_learningtolead', { headers: { 'X-Trace': 'call' } });
    const sent = api.callsTo('/v1/threads/thr_learningtolead').at(-1)!.headers;
    assert.equal(sent.get('x-trace'), 'call');
    assert.equal(sent.get('x-team'), 'growth');
    assert.equal(sent.get('authorization'), 'Bearer pk_test_demo');
  });
});
