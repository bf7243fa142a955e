// mint-user-token.ts against a real sandbox process: the token it prints signs its person in.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Menteo } from '@menteo/sdk';
import { startSandboxProcess, type SandboxProcess } from '../../../test/support/sandbox-process.js';
import { runScript } from './helpers.js';

describe('mint-user-token', () => {
  let sandbox: SandboxProcess;
  const mint = (args: string[], secretKey: string | null = sandbox.keys.demoSecret) =>
    runScript('mint-user-token.ts', args, { MENTEO_BASE_URL: sandbox.url, MENTEO_SECRET_KEY: secretKey ?? undefined });

  before(async () => {
    sandbox = await startSandboxProcess();
  });
  after(() => sandbox.stop());

  it('prints a token that works for GET /v1/me as that person', async () => {
    const run = await mint(['--external-user-id', 'demo-mentee', '--name', 'Priya Raman']);
    assert.equal(run.code, 0, run.stderr);
    const token = run.stdout.trim();
    assert.equal(run.stdout, `${token}\n`, 'stdout holds the token alone');
    assert.match(run.stderr, /token for Priya Raman \(usr_demomentee\), valid until \d{4}-\d\d-\d\dT/);

    const me = await new Menteo({ token, baseUrl: sandbox.url }).me.retrieve();
    assert.equal(me.externalUserId, 'demo-mentee');
    assert.equal(me.organizationId, 'org_demo');
    // The raw HTTP, as any other language would send it:
    const response = await fetch(`${sandbox.url}/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { id: string }).id, me.id);
  });

  it('signs in a new person of your organization, with their email', async () => {
    const run = await mint(['--external-user-id', 'u_4242', '--name', 'Ada Lovelace', '--email', 'ada@demo.example']);
    assert.equal(run.code, 0, run.stderr);
    const me = await new Menteo({ token: run.stdout.trim(), baseUrl: sandbox.url }).me.retrieve();
    assert.deepEqual([me.externalUserId, me.name, me.email], ['u_4242', 'Ada Lovelace', 'ada@demo.example']);
  });

  it("shows the API's field errors", async () => {
    const run = await mint(['--external-user-id', 'has spaces', '--name', 'X', '--email', 'not-an-email']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /422/);
    assert.match(run.stderr, /\/externalUserId: /);
    assert.match(run.stderr, /\/email: /);
    assert.equal(run.stdout, '');
  });

  it('needs a secret key, and says so', async () => {
    for (const key of [null, sandbox.keys.demoPublishable]) {
      const run = await mint(['--external-user-id', 'demo-mentee', '--name', 'Priya Raman'], key);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /MENTEO_SECRET_KEY.*sk_/);
    }
    const wrong = await mint(['--external-user-id', 'demo-mentee', '--name', 'Priya Raman'], 'sk_test_nosuchkey');
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /401/);
  });

  it('says when the API cannot be reached', async () => {
    const run = await runScript('mint-user-token.ts', ['--external-user-id', 'demo-mentee', '--name', 'Priya Raman'], {
      MENTEO_BASE_URL: 'http://127.0.0.1:9', // discard port: nothing listens
      MENTEO_SECRET_KEY: sandbox.keys.demoSecret,
    });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^mint-user-token: .*unreachable/m);
  });

  it('needs --external-user-id and --name', async () => {
    const run = await mint(['--name', 'Priya Raman']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--external-user-id/);
  });
});
