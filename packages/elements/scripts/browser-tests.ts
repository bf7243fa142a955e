// `pnpm test`'s Chromium part: every element test file, in two web-test-runners side by side,
// each with its own seeded sandbox and its own port. The files wait on a sandbox and a page far
// more than they compute, so one runner left the machine's second core mostly idle; two runners
// rather than one runner at concurrency 2, because files on one sandbox see each other's writes
// (read markers, follower counts) and were written to run one after another.
//
//   node --import tsx scripts/browser-tests.ts            every file, two runners
//   RUNNERS=1 node --import tsx scripts/browser-tests.ts  every file, one runner (as before)
//
// For one file, call web-test-runner itself: `pnpm exec web-test-runner --config
// web-test-runner.config.mjs --files src/mentor-card/mentor-card.test.ts`.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runners = Math.max(1, Number(process.env.RUNNERS ?? 2));

/** Every `*.test.ts` under `dir`, relative to the package. */
function testFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => relative(root, join(root, dir, name)))
    .filter((file) => !file.startsWith('scripts/'));
}

/**
 * The files in `count` groups of about equal weight (a file's size stands for its length: the
 * long ones are the journeys), the heaviest first into the lightest group. Deterministic: the same
 * files always go to the same group, so a failure reproduces with the same neighbours.
 */
export function partition(files: { file: string; weight: number }[], count: number): string[][] {
  const groups = Array.from({ length: count }, () => ({ files: [] as string[], weight: 0 }));
  const ordered = files.toSorted((a, b) => b.weight - a.weight || a.file.localeCompare(b.file));
  for (const { file, weight } of ordered) {
    const lightest = groups.reduce((min, group) => (group.weight < min.weight ? group : min));
    lightest.files.push(file);
    lightest.weight += weight;
  }
  return groups.map((group) => group.files.sort()).filter((group) => group.length > 0);
}

/** A port free now: each runner gets its own, chosen here (their own searches would race). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Runs one web-test-runner on `files`, its output prefixed with `[n]`; resolves its exit code. */
async function runGroup(n: number, files: string[]): Promise<number> {
  const port = String(await freePort());
  const args = ['exec', 'web-test-runner', '--config', 'web-test-runner.config.mjs', '--port', port, ...files.flatMap((file) => ['--files', file])];
  const child = spawn('pnpm', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = runners > 1 ? `[${n}] ` : '';
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) process.stdout.write(`${prefix}${line}\n`);
    });
    stream.on('end', () => rest && process.stdout.write(`${prefix}${rest}\n`));
  }
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = [...testFiles('src'), ...testFiles('test')].map((file) => ({ file, weight: statSync(join(root, file)).size }));
  const groups = partition(files, runners);
  process.stdout.write(`browser tests: ${files.length} files in ${groups.length} runner(s): ${groups.map((g) => g.length).join(' + ')}\n`);
  const codes = await Promise.all(groups.map((group, at) => runGroup(at + 1, group)));
  process.exit(codes.every((code) => code === 0) ? 0 : 1);
}
