// The sandbox's clock: an instant it starts at (createSandbox's `now`, the CLI's `--now`) is the
// seed's "today" and every later "now"; dates that do not exist are refused, not rolled over.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { clockFrom, parseInstant } from '../../src/clock.js';
import { createSandbox } from '../../src/sandbox.js';

const cli = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));
const day = 86_400_000;

function runCli(args: string[]): Promise<{ code: number | null; out: string; err: string; kill: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--db', ':memory:', '--mentors', '50', '--json', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  return new Promise((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ code: null, out, err, kill: () => child.kill() });
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => resolve({ code, out, err, kill: () => {} }));
  });
}

describe('the sandbox clock', () => {
  it('starts at the instant given and advances from there', async () => {
    const now = clockFrom('2027-03-28T00:30:00Z');
    const first = now().getTime();
    assert.ok(first >= Date.parse('2027-03-28T00:30:00Z') && first < Date.parse('2027-03-28T00:31:00Z'));
    while (now().getTime() === first) await new Promise((r) => setImmediate(r));
    assert.ok(now().getTime() > first, 'time passes');
  });

  it('refuses instants that do not exist or have no zone, and takes the ones that do', () => {
    for (const bad of [
      '2027-02-29T10:00:00Z',
      '2027-04-31T10:00:00Z',
      '2027-06-30T23:59:60Z',
      '2027-01-01T24:00:00Z',
      '2027-01-01',
      '2027-01-01T10:00:00',
      'tomorrow',
    ]) {
      assert.throws(() => clockFrom(bad), RangeError, bad);
    }
    assert.equal(parseInstant('2028-02-29T12:00:00Z'), Date.UTC(2028, 1, 29, 12));
    assert.equal(parseInstant('2027-12-31T23:30:00.000Z'), Date.UTC(2027, 11, 31, 23, 30));
    assert.equal(parseInstant('2027-10-31T02:30:00+01:00'), Date.UTC(2027, 9, 31, 1, 30));
  });

  it('seeds the world around its "today", not the machine’s', async () => {
    const start = '2028-02-29T12:00:00Z';
    const sandbox = createSandbox({ db: ':memory:', mentors: 50, now: start, log: () => {} });
    try {
      const t = Date.parse(start);
      const newestPost = Date.parse(sandbox.db.prepare('SELECT max(created_at) FROM posts').pluck().get() as string);
      assert.ok(newestPost <= t && newestPost > t - 30 * day, `newest post ${new Date(newestPost).toISOString()}`);
      const upcoming = sandbox.db
        .prepare(`SELECT starts_at FROM sessions WHERE status IN ('pending', 'accepted') ORDER BY starts_at`)
        .pluck()
        .all() as string[];
      assert.ok(upcoming.length > 0 && upcoming.every((at) => Date.parse(at) > t - day && Date.parse(at) < t + 60 * day), upcoming.join(' '));
      const res = await sandbox.fetch(
        new Request('http://sandbox.test/v1/auth/tokens', {
          method: 'POST',
          headers: { Authorization: 'Bearer sk_test_demo', 'Content-Type': 'application/json' },
          body: JSON.stringify({ externalUserId: 'clock-test', name: 'Clock Test' }),
        }),
      );
      const { expiresAt } = (await res.json()) as { expiresAt: string };
      assert.ok(Math.abs(Date.parse(expiresAt) - (t + 15 * 60_000)) < 60_000, expiresAt);
    } finally {
      await sandbox.close();
    }
  });

  it('menteo-sandbox --now starts the clock there; a date that does not exist is a usage error', async () => {
    const ok = await runCli(['--now', '2027-12-31T23:30:00Z']);
    try {
      const { url } = JSON.parse(ok.out.split('\n')[0]!) as { url: string };
      const res = await fetch(`${url}/v1/auth/tokens`, {
        method: 'POST',
        headers: { Authorization: 'Bearer sk_test_demo', 'Content-Type': 'application/json' },
        body: JSON.stringify({ externalUserId: 'clock-cli', name: 'Clock CLI' }),
      });
      const { expiresAt } = (await res.json()) as { expiresAt: string };
      assert.ok(expiresAt.startsWith('2027-12-31T23:4') || expiresAt.startsWith('2027-12-31T23:5'), expiresAt);
    } finally {
      ok.kill();
    }
    const bad = await runCli(['--now', '2027-02-30T10:00:00Z']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--now not a real date and time/);
  });
});
