// `client.sandbox.clock` (issue #11) against a real sandbox over HTTP: it moves the sandbox's
// clock forward (a duration or an instant), the refusals come back as typed errors, and a
// client without the secret key never sends it. The harness's clock is frozen, so every
// reading is exact. Every answer is also checked against the contract.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { Menteo } from '../src/client.js';
import { MenteoError, UnprocessableEntityError } from '../src/core/errors.js';
import { contractChecks } from './support/contract-hooks.js';

let s: TestSandbox;
let server: Menteo;
const checks = contractChecks();
const hour = 3_600_000;

before(async () => {
  s = await startSandbox();
  s.setNow(new Date(Math.floor(s.now().getTime() / 1000) * 1000));
  server = new Menteo({ secretKey: 'sk_test_demo', baseUrl: s.url, hooks: checks.hooks });
});
afterEach(() => assert.deepEqual(checks.violations, []));
after(() => s.close());

describe('client.sandbox.clock', () => {
  it('advances by a duration and moves to an instant: the sandbox reads the new now', async () => {
    const start = s.sandbox.now().getTime();
    const advanced = await server.sandbox.clock.advance('PT2H');
    assert.equal(advanced.now, new Date(start + 2 * hour).toISOString());
    const to = new Date(start + 30 * hour).toISOString();
    assert.equal((await server.sandbox.clock.move({ to })).now, to);
    assert.equal(s.sandbox.now().toISOString(), to);
  });

  it('refuses to go back with a typed error naming /to, and moves nothing', async () => {
    const at = s.sandbox.now();
    const refused = await server.sandbox.clock.move({ to: new Date(at.getTime() - 1000).toISOString() }).catch((error: unknown) => error);
    assert.ok(refused instanceof UnprocessableEntityError, String(refused));
    assert.deepEqual(Object.keys(refused.fieldErrors), ['/to']);
    assert.equal(s.sandbox.now().toISOString(), at.toISOString());
  });

  it('needs the secret key: a page’s client does not send it', async () => {
    const page = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: s.url, hooks: checks.hooks });
    const sent = checks.requests.length;
    await assert.rejects(page.sandbox.clock.advance('PT1H'), MenteoError);
    assert.equal(checks.requests.length, sent, 'nothing was sent');
  });
});
