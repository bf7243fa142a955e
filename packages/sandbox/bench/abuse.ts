// Abuse bench: many idle event streams must not tax writers. Starts the sandbox CLI as its
// own process on 127.0.0.1, opens BENCH_CLIENTS (500) idle SSE clients (publishable key,
// `Last-Event-ID: 0`), then posts BENCH_RATE (50) writes per second for BENCH_SECONDS (30)
// to the demo mentee's growth thread, and prints the write latency and the server's RSS
// growth. Targets: write p95 ≤ 20 ms, RSS growth ≤ 100 MB. All traffic stays on 127.0.0.1;
// every phase is bounded in count and time. Prints figures; asserts nothing.
//
// One address opening 500 streams is exactly what the per-IP cap refuses, so the sandbox is
// started with `--max-streams-per-ip` raised to fit the clients (when its CLI has the flag).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request, type ClientRequest, type IncomingMessage } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const clients = Number(process.env.BENCH_CLIENTS ?? 500);
const rate = Number(process.env.BENCH_RATE ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const connectTimeoutMs = 60_000;
const writeTimeoutMs = 10_000;
const drainTimeoutMs = 30_000;
const dir = mkdtempSync(join(tmpdir(), 'menteo-abuse-'));
const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

const help = spawnSync(process.execPath, ['--import', 'tsx', cli, '--help'], { encoding: 'utf8' }).stdout;
const capFlag = help.includes('--max-streams-per-ip') ? ['--max-streams-per-ip', String(clients + 10)] : [];
const server = spawn(
  process.execPath,
  ['--import', 'tsx', cli, '--port', '0', '--host', '127.0.0.1', '--db', join(dir, 'abuse.db'), '--mentors', '50', '--rate-limit', '0', '--json', ...capFlag],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const base = await new Promise<URL>((resolve, reject) => {
  let out = '';
  const timer = setTimeout(() => reject(new Error('the sandbox did not start within 120 s')), 120_000);
  server.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const line = out.split('\n').find((l) => l.startsWith('{'));
    if (line) {
      clearTimeout(timer);
      resolve(new URL((JSON.parse(line) as { url: string }).url));
    }
  });
  server.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
});
if (base.hostname !== '127.0.0.1') throw new Error(`refusing to send traffic anywhere but 127.0.0.1 (got ${base.hostname})`);

/** The server's resident set and its peak so far, in MB, from /proc. */
function rss(): { now: number; peak: number } {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const writer = new Agent({ keepAlive: true, maxSockets: 64 });
function call(method: string, path: string, auth: string, body?: unknown): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        method,
        path,
        agent: writer,
        headers: { Authorization: `Bearer ${auth}`, ...(payload ? { 'Content-Type': 'application/json' } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.setTimeout(writeTimeoutMs, () => req.destroy(new Error('timeout')));
    req.once('error', reject);
    req.end(payload);
  });
}

const streams: { req: ClientRequest; res?: IncomingMessage }[] = [];
try {
  const minted = await call('POST', '/v1/auth/tokens', 'sk_test_demo', { externalUserId: 'demo-mentee', name: 'Demo Mentee' });
  if (minted.status !== 201) throw new Error(`could not mint a token: ${minted.status} ${minted.text}`);
  const token = (JSON.parse(minted.text) as { token: string }).token;
  const threads = JSON.parse((await call('GET', '/v1/threads?owner=usr_demomentee', token)).text) as { data: { id: string }[] };
  const threadId = threads.data[0]!.id;

  await new Promise((resolve) => setTimeout(resolve, 500));
  const atStart = rss();

  // Idle clients: a publishable key watching no thread receives nothing but heartbeats.
  const statuses = new Map<number, number>();
  let streamBytes = 0;
  let dropped = 0;
  await new Promise<void>((resolve) => {
    let answered = 0;
    const timer = setTimeout(resolve, connectTimeoutMs);
    if (clients === 0) resolve();
    const answer = (status: number) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (++answered === clients) {
        clearTimeout(timer);
        resolve();
      }
    };
    for (let i = 0; i < clients; i++) {
      const stream: (typeof streams)[number] = {
        req: request(
          {
            host: base.hostname,
            port: base.port,
            path: '/v1/events',
            agent: false,
            headers: { Authorization: 'Bearer pk_test_demo', Accept: 'text/event-stream', 'Last-Event-ID': '0' },
          },
          (res) => {
            stream.res = res;
            answer(res.statusCode ?? 0);
            res.on('data', (chunk: Buffer) => (streamBytes += chunk.length));
            res.on('error', () => dropped++);
          },
        ),
      };
      stream.req.once('error', () => answer(-1));
      stream.req.end();
      streams.push(stream);
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const withClients = rss();

  // Open loop: a write starts every 1000/rate ms whether or not the previous one answered.
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  let failures = 0;
  let timeouts = 0;
  let peak = withClients.peak;
  const sampler = setInterval(() => (peak = Math.max(peak, rss().peak)), 500);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const t0 = performance.now();
    pending.push(
      call('POST', `/v1/threads/${threadId}/posts`, token, { kind: 'update', body: `Abuse bench write ${i}` }).then(
        (res) => {
          latencies.push(performance.now() - t0);
          if (res.status !== 201) failures++;
        },
        () => void timeouts++,
      ),
    );
  }
  const drained = await Promise.race([
    Promise.all(pending).then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), drainTimeoutMs)),
  ]);
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const atEnd = rss();

  latencies.sort((a, b) => a - b);
  const pct = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1) : 'n/a');
  const open = streams.filter((s) => s.res && !s.res.destroyed && !s.res.complete).length;
  console.log(
    `menteo-sandbox abuse bench (${availableParallelism()} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, Node ${process.version})`,
  );
  console.log(
    `  SSE clients: ${clients} asked (pk_test_demo, Last-Event-ID: 0), answers ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}; ${capFlag.length ? `started with ${capFlag.join(' ')}` : 'no --max-streams-per-ip flag on this CLI'}`,
  );
  console.log(
    `  writes: ${latencies.length}/${total} answered in ${elapsed.toFixed(1)} s (${rate}/s for ${seconds} s${drained ? '' : `, gave up waiting after ${drainTimeoutMs / 1000} s`}), non-201: ${failures}, errors/timeouts: ${timeouts}`,
  );
  console.log(`  write latency: p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, max ${latencies.length ? latencies.at(-1)!.toFixed(1) : 'n/a'} ms`);
  console.log(
    `  server RSS: ${atStart.now.toFixed(1)} MB before the clients, ${withClients.now.toFixed(1)} MB with them, ${atEnd.now.toFixed(1)} MB after the writes; growth ${(atEnd.now - atStart.now).toFixed(1)} MB (peak ${Math.max(peak, atEnd.peak).toFixed(1)} MB)`,
  );
  console.log(`  streams still open at the end: ${open}/${clients}, broken: ${dropped}, bytes the idle clients received: ${streamBytes}`);
} finally {
  for (const stream of streams) stream.req.destroy();
  writer.destroy();
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
