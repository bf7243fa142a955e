// End to end: a real sandbox delivers a signed webhook to a real node:http receiver,
// which unwraps it with the SDK into a typed event; a tampered copy is rejected.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { defaultWebhookSecret } from '@menteo/sandbox';
import { startSandbox, type TestSandbox } from '@menteo/sandbox/testing';
import { unwrap, WebhookVerificationError, type WebhookEvent } from '../src/webhooks/index.js';

interface Delivery {
  rawBody: Buffer;
  headers: IncomingHttpHeaders;
  event?: WebhookEvent;
  error?: unknown;
}

describe('webhooks end to end (sandbox → node:http → unwrap)', () => {
  let receiver: Server;
  let s: TestSandbox;
  const deliveries: Delivery[] = [];

  before(async () => {
    // The handler the TSDoc example shows: raw body, unwrap, 204 (400 when verification fails).
    receiver = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const delivery: Delivery = { rawBody: Buffer.concat(chunks), headers: req.headers };
      try {
        delivery.event = await unwrap(delivery.rawBody, req.headers, defaultWebhookSecret);
        res.writeHead(204).end();
      } catch (error) {
        delivery.error = error;
        res.writeHead(error instanceof WebhookVerificationError ? 400 : 500).end();
      }
      deliveries.push(delivery);
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const port = (receiver.address() as AddressInfo).port;
    s = await startSandbox({ webhookUrl: `http://127.0.0.1:${port}/hooks`, webhookRetryDelaysMs: [50] });
  });
  after(async () => {
    await s.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('unwraps a thread post delivery into a typed event and rejects a tampered copy', async () => {
    const owner = await s.tokenFor('demo-mentee');
    const threads = await s.request<{ data: { id: string }[] }>('GET', '/v1/threads', { auth: owner, query: { owner: 'usr_demomentee' } });
    const created = await s.request<{ id: string }>('POST', `/v1/threads/${threads.body.data[0]!.id}/posts`, {
      auth: owner,
      body: { kind: 'milestone', body: 'Shipped it' },
    });
    assert.equal(created.status, 201);

    const deadline = Date.now() + 5000;
    while (!deliveries.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(deliveries.length, 1, 'expected one delivery');
    const [delivery] = deliveries as [Delivery];
    assert.equal(delivery.error, undefined, `verification failed: ${String(delivery.error)}`);

    const event = delivery.event!;
    assert.equal(event.type, 'thread.post.created');
    if (event.type !== 'thread.post.created') return;
    // Narrowed: `data` is a Post.
    assert.equal(event.data.id, created.body.id);
    assert.equal(event.data.body, 'Shipped it');
    assert.equal(event.data.kind, 'milestone');

    // The same delivery with its body altered does not verify.
    const tampered = delivery.rawBody.toString('utf8').replace('Shipped it', 'Shipped nothing');
    await assert.rejects(unwrap(tampered, delivery.headers, defaultWebhookSecret), (err) => {
      assert.ok(err instanceof WebhookVerificationError);
      assert.equal(err.reason, 'no_matching_signature');
      return true;
    });
    // Neither does a re-serialized (parsed) body handed over by mistake.
    await assert.rejects(unwrap(JSON.parse(delivery.rawBody.toString('utf8')) as string, delivery.headers, defaultWebhookSecret), { reason: 'parsed_body' });
  });
});
