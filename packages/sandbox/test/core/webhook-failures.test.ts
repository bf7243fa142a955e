// A database error while delivering webhooks — after the request that made the event has
// answered, in a fetch callback, a timer or the post-commit kick — is logged; it never becomes
// an unhandled rejection or exception (which would end the process), and never turns a
// committed request into a 500.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '../support/harness.js';
import { startReceiver, until, type Receiver } from './webhook-receiver.js';

describe('webhooks: database errors during delivery', () => {
  let receiver: Receiver;
  let s: TestSandbox;
  const logs: string[] = [];
  const escaped: unknown[] = [];
  const onEscape = (error: unknown) => escaped.push(error);
  let breakOnNextRequest = false;

  before(async () => {
    process.on('unhandledRejection', onEscape);
    process.on('uncaughtException', onEscape);
    receiver = await startReceiver(
      () => 204,
      () => {
        // The receiver got the POST: the sandbox will record the attempt next, in a table that is gone.
        if (breakOnNextRequest) s.db.exec('DROP TABLE webhook_endpoint_deliveries');
        breakOnNextRequest = false;
      },
    );
    s = await startSandbox({ webhookUrl: `${receiver.url}/hooks`, log: (line) => logs.push(line) });
  });
  after(async () => {
    await s.close();
    await receiver.close();
    process.off('unhandledRejection', onEscape);
    process.off('uncaughtException', onEscape);
  });

  async function post(body: string) {
    const owner = await s.tokenFor('demo-mentee');
    const threads = await s.request<{ data: { id: string }[] }>('GET', '/v1/threads', { auth: owner, query: { owner: 'usr_demomentee' } });
    return s.request<{ id: string }>('POST', `/v1/threads/${threads.body.data[0]!.id}/posts`, { auth: owner, body: { kind: 'update', body } });
  }

  it('logs the error and keeps serving', async () => {
    breakOnNextRequest = true;
    const first = await post('Recorded into a table that is about to go');
    assert.equal(first.status, 201);
    await until(() => logs.some((line) => /delivery of evt_\d+ failed: no such table/.test(line)) || escaped.length > 0, 'the failed delivery is logged');
    assert.deepEqual(escaped, [], 'nothing escaped to the process');

    // The next commit cannot even queue its delivery: the request still answers what it did.
    const second = await post('Committed, delivery not queued');
    assert.equal(second.status, 201, second.text);
    await until(() => logs.some((line) => /could not queue new events: no such table/.test(line)) || escaped.length > 0, 'the failed queueing is logged');
    assert.deepEqual(escaped, [], 'nothing escaped to the process');

    const still = await s.request('GET', '/v1/mentors', { query: { limit: 1 } });
    assert.equal(still.status, 200);
  });
});
