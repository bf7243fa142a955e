// A real sandbox process, started the way a developer does (`menteo-sandbox --json`), on an
// ephemeral port with an in-memory database; stopped with the test.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { testNow } from '@menteo/sandbox/testing';

const cli = fileURLToPath(new URL('../../packages/sandbox/src/cli.ts', import.meta.url));

/** What the sandbox prints at start-up with `--json`. */
export interface SandboxFacts {
  url: string;
  /** The sandbox's clock when it started (`--now`): never the machine's date in a test. */
  now: string;
  keys: { demoPublishable: string; demoSecret: string; acmePublishable: string; acmeSecret: string };
  tokens: Record<'demo-mentee' | 'demo-mentor' | 'acme-employee', string>;
  webhookSecret: string;
}

/** A running sandbox process. */
export interface SandboxProcess extends SandboxFacts {
  /** The sandbox's clock minus this machine's, for a page's clock (page-clock.mjs). */
  clockOffsetMs: number;
  stop(): Promise<void>;
}

/**
 * Starts `packages/sandbox/src/cli.ts --json` and waits for its start-up line. Later `args` win over
 * the defaults (an ephemeral port, an in-memory database, the suites' clock: `MENTEO_NOW` or
 * their fixed instant).
 *
 * @example
 * ```ts
 * const sandbox = await startSandboxProcess(['--mentors', '80']);
 * await sandbox.stop();
 * ```
 */
export async function startSandboxProcess(args: string[] = []): Promise<SandboxProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--db', ':memory:', '--now', testNow(), '--json', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before it was ready`)));
  });
  const facts = JSON.parse(line) as SandboxFacts;
  return {
    ...facts,
    clockOffsetMs: Date.parse(facts.now) - Date.now(),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
