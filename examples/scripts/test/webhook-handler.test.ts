// webhook-handler.ts as its own process: deliveries signed with the secret pass (204), anything
// altered, mis-keyed, stale or unsigned is refused (400) — and a real sandbox's deliveries arrive.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Menteo } from '@menteo/sdk';
import { startSandboxProcess, type SandboxProcess } from '../../../test/support/sandbox-process.js';
import { runScript, startScript, type LongRun } from './helpers.js';

const secret = `whsec_${Buffer.from('example-scripts-webhook-test-secret').toString('base64')}`;
const wrongSecret = `whsec_${Buffer.from('somebody-else-entirely').toString('base64')}`;

describe('webhook-handler', () => {
  let handler: LongRun;
  let url: string;
  let sandbox: SandboxProcess;

  const event = (type = 'room.updated', data: object = { id: 'room_demo0001', status: 'active' }) =>
    JSON.stringify({ id: '1', type, createdAt: new Date().toISOString(), data });
  const deliver = (body: string, headers: Record<string, string>) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then((r) => r.status);

  before(async () => {
    handler = startScript('webhook-handler.ts', { MENTEO_WEBHOOK_SECRET: secret, PORT: '0' });
    url = (await handler.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
    // A sandbox that delivers every event it commits to the handler, signed with the same secret.
    sandbox = await startSandboxProcess(['--webhook-url', url, '--webhook-secret', secret]);
  });
  after(async () => {
    await handler.stop();
    await sandbox.stop();
  });

  it('accepts a delivery signed with Menteo.webhooks.sign and switches on its type', async () => {
    const body = event();
    assert.equal(await deliver(body, await Menteo.webhooks.sign(body, secret)), 204);
    await handler.waitFor(/room room_demo0001 is now active/);
    const other = event('session.updated', { id: 'ses_1' });
    assert.equal(await deliver(other, await Menteo.webhooks.sign(other, secret)), 204);
    await handler.waitFor(/ignored session\.updated/);
  });

  it('refuses a tampered body', async () => {
    const body = event();
    const headers = await Menteo.webhooks.sign(body, secret);
    assert.equal(await deliver(body.replace('active', 'ended'), headers), 400);
    assert.equal(await deliver(`${body} `, headers), 400); // even one byte: the raw body is what is signed
    await handler.waitFor(/rejected: no_matching_signature/);
  });

  it('refuses a delivery signed with another secret', async () => {
    const body = event();
    assert.equal(await deliver(body, await Menteo.webhooks.sign(body, wrongSecret)), 400);
  });

  it('refuses a stale or future timestamp, even correctly signed (replays)', async () => {
    const body = event();
    const now = Math.floor(Date.now() / 1000);
    assert.equal(await deliver(body, await Menteo.webhooks.sign(body, secret, { timestamp: now - 600 })), 400);
    await handler.waitFor(/rejected: timestamp_too_old/);
    assert.equal(await deliver(body, await Menteo.webhooks.sign(body, secret, { timestamp: now + 600 })), 400);
    await handler.waitFor(/rejected: timestamp_in_future/);
  });

  it('refuses an unsigned delivery', async () => {
    assert.equal(await deliver(event(), {}), 400);
    await handler.waitFor(/rejected: missing_header/);
  });

  it('survives a client that hangs up halfway through the body', async () => {
    const { connect } = await import('node:net');
    const { port } = new URL(url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"id":');
        setTimeout(() => socket.destroy(), 100);
      });
      socket.on('close', () => resolve());
    });
    const body = event();
    assert.equal(await deliver(body, await Menteo.webhooks.sign(body, secret)), 204);
  });

  it('receives the real deliveries of a sandbox', async () => {
    const client = new Menteo({ token: sandbox.tokens['demo-mentee'], baseUrl: sandbox.url });
    const post = await client.threads.posts.create('thr_learningtolead', { kind: 'update', body: 'Delivered by the sandbox, verified by the handler.' });
    await handler.waitFor(new RegExp(`new post ${post.id} in thr_learningtolead`));
  });

  it('will not start without a whsec_ secret', async () => {
    const run = await runScript('webhook-handler.ts', [], { PORT: '0' });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /set MENTEO_WEBHOOK_SECRET/);
  });
});
