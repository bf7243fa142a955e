// The scripts on Deno and Bun, installed from the npm registry, against a real sandbox process:
// the same script, arguments and sandbox give the same output as on Node — the SDK needs only
// fetch, URL and Web Crypto, which all three have.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandboxProcess, type SandboxProcess } from '../../../test/support/sandbox-process.js';
import { csvRecords, runScript, type Runtime } from './helpers.js';

describe('the scripts on Deno and Bun', () => {
  let sandbox: SandboxProcess;
  let onNode: string;

  before(async () => {
    sandbox = await startSandboxProcess();
    const run = await runScript('export-mentors-csv.ts', ['--helps-with', 'leadership', '--languages', 'es'], env());
    assert.equal(run.code, 0, run.stderr);
    onNode = run.stdout;
    assert.ok(csvRecords(onNode).length > 1, 'the query should match several mentors');
  });
  after(() => sandbox.stop());

  const env = () => ({ MENTEO_BASE_URL: sandbox.url, MENTEO_PUBLISHABLE_KEY: sandbox.keys.demoPublishable });

  for (const runtime of ['deno', 'bun'] satisfies Runtime[]) {
    it(`export-mentors-csv on ${runtime}: the same CSV as on Node`, async () => {
      const run = await runScript('export-mentors-csv.ts', ['--helps-with', 'leadership', '--languages', 'es'], env(), runtime);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, onNode);
      assert.match(run.stderr, /mentor\(s\) match/);
    });

    it(`mint-user-token on ${runtime}: a token that signs its person in`, async () => {
      const run = await runScript(
        'mint-user-token.ts',
        ['--external-user-id', 'demo-mentee', '--name', 'Priya Raman'],
        {
          MENTEO_BASE_URL: sandbox.url,
          MENTEO_SECRET_KEY: sandbox.keys.demoSecret,
        },
        runtime,
      );
      assert.equal(run.code, 0, run.stderr);
      const me = await fetch(`${sandbox.url}/v1/me`, { headers: { Authorization: `Bearer ${run.stdout.trim()}` } });
      assert.equal(me.status, 200);
      assert.equal(((await me.json()) as { externalUserId: string }).externalUserId, 'demo-mentee');
    });
  }
});
