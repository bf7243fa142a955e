// Webhooks: every event reaches the company's backend, signed so that the
// reference Standard Webhooks library accepts it, and failed deliveries are retried.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { defaultWebhookSecret } from '../../src/events/webhooks.js';
import { startSandbox, type TestSandbox } from '../support/harness.js';

interface Delivery {
  headers: Record<string, string>;
  body: string;
  answered: number;
}

describe('webhooks', () => {
  let receiver: Server;
  let s: TestSandbox;
  const deliveries: Delivery[] = [];
  let failuresLeft = 2;

  before(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const answered = failuresLeft-- > 0 ? 500 : 204;
        deliveries.push({ headers: req.headers as Record<string, string>, body, answered });
        res.statusCode = answered;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const port = (receiver.address() as AddressInfo).port;
    s = await startSandbox({ webhookUrl: `http://127.0.0.1:${port}/hooks`, webhookRetryDelaysMs: [50, 50, 50] });
  });
  after(async () => {
    await s.close();
    receiver.close();
  });

  it('signs each delivery verifiably and retries until the receiver accepts it', async () => {
    const owner = await s.tokenFor('demo-mentee');
    const threads = await s.request<{ data: { id: string }[] }>('GET', '/v1/threads', { auth: owner, query: { owner: 'usr_demomentee' } });
    const created = await s.request<{ id: string }>('POST', `/v1/threads/${threads.body.data[0]!.id}/posts`, { auth: owner, body: { kind: 'milestone', body: 'Shipped it' } });
    assert.equal(created.status, 201);

    // Wait for the sandbox to record the delivery, not just for the receiver to see it.
    const delivered = () => s.db.prepare('SELECT delivered_at FROM webhook_deliveries WHERE delivered_at IS NOT NULL').get();
    const deadline = Date.now() + 5000;
    while (!delivered() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(deliveries.map((d) => d.answered), [500, 500, 204], 'expected two failures then a success');

    const verifier = new Webhook(defaultWebhookSecret);
    for (const delivery of deliveries) {
      const event = verifier.verify(delivery.body, delivery.headers) as { type: string; data: { id: string } };
      assert.equal(event.type, 'thread.post.created');
      assert.equal(event.data.id, created.body.id);
    }
    assert.equal(new Set(deliveries.map((d) => d.headers['webhook-id'])).size, 1, 'retries must keep the webhook-id');
    const tampered = { ...deliveries[0]!, body: deliveries[0]!.body.replace('Shipped it', 'Shipped nothing') };
    assert.throws(() => verifier.verify(tampered.body, tampered.headers));
    const row = s.db.prepare('SELECT attempts, delivered_at FROM webhook_deliveries').get() as { attempts: number; delivered_at: string | null };
    assert.equal(row.attempts, 3);
    assert.ok(row.delivered_at);
  });
});
