import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { testNow } from './test-clock.js';

/**
 * Starts the sandbox command (`command`: how to run it, e.g. `['--import', 'tsx', 'src/cli.ts']` or
 * the built bin) on a free port, in memory, on the test clock, printing its start-up facts as JSON;
 * `ready` resolves with those facts, or with the exit code and stderr if it stops first.
 *
 * @example
 * ```ts
 * const sandbox = startCli([bin], ['--allow-origin', 'https://ws-1.example']);
 * const { facts } = await sandbox.ready;
 * await sandbox.stop();
 * ```
 */
export function startCli<Facts>(command: string[], args: string[]) {
  const child = spawn(process.execPath, [...command, '--port', '0', '--db', ':memory:', '--mentors', '50', '--now', testNow(), '--json', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<{ facts?: Facts; code?: number | null; stderr: string }>((resolve) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolve({ facts: JSON.parse(line) as Facts, stderr }));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { ready, stop };
}
