// The organization's webhook endpoints (#14): a secret key registers an endpoint, a real HTTP
// receiver gets the organization's events signed with its secret, a rotation keeps the old secret
// valid for 24 hours on the sandbox's clock (two signatures meanwhile), failed deliveries are
// listed and can be sent again; nobody else's endpoints or events are reachable.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { components } from '@menteo/api';
import { demo } from '../src/demo.js';
import { startReceiver, until, verify, type Delivery, type Receiver } from './core/webhook-receiver.js';
import { startSandbox, type TestSandbox } from './support/harness.js';

type Schemas = components['schemas'];
type Endpoint = Schemas['WebhookEndpoint'];
type Problem = Schemas['Problem'];
type WireEvent = { id: string; type: string };

let s: TestSandbox;
let receiver: Receiver;
// What the receiver answers, by path: 204 unless a test says otherwise.
const answers = new Map<string, number>();
const acme = demo.keys.acmeSecret;

before(async () => {
  receiver = await startReceiver((path) => answers.get(path) ?? 204);
  s = await startSandbox({ webhookRetryDelaysMs: [20, 20] });
});
after(async () => {
  await s?.close();
  await receiver?.close();
});

async function register(path: string, fields: Record<string, unknown> = {}, auth: string = acme): Promise<Endpoint> {
  const res = await s.request<Endpoint>('POST', '/v1/org/webhook-endpoints', { auth, body: { url: `${receiver.url}${path}`, ...fields } });
  assert.equal(res.status, 201, res.text);
  return res.body;
}

/** An event for one person of the key's organization (the sandbox's trigger). */
async function trigger(type: string, auth: string = acme, userId: string = demo.users.acmeEmployee.id): Promise<string> {
  const res = await s.request<{ id: string }>('POST', '/v1/sandbox/events', { auth, body: { type, userIds: [userId] } });
  assert.equal(res.status, 201, res.text);
  return `evt_${res.body.id}`;
}

const at = (path: string, eventId: string) => (d: Delivery) => d.path === path && d.headers['webhook-id'] === eventId;

async function delivered(path: string, eventId: string): Promise<Delivery> {
  await until(() => receiver.deliveries.some(at(path, eventId)), `${eventId} reaches ${path}`);
  return receiver.deliveries.find(at(path, eventId)) as Delivery;
}

async function deliveries(endpointId: string, auth: string = acme): Promise<Schemas['WebhookDelivery'][]> {
  const res = await s.request<Schemas['WebhookDeliveryList']>('GET', `/v1/org/webhook-endpoints/${endpointId}/deliveries`, { auth, query: { limit: 100 } });
  assert.equal(res.status, 200, res.text);
  return res.body.data;
}

describe('webhook endpoints: delivery', () => {
  it("delivers the organization's events, signed with the endpoint's secret, filtered by type, and records each", async () => {
    const all = await register('/all');
    assert.match(all.secret, /^whsec_/);
    assert.equal(all.enabledEvents, null);
    const rooms = await register('/rooms', { enabledEvents: ['room.updated'], description: 'rooms only' });
    const message = await trigger('room.message.created');
    const update = await trigger('room.updated');

    const got = await delivered('/all', message);
    assert.equal(verify<WireEvent>(all.secret, got).type, 'room.message.created');
    assert.throws(() => verify(rooms.secret, got), 'one endpoint cannot verify with another endpoint’s secret');
    assert.equal(verify<WireEvent>(rooms.secret, await delivered('/rooms', update)).type, 'room.updated');
    await delivered('/all', update);
    await until(() => deliveriesRecorded(all.id, 2), 'both deliveries recorded');
    assert.ok(!receiver.deliveries.some(at('/rooms', message)), 'the filter keeps room.message.created out');
    assert.deepEqual(
      (await deliveries(rooms.id)).map((d) => d.eventId),
      [update],
    );
    const [latest, first] = await deliveries(all.id);
    assert.deepEqual([latest?.eventId, first?.eventId], [update, message]);
    assert.equal(first?.status, 'succeeded');
    assert.equal(first?.attempts, 1);
    assert.equal(first?.responseStatus, 204);
    assert.ok(first?.deliveredAt);
  });

  it('rotates a secret: both secrets verify for 24 hours of sandbox time, then only the new one', async () => {
    // The sandbox's clock, frozen: the window is measured on it.
    s.setNow(new Date(Math.floor(s.now().getTime() / 1000) * 1000));
    const endpoint = await register('/rotating');
    const rotated = await s.request<Endpoint>('POST', `/v1/org/webhook-endpoints/${endpoint.id}/rotate-secret`, { auth: acme });
    assert.equal(rotated.status, 200, rotated.text);
    assert.notEqual(rotated.body.secret, endpoint.secret);
    assert.equal(rotated.body.previousSecretExpiresAt, new Date(s.now().getTime() + 24 * 3_600_000).toISOString());

    const during = await delivered('/rotating', await trigger('room.updated'));
    assert.equal(during.headers['webhook-signature']?.split(' ').length, 2);
    assert.equal(verify<WireEvent>(endpoint.secret, during).type, 'room.updated', 'the old secret still verifies');
    assert.equal(verify<WireEvent>(rotated.body.secret, during).type, 'room.updated', 'the new secret verifies');

    s.setNow(new Date(s.now().getTime() + 24 * 3_600_000 + 1000));
    const later = await delivered('/rotating', await trigger('room.updated'));
    assert.equal(later.headers['webhook-signature']?.split(' ').length, 1);
    assert.equal(verify<WireEvent>(rotated.body.secret, later).type, 'room.updated');
    assert.throws(() => verify(endpoint.secret, later), 'the old secret no longer verifies');
    const read = await s.request<Endpoint>('GET', `/v1/org/webhook-endpoints/${endpoint.id}`, { auth: acme });
    assert.equal(read.body.previousSecretExpiresAt, null);
  });

  it('lists a failed delivery with its attempts and response code, and sends it again on request', async () => {
    answers.set('/flaky', 500);
    const endpoint = await register('/flaky');
    const eventId = await trigger('session.updated');
    await until(() => failed(endpoint.id), 'the delivery fails after its retries');
    const [failure] = await deliveries(endpoint.id);
    assert.equal(failure?.status, 'failed');
    assert.equal(failure?.attempts, 3, 'one attempt and two retries');
    assert.equal(failure?.responseStatus, 500);
    assert.equal(failure?.nextAttemptAt, null);

    answers.set('/flaky', 204);
    const again = await s.request<Schemas['WebhookDelivery']>('POST', `/v1/org/webhook-endpoints/${endpoint.id}/deliveries/${failure?.id}/redeliver`, {
      auth: acme,
    });
    assert.equal(again.status, 202, again.text);
    assert.equal(again.body.status, 'pending');
    await until(() => deliveryStatus(failure?.id ?? '') === 'succeeded', 'the redelivery succeeds');
    const [success] = await deliveries(endpoint.id);
    assert.equal(success?.attempts, 4);
    assert.equal(success?.responseStatus, 204);
    const sent = receiver.deliveries.filter(at('/flaky', eventId));
    assert.deepEqual(
      sent.map((d) => d.answered),
      [500, 500, 500, 204],
    );
    assert.equal(verify<WireEvent>(endpoint.secret, sent[3] as Delivery).type, 'session.updated');

    // A delivery still queued is not queued twice.
    s.db.prepare("UPDATE org_webhook_deliveries SET status = 'pending', next_attempt_at = '2999-01-01T00:00:00.000Z' WHERE id = ?").run(failure?.id);
    const twice = await s.request<Problem>('POST', `/v1/org/webhook-endpoints/${endpoint.id}/deliveries/${failure?.id}/redeliver`, { auth: acme });
    assert.equal(twice.status, 409, twice.text);
  });

  it('a disabled endpoint gets no new deliveries, and starts at the present when enabled again', async () => {
    const off = await register('/off');
    const barrier = await register('/barrier');
    const disabled = await s.request<Endpoint>('PATCH', `/v1/org/webhook-endpoints/${off.id}`, { auth: acme, body: { enabled: false } });
    assert.equal(disabled.body.enabled, false);
    const missed = await trigger('room.updated');
    // Both endpoints' deliveries are queued in one pass: once the barrier's exists, the other's would.
    await delivered('/barrier', missed);
    assert.deepEqual(await deliveries(off.id), []);
    await s.request('PATCH', `/v1/org/webhook-endpoints/${off.id}`, { auth: acme, body: { enabled: true } });
    const next = await trigger('room.updated');
    await delivered('/off', next);
    assert.deepEqual(
      (await deliveries(off.id)).map((d) => d.eventId),
      [next],
    );
    assert.ok(barrier.enabled);
  });
});

describe('webhook endpoints: isolation, authorization, bad input', () => {
  it("never delivers another organization's events, and hides its endpoints from other keys", async () => {
    const endpoint = await register('/acme-only');
    const demoEvent = await trigger('room.updated', demo.keys.demoSecret, demo.users.mentee.id);
    const acmeEvent = await trigger('room.updated');
    await delivered('/acme-only', acmeEvent);
    assert.ok(!receiver.deliveries.some(at('/acme-only', demoEvent)), "org_demo's event is not sent to org_acme's endpoint");
    const [delivery] = await deliveries(endpoint.id);

    const other = demo.keys.demoSecret;
    for (const [method, path, body] of [
      ['GET', `/v1/org/webhook-endpoints/${endpoint.id}`, undefined],
      ['PATCH', `/v1/org/webhook-endpoints/${endpoint.id}`, { enabled: false }],
      ['POST', `/v1/org/webhook-endpoints/${endpoint.id}/rotate-secret`, undefined],
      ['GET', `/v1/org/webhook-endpoints/${endpoint.id}/deliveries`, undefined],
      ['POST', `/v1/org/webhook-endpoints/${endpoint.id}/deliveries/${delivery?.id}/redeliver`, undefined],
    ] as const) {
      const res = await s.request(method, path, { auth: other, ...(body ? { body } : {}) });
      assert.equal(res.status, 404, `${method} ${path}: ${res.text}`);
    }
    const theirs = await s.request<Schemas['WebhookEndpointList']>('GET', '/v1/org/webhook-endpoints', { auth: other, query: { limit: 100 } });
    assert.ok(!theirs.body.data.some((e) => e.id === endpoint.id));
    const ours = await s.request<Schemas['WebhookEndpointList']>('GET', '/v1/org/webhook-endpoints', { auth: acme, query: { limit: 100 } });
    assert.ok(ours.body.data.some((e) => e.id === endpoint.id));
    assert.equal((await s.request<Endpoint>('GET', `/v1/org/webhook-endpoints/${endpoint.id}`, { auth: acme })).body.enabled, true);
  });

  it('refuses a publishable key and a user token', async () => {
    const employee = await s.tokenFor('acme-employee');
    for (const [auth, code] of [
      [demo.keys.acmePublishable, 'publishable_key_read_only'],
      [employee, 'secret_key_required'],
    ] as const) {
      const list = await s.request<Problem>('GET', '/v1/org/webhook-endpoints', { auth });
      assert.equal(list.status, 403, list.text);
      assert.equal(list.body.code, code);
      const create = await s.request<Problem>('POST', '/v1/org/webhook-endpoints', { auth, body: { url: 'https://hooks.acme.example/x' } });
      assert.equal(create.status, 403);
    }
  });

  it('replays a registration sent again with the same Idempotency-Key', async () => {
    const headers = { 'Idempotency-Key': 'webhook-endpoint-once' };
    const body = { url: `${receiver.url}/once` };
    const first = await s.request<Endpoint>('POST', '/v1/org/webhook-endpoints', { auth: acme, body, headers });
    const again = await s.request<Endpoint>('POST', '/v1/org/webhook-endpoints', { auth: acme, body, headers });
    assert.equal(first.status, 201, first.text);
    assert.deepEqual(again.body, first.body);
    assert.equal(s.db.prepare('SELECT COUNT(*) FROM webhook_endpoints WHERE url = ?').pluck().get(body.url), 1);
  });

  it('names the bad field', async () => {
    for (const [body, pointer] of [
      [{ url: 'http://hooks.acme.example/menteo' }, '/url'],
      [{ url: 'ftp://127.0.0.1/menteo' }, '/url'],
      [{ url: 'https://hooks.acme.example/menteo', enabledEvents: ['room.exploded'] }, '/enabledEvents/0'],
    ] as const) {
      const res = await s.request<Problem>('POST', '/v1/org/webhook-endpoints', { auth: acme, body });
      assert.equal(res.status, 422, res.text);
      assert.deepEqual(
        res.body.errors?.map((e) => e.pointer),
        [pointer],
      );
    }
    const endpoint = await register('/patched');
    const bad = await s.request<Problem>('PATCH', `/v1/org/webhook-endpoints/${endpoint.id}`, { auth: acme, body: { url: 'http://10.0.0.1/hook' } });
    assert.equal(bad.status, 422, bad.text);
    assert.equal(bad.body.errors?.[0]?.pointer, '/url');
  });
});

function deliveriesRecorded(endpointId: string, count: number): boolean {
  return (
    (s.db.prepare("SELECT COUNT(*) FROM org_webhook_deliveries WHERE endpoint_id = ? AND status = 'succeeded'").pluck().get(endpointId) as number) >= count
  );
}

function failed(endpointId: string): boolean {
  return s.db.prepare("SELECT 1 FROM org_webhook_deliveries WHERE endpoint_id = ? AND status = 'failed'").get(endpointId) !== undefined;
}

function deliveryStatus(id: string): string | undefined {
  return s.db.prepare('SELECT status FROM org_webhook_deliveries WHERE id = ?').pluck().get(id) as string | undefined;
}
