// A committed write survives `kill -9` of the server process.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

function start(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--db', db, '--mentors', '50', '--json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, url: (JSON.parse(line) as { url: string }).url });
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${err}`)));
  });
}

function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('durability', () => {
  const dir = mkdtempSync(join(tmpdir(), 'menteo-durability-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged write after kill -9 and a restart on the same file', async () => {
    const db = join(dir, 'sandbox.db');
    const first = await start(db);
    const written: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${first.url}/v1/auth/tokens`, {
        method: 'POST',
        headers: { Authorization: 'Bearer sk_test_demo', 'Content-Type': 'application/json' },
        body: JSON.stringify({ externalUserId: `durable-${i}`, name: `Durable ${i}` }),
      });
      assert.equal(res.status, 201);
      written.push(((await res.json()) as { user: { id: string } }).user.id);
    }
    await kill9(first.child);

    const second = await start(db);
    try {
      for (const id of written) {
        const res = await fetch(`${second.url}/v1/users/${id}`, { headers: { Authorization: 'Bearer pk_test_demo' } });
        assert.equal(res.status, 200, `user ${id} was lost`);
      }
      // The restart must not have seeded a second world on top of the first.
      const mentors = await fetch(`${second.url}/v1/mentors?limit=1`, { headers: { Authorization: 'Bearer pk_test_demo' } });
      if (mentors.status === 200) assert.ok(((await mentors.json()) as { totalCount: number }).totalCount <= 80);
    } finally {
      await kill9(second.child);
    }
  });
});
