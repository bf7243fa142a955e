// The CLI's webhook flags: `--webhook ORG=URL` (repeatable) with `--webhook-secret ORG=whsec_…`,
// and the documented `--webhook-url` / bare `--webhook-secret`, which are org_demo's.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { defaultWebhookSecret, defaultWebhookSecretFor } from '../../src/events/webhooks.js';
import { webhooksFromFlags, WebhookFlagError } from '../../src/webhook-args.js';
import { startReceiver, until, verify, type Receiver } from './webhook-receiver.js';
import { startCli } from '../support/cli-process.js';

const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
const acmeSecret = `whsec_${Buffer.from('cli-acme-webhook-secret').toString('base64')}`;

interface Facts {
  url: string;
  tokens: Record<string, string>;
  webhookSecret: string;
  webhooks: Record<string, { url: string; secret: string }>;
}

/** Starts the CLI from source (see `startCli`). */
const runCli = (args: string[]) => startCli<Facts>(['--import', 'tsx', cli], args);

describe('webhooksFromFlags', () => {
  it('makes one endpoint per organization, --webhook-url and a bare secret being org_demo’s', () => {
    assert.deepEqual(
      webhooksFromFlags({
        webhook: ['org_acme=http://127.0.0.1:9001/hook?x=1'],
        'webhook-secret': [`org_acme=${acmeSecret}`, defaultWebhookSecret],
        'webhook-url': 'http://127.0.0.1:9000/hook',
      }),
      {
        webhooks: {
          org_acme: { url: 'http://127.0.0.1:9001/hook?x=1', secret: acmeSecret },
          org_demo: { url: 'http://127.0.0.1:9000/hook', secret: defaultWebhookSecret },
        },
        demoSecret: defaultWebhookSecret,
      },
    );
    assert.deepEqual(webhooksFromFlags({ 'webhook-secret': ['whsec_abc='] }), { webhooks: {}, demoSecret: 'whsec_abc=' });
  });

  it('refuses what it cannot place', () => {
    for (const flags of [
      { webhook: ['http://127.0.0.1:9000/hook'] },
      { webhook: ['org_acme=http://a/1', 'org_acme=http://a/2'] },
      { webhook: ['org_demo=http://a/1'], 'webhook-url': 'http://a/2' },
      { 'webhook-secret': [`org_acme=${acmeSecret}`] },
    ]) {
      assert.throws(() => webhooksFromFlags(flags), WebhookFlagError, JSON.stringify(flags));
    }
  });
});

describe('menteo-sandbox --webhook', () => {
  let receiver: Receiver;
  let sandbox: ReturnType<typeof runCli>;
  let facts: Facts;

  before(async () => {
    receiver = await startReceiver();
    sandbox = runCli(['--webhook', `org_acme=${receiver.url}/acme`, '--webhook-secret', `org_acme=${acmeSecret}`, '--webhook-url', `${receiver.url}/demo`]);
    const ready = await sandbox.ready;
    assert.ok(ready.facts, `the CLI did not start: ${ready.stderr}`);
    facts = ready.facts;
  });
  after(async () => {
    await sandbox?.stop();
    await receiver?.close();
  });

  it('prints each endpoint with the secret it signs with', () => {
    assert.deepEqual(facts.webhooks, {
      org_acme: { url: `${receiver.url}/acme`, secret: acmeSecret },
      org_demo: { url: `${receiver.url}/demo`, secret: defaultWebhookSecretFor('org_demo') },
    });
    assert.equal(facts.webhookSecret, defaultWebhookSecret);
  });

  it("delivers acme's events to acme's endpoint only, signed with acme's secret", async () => {
    const auth = { Authorization: `Bearer ${facts.tokens['acme-employee']}` };
    const list = (await (await fetch(`${facts.url}/v1/roadmaps?limit=1`, { headers: auth })).json()) as { data: { id: string }[] };
    const roadmap = (await (await fetch(`${facts.url}/v1/roadmaps/${list.data[0]!.id}`, { headers: auth })).json()) as { id: string; steps: { id: string }[] };
    const res = await fetch(`${facts.url}/v1/roadmaps/${roadmap.id}/progress/${roadmap.steps[0]!.id}`, {
      method: 'PUT',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ state: 'doing', note: 'Acme via the CLI' }),
    });
    assert.equal(res.status, 200);
    await until(() => receiver.deliveries.some((d) => d.path === '/acme'), 'the acme delivery arrives');
    const delivery = receiver.deliveries.find((d) => d.path === '/acme')!;
    // The CLI's clock started at the test clock's instant and runs in real time: well within the five-minute tolerance.
    const event = verify<{ type: string }>(acmeSecret, delivery);
    assert.equal(event.type, 'roadmap.progress.updated');
    assert.throws(() => verify(defaultWebhookSecret, delivery));
    assert.ok(!receiver.deliveries.some((d) => d.path === '/demo'), "org_demo's endpoint got acme's event");
  });

  it('refuses an endpoint for an unknown organization, and a secret with no endpoint', async () => {
    const unknown = await runCli(['--webhook', 'org_nope=http://127.0.0.1:9/hook']).ready;
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /No organization org_nope/);
    const orphan = await runCli(['--webhook-secret', `org_acme=${acmeSecret}`]).ready;
    assert.equal(orphan.code, 2);
    assert.match(orphan.stderr, /--webhook org_acme=URL/);
  });
});
