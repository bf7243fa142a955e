// `pnpm run test:all` (what `npm test` runs after setup): lint, build, typecheck, every package's
// tests one package at a time in dependency order, then the date suites. Each phase is timed:
// CI allows 90 minutes and keeps only the end of a log, so a line after every phase says how
// long it took and how far into `npm test` it ended, and a table of all of them closes the run;
// when a phase fails, the failures named in its output close it (support/failure-digest.ts).
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { minutesSeconds as clock, testStartedAt } from './support/elapsed.js';
import { FailureDigest } from './support/failure-digest.js';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** The workspace's packages with a `test` script, in the order `pnpm -r` runs them (dependencies first). */
function packagesWithTests(): string[] {
  const script = 'const p = require("./package.json"); if (p.scripts && p.scripts.test) console.log(p.name)';
  const out = execFileSync('pnpm', ['-r', '--workspace-concurrency=1', 'exec', 'node', '-e', script], { cwd: repo, encoding: 'utf8' });
  return out.split('\n').filter((line) => line.startsWith('@menteo/'));
}

const phases: { name: string; command: string[] }[] = [
  { name: 'lint', command: ['pnpm', 'run', 'lint'] },
  { name: 'build', command: ['pnpm', 'run', 'build'] },
  { name: 'typecheck', command: ['pnpm', 'run', 'typecheck'] },
  ...packagesWithTests().map((name) => ({ name: `test ${name}`, command: ['pnpm', '--filter', name, 'run', 'test'] })),
  { name: 'test:dates', command: ['pnpm', 'run', 'test:dates'] },
];

// `npm test` exports when it began (before installing); run alone, this script's start stands in.
const began = testStartedAt() ?? Date.now();

/** Runs a phase, its output passed through as it comes and read for failures on the way. */
const run = (command: string[], digest: FailureDigest) =>
  new Promise<number>((resolve) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MENTEO_TEST_STARTED: String(Math.floor(began / 1000)) },
    });
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      let rest = '';
      from.on('data', (chunk: Buffer) => {
        to.write(chunk);
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) digest.read(line);
      });
      from.on('end', () => rest && digest.read(rest));
    }
    child.on('close', (code) => resolve(code ?? 1));
  });

const firstStart = Date.now();
const done: { name: string; ms: number; code: number }[] = [];
const table = () =>
  [
    `── phases (setup before them: ${clock(firstStart - began)})`,
    ...done.map(({ name, ms, code }) => `${code === 0 ? 'ok    ' : 'FAILED'} ${clock(ms).padStart(6)}  ${name}`),
    `── npm test so far: ${clock(Date.now() - began)}`,
  ].join('\n');

for (const phase of phases) {
  const started = Date.now();
  const digest = new FailureDigest();
  const code = await run(phase.command, digest);
  done.push({ name: phase.name, ms: Date.now() - started, code });
  process.stdout.write(
    `\n── ${phase.name}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`} in ${clock(Date.now() - started)}, ${clock(Date.now() - began)} into npm test\n`,
  );
  if (code !== 0) {
    const failures = digest.lines();
    process.stdout.write(`${table()}\n`);
    process.stdout.write(`── what failed in ${phase.name}${failures.length ? '' : ': no test named a failure; see the log above'}\n`);
    for (const line of failures) process.stdout.write(`${line}\n`);
    process.exit(code);
  }
}
process.stdout.write(`${table()}\n`);
