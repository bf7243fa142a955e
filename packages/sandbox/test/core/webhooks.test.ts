// Webhooks: each organization's events reach that organization's endpoint only, signed with
// its own secret so that the reference Standard Webhooks library accepts them, and failed
// deliveries are retried.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultWebhookSecret, defaultWebhookSecretFor } from '../../src/events/webhooks.js';
import { createSandbox } from '../../src/sandbox.js';
import { startSandbox, type TestSandbox } from '../support/harness.js';
import { startReceiver, until, verify, type Receiver } from './webhook-receiver.js';

type WireEvent = { id: string; type: string; data: { id?: string; roadmapId?: string } };

describe('webhooks: signing and retries', () => {
  let receiver: Receiver;
  let s: TestSandbox;
  let failuresLeft = 2;

  before(async () => {
    receiver = await startReceiver(() => (failuresLeft-- > 0 ? 500 : 204));
    s = await startSandbox({ webhookUrl: `${receiver.url}/hooks`, webhookRetryDelaysMs: [50, 50, 50] });
  });
  after(async () => {
    await s.close();
    await receiver.close();
  });

  it('signs each delivery verifiably and retries until the receiver accepts it', async () => {
    const owner = await s.tokenFor('demo-mentee');
    const threads = await s.request<{ data: { id: string }[] }>('GET', '/v1/threads', { auth: owner, query: { owner: 'usr_demomentee' } });
    const created = await s.request<{ id: string }>('POST', `/v1/threads/${threads.body.data[0]!.id}/posts`, {
      auth: owner,
      body: { kind: 'milestone', body: 'Shipped it' },
    });
    assert.equal(created.status, 201);

    // Wait for the sandbox to record the delivery, not just for the receiver to see it.
    const delivered = () => s.db.prepare('SELECT delivered_at FROM webhook_endpoint_deliveries WHERE delivered_at IS NOT NULL').get() !== undefined;
    await until(delivered, 'the delivery is recorded');
    const deliveries = receiver.deliveries;
    assert.deepEqual(
      deliveries.map((d) => d.answered),
      [500, 500, 204],
      'expected two failures then a success',
    );

    for (const delivery of deliveries) {
      const event = verify<WireEvent>(defaultWebhookSecret, delivery);
      assert.equal(event.type, 'thread.post.created');
      assert.equal(event.data.id, created.body.id);
    }
    assert.equal(new Set(deliveries.map((d) => d.headers['webhook-id'])).size, 1, 'retries must keep the webhook-id');
    const tampered = { ...deliveries[0]!, body: deliveries[0]!.body.replace('Shipped it', 'Shipped nothing') };
    assert.throws(() => verify(defaultWebhookSecret, tampered));
    const row = s.db.prepare('SELECT org_id, attempts, delivered_at FROM webhook_endpoint_deliveries').get() as {
      org_id: string;
      attempts: number;
      delivered_at: string | null;
    };
    assert.equal(row.org_id, 'org_demo', 'webhookUrl is org_demo’s endpoint');
    assert.equal(row.attempts, 3);
    assert.ok(row.delivered_at);
  });

  it("sends webhookUrl org_demo's events only, never another organization's", async () => {
    const acme = await s.tokenFor('acme-employee');
    const roadmaps = await s.request<{ data: { id: string }[] }>('GET', '/v1/roadmaps', { auth: acme, query: { limit: 1 } });
    const roadmap = await s.request<{ id: string; steps: { id: string }[] }>('GET', `/v1/roadmaps/${roadmaps.body.data[0]!.id}`, { auth: acme });
    const note = 'Acme only: notes on the reorg';
    const progress = await s.request('PUT', `/v1/roadmaps/${roadmap.body.id}/progress/${roadmap.body.steps[0]!.id}`, {
      auth: acme,
      body: { state: 'doing', note },
    });
    assert.equal(progress.status, 200);
    // A later org_demo event: once it has arrived, an earlier acme event would have been sent too.
    const owner = await s.tokenFor('demo-mentee');
    const threads = await s.request<{ data: { id: string }[] }>('GET', '/v1/threads', { auth: owner, query: { owner: 'usr_demomentee' } });
    const created = await s.request<{ id: string }>('POST', `/v1/threads/${threads.body.data[0]!.id}/posts`, {
      auth: owner,
      body: { kind: 'update', body: 'After acme' },
    });
    await until(() => receiver.deliveries.some((d) => d.answered === 204 && d.body.includes(created.body.id)), 'the demo post arrives');
    assert.ok(!receiver.deliveries.some((d) => d.body.includes(note)), "acme's private note reached org_demo's endpoint");
  });
});

describe('webhooks: one endpoint per organization', () => {
  let receiver: Receiver;
  let s: TestSandbox;
  const secrets = {
    org_demo: `whsec_${Buffer.from('org-demo-test-webhook-secret').toString('base64')}`,
    org_acme: `whsec_${Buffer.from('org-acme-test-webhook-secret').toString('base64')}`,
  };

  before(async () => {
    receiver = await startReceiver();
    s = await startSandbox({
      webhooks: {
        org_demo: { url: `${receiver.url}/demo`, secret: secrets.org_demo },
        org_acme: { url: `${receiver.url}/acme`, secret: secrets.org_acme },
      },
    });
  });
  after(async () => {
    await s.close();
    await receiver.close();
  });

  /** Sets a step of the first roadmap, with a private note: a `roadmap.progress.updated` for that person only. */
  async function noteProgress(token: string, note: string): Promise<string> {
    const roadmaps = await s.request<{ data: { id: string }[] }>('GET', '/v1/roadmaps', { auth: token, query: { limit: 1 } });
    const roadmap = await s.request<{ id: string; steps: { id: string }[] }>('GET', `/v1/roadmaps/${roadmaps.body.data[0]!.id}`, { auth: token });
    const res = await s.request('PUT', `/v1/roadmaps/${roadmap.body.id}/progress/${roadmap.body.steps[0]!.id}`, {
      auth: token,
      body: { state: 'doing', note },
    });
    assert.equal(res.status, 200, res.text);
    return roadmap.body.id;
  }

  it("delivers each organization's events to its own endpoint only, signed with its own secret", async () => {
    const demo = await s.tokenFor('demo-mentee');
    const acme = await s.tokenFor('acme-employee');
    const threads = await s.request<{ data: { id: string }[] }>('GET', '/v1/threads', { auth: demo, query: { owner: 'usr_demomentee' } });
    const post = await s.request<{ id: string }>('POST', `/v1/threads/${threads.body.data[0]!.id}/posts`, {
      auth: demo,
      body: { kind: 'update', body: 'A demo update' },
    });
    assert.equal(post.status, 201);
    await noteProgress(demo, 'Demo: a private note');
    await noteProgress(acme, 'Acme: a private note about the reorg');

    const expected = (org: string) => s.db.prepare('SELECT count(*) FROM event_orgs WHERE org_id = ?').pluck().get(org) as number;
    assert.equal(expected('org_demo'), 2, 'the post and the progress of demo-mentee');
    assert.equal(expected('org_acme'), 1, 'the progress of acme-employee');
    const delivered = (org: string) =>
      s.db.prepare('SELECT count(*) FROM webhook_endpoint_deliveries WHERE org_id = ? AND delivered_at IS NOT NULL').pluck().get(org) as number;
    await until(() => delivered('org_demo') === 2 && delivered('org_acme') === 1, 'both organizations’ deliveries are recorded');

    const at = (path: string) => receiver.deliveries.filter((d) => d.path === path);
    assert.equal(at('/demo').length, 2);
    assert.equal(at('/acme').length, 1);
    for (const [path, org, other] of [
      ['/demo', 'org_demo', 'org_acme'],
      ['/acme', 'org_acme', 'org_demo'],
    ] as const) {
      for (const delivery of at(path)) {
        verify(secrets[org], delivery);
        assert.throws(() => verify(secrets[other], delivery), `${path} must not verify with ${other}'s secret`);
        assert.ok(!delivery.body.includes(org === 'org_demo' ? 'Acme: a private note' : 'Demo: a private note'), `${path} got the other organization's note`);
      }
    }
    const demoTypes = at('/demo')
      .map((d) => (JSON.parse(d.body) as WireEvent).type)
      .sort();
    assert.deepEqual(demoTypes, ['roadmap.progress.updated', 'thread.post.created']);
    const acmeEvent = JSON.parse(at('/acme')[0]!.body) as WireEvent;
    assert.equal(acmeEvent.type, 'roadmap.progress.updated');
    assert.match(at('/acme')[0]!.body, /Acme: a private note about the reorg/);
  });

  it('gives each organization its own default secret, the documented one to org_demo', () => {
    assert.equal(defaultWebhookSecretFor('org_demo'), defaultWebhookSecret);
    assert.notEqual(defaultWebhookSecretFor('org_acme'), defaultWebhookSecret);
    assert.match(defaultWebhookSecretFor('org_acme'), /^whsec_/);
  });

  it('refuses an endpoint for an organization that does not exist, or org_demo configured twice', () => {
    assert.throws(
      () => createSandbox({ db: ':memory:', mentors: 50, log: () => {}, webhooks: { org_nope: { url: 'http://127.0.0.1:9/hook' } } }),
      /No organization org_nope/,
    );
    assert.throws(
      () =>
        createSandbox({
          db: ':memory:',
          mentors: 50,
          log: () => {},
          webhookUrl: 'http://127.0.0.1:9/a',
          webhooks: { org_demo: { url: 'http://127.0.0.1:9/b' } },
        }),
      /webhookUrl is org_demo's endpoint/,
    );
  });
});
