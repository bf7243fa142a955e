// rotate-webhook-secret.ts against a real sandbox process: the new secret alone on stdout and equal
// to the API's, the old one's end printed as the API states it, a second rotation inside the
// window refused unless --force, and the endpoint found by --url or listed when not named.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Menteo } from '@menteo/sdk';
import { type SandboxProcess, startSandboxProcess } from '../../../test/support/sandbox-process.js';
import { runScript } from './helpers.js';

describe('rotate-webhook-secret', () => {
  let sandbox: SandboxProcess;
  let admin: Menteo;
  const env = () => ({ MENTEO_BASE_URL: sandbox.url, MENTEO_SECRET_KEY: sandbox.keys.acmeSecret });

  before(async () => {
    sandbox = await startSandboxProcess();
    admin = new Menteo({ secretKey: sandbox.keys.acmeSecret, baseUrl: sandbox.url });
  });
  after(async () => {
    await sandbox.stop();
  });

  it('prints the new secret alone on stdout and when the old one stops working; a second rotation needs --force', async () => {
    const endpoint = await admin.admin.webhookEndpoints.create({ url: 'http://127.0.0.1:9/rotate-me' });
    assert.equal(endpoint.previousSecretExpiresAt, null);

    const run = await runScript('rotate-webhook-secret.ts', ['--endpoint', endpoint.id], env());
    assert.equal(run.code, 0, run.stderr);
    const rotated = await admin.admin.webhookEndpoints.retrieve(endpoint.id);
    assert.equal(run.stdout, `${rotated.secret}\n`);
    assert.notEqual(rotated.secret, endpoint.secret);
    assert.ok(rotated.previousSecretExpiresAt);
    assert.equal(Date.parse(rotated.previousSecretExpiresAt) - Date.parse(rotated.updatedAt), 24 * 3_600_000);
    assert.ok(run.stderr.includes(`the old secret keeps working until ${rotated.previousSecretExpiresAt}`), run.stderr);
    assert.ok(!run.stderr.includes(rotated.secret), 'the secret is printed once, on stdout');

    const again = await runScript('rotate-webhook-secret.ts', ['--endpoint', endpoint.id], env());
    assert.equal(again.code, 2);
    assert.equal(again.stdout, '');
    assert.match(again.stderr, new RegExp(`was rotated already; its previous secret works until ${rotated.previousSecretExpiresAt}.*--force`));
    assert.equal((await admin.admin.webhookEndpoints.retrieve(endpoint.id)).secret, rotated.secret, 'refused, yet rotated');

    const forced = await runScript('rotate-webhook-secret.ts', ['--endpoint', endpoint.id, '--force'], env());
    assert.equal(forced.code, 0, forced.stderr);
    const latest = await admin.admin.webhookEndpoints.retrieve(endpoint.id);
    assert.equal(forced.stdout, `${latest.secret}\n`);
    assert.notEqual(latest.secret, rotated.secret);
    assert.match(forced.stderr, /--force: the secret before the old one stopped working now/);
  });

  it('finds the endpoint by --url; lists the endpoints when none is named or the URL matches none', async () => {
    const endpoint = await admin.admin.webhookEndpoints.create({ url: 'http://127.0.0.1:9/by-url' });
    const run = await runScript('rotate-webhook-secret.ts', ['--url', 'http://127.0.0.1:9/by-url'], env());
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, `${(await admin.admin.webhookEndpoints.retrieve(endpoint.id)).secret}\n`);

    const unnamed = await runScript('rotate-webhook-secret.ts', [], env());
    assert.equal(unnamed.code, 2);
    assert.match(unnamed.stderr, /pass --endpoint whe_… or --url URL\. Your endpoints:/);
    assert.ok(unnamed.stderr.includes(`${endpoint.id}  http://127.0.0.1:9/by-url`), unnamed.stderr);

    const wrong = await runScript('rotate-webhook-secret.ts', ['--url', 'https://nowhere.example/'], env());
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /no endpoint has the URL https:\/\/nowhere\.example\//);
  });

  it("refuses another organization's endpoint and a missing key with exit code 2", async () => {
    const theirs = await new Menteo({ secretKey: sandbox.keys.demoSecret, baseUrl: sandbox.url }).admin.webhookEndpoints.create({
      url: 'http://127.0.0.1:9/demo',
    });
    const run = await runScript('rotate-webhook-secret.ts', ['--endpoint', theirs.id], env());
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^rotate-webhook-secret: 404 not_found: No webhook endpoint whe_\w+ in your organization/);
    const noKey = await runScript('rotate-webhook-secret.ts', ['--endpoint', theirs.id], { MENTEO_BASE_URL: sandbox.url });
    assert.equal(noKey.code, 2);
    assert.match(noKey.stderr, /set MENTEO_SECRET_KEY/);
  });
});
