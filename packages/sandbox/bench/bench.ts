// Sandbox benchmark: latency of mixed mentor searches over 10,000 mentors, and the
// throughput of GET /v1/mentors/{id}. The server runs as its own process (the CLI),
// so the load generator does not share its event loop. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from '../src/rng.js';
import { benchBulkMembers } from './bulk-members.js';

const mentors = Number(process.env.BENCH_MENTORS ?? 10_000);
const searches = Number(process.env.BENCH_SEARCHES ?? 1_000);
const retrieveSeconds = Number(process.env.BENCH_SECONDS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'menteo-bench-'));
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const auth = { Authorization: 'Bearer pk_test_demo' };

const seedStarted = Date.now();
const server = spawn(
  process.execPath,
  ['--import', 'tsx', cli, '--port', '0', '--db', join(dir, 'bench.db'), '--mentors', String(mentors), '--rate-limit', '0', '--json'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const line = out.split('\n').find((l) => l.startsWith('{'));
    if (line) resolve((JSON.parse(line) as { url: string }).url);
  });
  server.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
});
const seedMs = Date.now() - seedStarted;

try {
  const rng = new Rng(1);
  const words = [
    'leadership',
    'product',
    'design',
    'data',
    'rust',
    'kubernetes',
    'career',
    'manager',
    'react',
    'strategy',
    'hiring',
    'feedback',
    'startup',
    'python',
    'growth',
  ];
  const skills = ['leadership', 'people-management', 'system-design', 'react', 'python', 'product-strategy', 'ux-research', 'machine-learning'];
  const languages = ['en', 'es', 'de', 'fr', 'pt-BR', 'ja'];
  const sorts = ['rating', 'sessions', 'response', 'availability'];

  function randomSearch(): URLSearchParams {
    const params = new URLSearchParams({ limit: '20' });
    if (rng.chance(0.7)) params.set('q', rng.sample(words, rng.int(1, 2)).join(' '));
    if (rng.chance(0.4)) params.set('skills', rng.sample(skills, rng.int(1, 2)).join(','));
    if (rng.chance(0.3)) params.set('languages', rng.pick(languages));
    if (rng.chance(0.3)) params.set('helpsWith', rng.pick(['leadership', 'mentorship']));
    if (rng.chance(0.2)) params.set('minRating', '4');
    if (rng.chance(0.2)) params.set('availableWithinDays', '14');
    if (rng.chance(0.3)) params.set('sort', rng.pick(sorts));
    if (rng.chance(0.5)) params.set('facets', 'skills,industries,languages,seniority,helpsWith');
    return params;
  }

  // Warm up the prepared statements and the page cache.
  for (let i = 0; i < 50; i++) await fetch(`${url}/v1/mentors?${randomSearch()}`, { headers: auth }).then((r) => r.arrayBuffer());

  const latencies: number[] = [];
  let failures = 0;
  for (let i = 0; i < searches; i++) {
    const started = performance.now();
    const res = await fetch(`${url}/v1/mentors?${randomSearch()}`, { headers: auth });
    await res.arrayBuffer();
    latencies.push(performance.now() - started);
    if (res.status !== 200) failures++;
  }
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);

  const page = (await (await fetch(`${url}/v1/mentors?limit=100`, { headers: auth })).json()) as { data: { id: string }[] };
  const ids = page.data.map((m) => m.id);
  const concurrency = 16;
  let done = 0;
  let retrieveFailures = 0;
  const deadline = performance.now() + retrieveSeconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = worker; performance.now() < deadline; i += concurrency) {
        const res = await fetch(`${url}/v1/mentors/${ids[i % ids.length]}`, { headers: auth });
        await res.arrayBuffer();
        if (res.status !== 200) retrieveFailures++;
        done++;
      }
    }),
  );
  const rps = done / ((performance.now() - started) / 1000);

  console.log(`menteo-sandbox bench (${availableParallelism()} cores, Node ${process.version})`);
  console.log(`  seed + start with ${mentors} mentors: ${(seedMs / 1000).toFixed(1)} s`);
  console.log(
    `  ${searches} mixed searches (sequential): p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms, non-200: ${failures}`,
  );
  console.log(`  GET /v1/mentors/{id} (${concurrency} concurrent, ${retrieveSeconds} s): ${rps.toFixed(0)} requests/s, non-200: ${retrieveFailures}`);
  await benchBulkMembers(url);
} finally {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
