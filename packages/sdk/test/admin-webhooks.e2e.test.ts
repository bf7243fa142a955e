// `client.admin.webhookEndpoints` (issue #14) end to end: a real sandbox delivers to a node:http
// receiver registered through the SDK; the SDK's `verify` accepts a delivery signed during a
// secret rotation with the old secret alone or the new one alone, and only the new one once the
// window (24 h of sandbox time) is over; a failed delivery is listed and sent again.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { Menteo } from '../src/client.js';
import { NotFoundError, PermissionDeniedError, UnprocessableEntityError } from '../src/core/errors.js';
import { unwrap, verify, WebhookVerificationError } from '../src/webhooks/index.js';
import { contractChecks } from './support/contract-hooks.js';

interface Received {
  path: string;
  rawBody: Buffer;
  headers: IncomingHttpHeaders;
}

let s: TestSandbox;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
let answer = 204;
const checks = contractChecks();
let acme: Menteo;

const options = () => ({ baseUrl: s.url, hooks: checks.hooks, retryDelay: { initialDelayMs: 1, maxDelayMs: 5 } });

before(async () => {
  receiver = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received.push({ path: req.url ?? '/', rawBody: Buffer.concat(chunks), headers: req.headers });
    res.writeHead(answer).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  s = await startSandbox({ webhookRetryDelaysMs: [10] });
  acme = new Menteo({ secretKey: 'sk_test_acme', ...options() });
});
after(async () => {
  await s?.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
afterEach(() => assert.deepEqual(checks.violations.splice(0), [], 'every answer matches the contract'));

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Triggers an event for org_acme's employee; resolves with what the receiver got at `path` for it. */
async function deliveryOf(path: string): Promise<Received> {
  const res = await s.request<{ id: string }>('POST', '/v1/sandbox/events', {
    auth: 'sk_test_acme',
    body: { type: 'room.updated', userIds: ['usr_acmeemployee'] },
  });
  assert.equal(res.status, 201, res.text);
  const event = res.body;
  const match = (r: Received) => r.path === path && r.headers['webhook-id'] === `evt_${event.id}`;
  await until(() => received.some(match), `evt_${event.id} at ${path}`);
  return received.find(match) as Received;
}

describe('client.admin.webhookEndpoints', () => {
  it('registers an endpoint whose deliveries verify with either secret during a rotation, then only the new one', async () => {
    s.setNow(new Date(Math.floor(s.now().getTime() / 1000) * 1000));
    const endpoint = await acme.admin.webhookEndpoints.create({ url: `${receiverUrl}/rotating`, description: 'SDK test' });
    const before = await deliveryOf('/rotating');
    const event = await unwrap(before.rawBody, before.headers, endpoint.secret);
    assert.equal(event.type, 'room.updated');

    const rotated = await acme.admin.webhookEndpoints.rotateSecret(endpoint.id);
    assert.ok(rotated.previousSecretExpiresAt);
    const during = await deliveryOf('/rotating');
    await verify(during.rawBody, during.headers, endpoint.secret);
    await verify(during.rawBody, during.headers, rotated.secret);
    await verify(during.rawBody, during.headers, [rotated.secret, endpoint.secret]);

    s.setNow(new Date(Date.parse(rotated.previousSecretExpiresAt ?? '') + 1000));
    const afterWindow = await deliveryOf('/rotating');
    await verify(afterWindow.rawBody, afterWindow.headers, rotated.secret);
    await assert.rejects(verify(afterWindow.rawBody, afterWindow.headers, endpoint.secret), WebhookVerificationError);
    assert.equal((await acme.admin.webhookEndpoints.retrieve(endpoint.id)).previousSecretExpiresAt, null);
  });

  it('lists a failed delivery and sends it again', async () => {
    answer = 500;
    const endpoint = await acme.admin.webhookEndpoints.create({ url: `${receiverUrl}/flaky` });
    await deliveryOf('/flaky');
    await until(async () => (await acme.admin.webhookEndpoints.deliveries(endpoint.id, { status: 'failed' })).data.length === 1, 'the delivery failed');
    const { data } = await acme.admin.webhookEndpoints.deliveries(endpoint.id, { status: 'failed' });
    const failed = data[0];
    assert.equal(failed?.responseStatus, 500);
    assert.equal(failed?.attempts, 2);

    answer = 204;
    const queued = await acme.admin.webhookEndpoints.redeliver(endpoint.id, failed?.id ?? '');
    assert.equal(queued.status, 'pending');
    await until(async () => (await acme.admin.webhookEndpoints.deliveries(endpoint.id, { status: 'succeeded' })).data.length === 1, 'the redelivery succeeded');
    const listed: string[] = [];
    for await (const one of acme.admin.webhookEndpoints.list({ limit: 1 })) listed.push(one.id);
    assert.ok(listed.includes(endpoint.id));
    assert.equal((await acme.admin.webhookEndpoints.disable(endpoint.id)).enabled, false);
  });

  it('refuses a bad URL, another organization, a publishable key and an unknown delivery', async () => {
    await assert.rejects(
      acme.admin.webhookEndpoints.create({ url: 'http://hooks.acme.example/menteo' }),
      (error: unknown) => error instanceof UnprocessableEntityError && '/url' in error.fieldErrors,
    );
    const endpoint = await acme.admin.webhookEndpoints.create({ url: `${receiverUrl}/private` });
    const demo = new Menteo({ secretKey: 'sk_test_demo', ...options() });
    await assert.rejects(demo.admin.webhookEndpoints.retrieve(endpoint.id), NotFoundError);
    const page = new Menteo({ publishableKey: 'pk_test_acme', ...options() });
    await assert.rejects(async () => page.admin.webhookEndpoints.list(), PermissionDeniedError);
    await assert.rejects(acme.admin.webhookEndpoints.redeliver(endpoint.id, 'whd_nosuchdelivery'), NotFoundError);
  });
});
