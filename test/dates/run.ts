// `pnpm run test:dates`: the suites that compute with dates, run again at the instants that
// break calendar code — a Saturday, a Monday, the two days European clocks change, 29 February
// and New Year's Eve at 23:30 UTC — each in a different time zone. The sandbox starts its clock
// at MENTEO_NOW (its seed's "today" moves with it), the browser pages shift their `Date` to
// the sandbox's (test/support/page-clock.mjs), and TZ sets Node's and Chromium's zone.
// A suite green yesterday and red today is a bug: this is how we find it before a calendar does.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** When, and where in the world, to run. */
export const instants = [
  { what: 'a Saturday', now: '2027-01-09T10:00:00Z', tz: 'Pacific/Auckland' },
  { what: 'a Monday morning', now: '2027-01-11T07:45:00Z', tz: 'America/Los_Angeles' },
  { what: 'European clocks go forward', now: '2027-03-28T00:30:00Z', tz: 'Europe/Berlin' },
  { what: 'European clocks go back', now: '2027-10-31T00:30:00Z', tz: 'Europe/London' },
  { what: '29 February', now: '2028-02-29T12:00:00Z', tz: 'Asia/Kolkata' },
  { what: "New Year's Eve, 23:30 UTC", now: '2027-12-31T23:30:00Z', tz: 'UTC' },
] as const;

const nodeTest = ['node', '--import', 'tsx', '--test', '--test-timeout=120000', '--test-concurrency=1'];
const testsIn = (dir: string, folder: string) =>
  readdirSync(`${repo}/${dir}/${folder}`)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `${folder}/${name}`);

/** A web-test-runner run of some of the elements' files (`port` is chosen when it starts). */
const browserSuite = (what: string, files: string[]) => ({
  what,
  dir: 'packages/elements',
  command: ['pnpm', 'exec', 'web-test-runner', '--config', 'web-test-runner.config.mjs', '--port', '<port>', ...files.flatMap((file) => ['--files', file])],
});

/** The date-sensitive suites: what they cover, where they run, how. */
export const suites = [
  {
    what: 'sandbox: rooms, sessions, slots, reminders, intro calls, token expiry',
    dir: 'packages/sandbox',
    command: [
      ...nodeTest,
      'test/rooms.test.ts',
      'test/rooms-activity.test.ts',
      'test/rooms-messages.test.ts',
      'test/room-agreement-sessions.test.ts',
      'test/session-reminders.test.ts',
      'test/intro-calls.test.ts',
      'test/intro-call-link.test.ts',
      'test/sandbox-clock.test.ts',
      'test/mentors.test.ts',
      'test/core/auth.test.ts',
    ],
  },
  {
    what: 'SDK: stores (sessions, slots, goals, progress, live updates)',
    dir: 'packages/sdk',
    command: [...nodeTest, ...testsIn('packages/sdk', 'src/stores'), 'test/stores.e2e.test.ts', 'test/resources.e2e.test.ts', 'test/room-journey.e2e.test.ts'],
  },
  // The elements' Chromium files in two halves of about equal length, each its own web-test-runner
  // (its own sandbox, its own port): they wait on the sandbox and the page far more than they compute.
  browserSuite('elements: room widget messages, past sessions, msw; roadmap stepper (Chromium)', [
    'src/room-widget/room-widget.test.ts',
    'src/room-widget/room-widget.msw.test.ts',
    'src/room-widget/room-past.test.ts',
    'src/roadmap-stepper/*.test.ts',
  ]),
  browserSuite('elements: room widget meet, intro call, goals, agreement, review (Chromium)', [
    'src/room-widget/room-intro-call.test.ts',
    'src/room-widget/room-meet.test.ts',
    'src/room-widget/room-goals.test.ts',
    'src/room-widget/room-agreement.test.ts',
    'src/room-widget/room-review.test.ts',
  ]),
  {
    // Booking from the slot picker, a target date typed, the clock moved past a session: in the
    // browser's time zone (TZ), at the sandbox's instant.
    what: 'the mentorship journey end to end in Chromium (en, es)',
    dir: 'test',
    command: [...nodeTest, 'e2e/mentorship-journey.e2e.test.ts'],
  },
];

/** A port free now, for a web-test-runner started beside others (its own search for one races theirs). */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

async function run(suiteCommand: readonly string[], cwd: string, env: Record<string, string>): Promise<{ code: number; output: string; ms: number }> {
  const started = performance.now();
  const port = String(await freePort());
  const command = suiteCommand.map((arg) => (arg === '<port>' ? port : arg));
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { cwd, env: { ...process.env, ...env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output, ms: performance.now() - started }));
  });
}

const only = process.argv.slice(2); // e.g. `pnpm run test:dates -- 2028-02-29T12:00:00Z`
let passed = 0;
let failed = 0;

/** Runs one suite at one instant and prints its verdict (and its failures). */
async function runAt(instant: (typeof instants)[number], suite: (typeof suites)[number]): Promise<void> {
  const { code, output, ms } = await run(suite.command, `${repo}/${suite.dir}`, { MENTEO_NOW: instant.now, TZ: instant.tz });
  const verdict = code === 0 ? 'ok' : 'FAILED';
  process.stdout.write(`${verdict.padEnd(6)} ${instant.now} ${instant.tz.padEnd(19)} ${instant.what.padEnd(27)} ${suite.what} (${(ms / 1000).toFixed(1)} s)\n`);
  if (code === 0) passed++;
  else {
    failed++;
    // The failures first (node's `not ok` blocks, web-test-runner's ❌ lines), then the end of the output.
    const lines = output.split('\n');
    const failures = lines.flatMap((line, at) => (/^\s*not ok |❌/.test(line) ? lines.slice(at, at + 25) : []));
    process.stdout.write(`${[...failures, '…', ...lines.slice(-60)].join('\n')}\n`);
  }
}

// Every (instant, suite) pair is a job, and a few run side by side: each starts its own sandbox
// on a free port and every wait in them is on a condition, so none depends on another's pace. The
// suites spend most of their time waiting on a sandbox or a page, so three at a time keep the
// machine's two cores busy (two lanes left them idle a third of the time). Longest first.
const lanes = Math.max(1, Number(process.env.DATES_LANES ?? 3));
const jobs = instants
  .filter((instant) => only.length === 0 || only.includes(instant.now))
  .flatMap((instant) => suites.map((suite) => ({ instant, suite })))
  .sort((a, b) => Number(b.suite.dir === 'packages/elements') - Number(a.suite.dir === 'packages/elements'));
await Promise.all(
  Array.from({ length: lanes }, async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) await runAt(job.instant, job.suite);
  }),
);
process.stdout.write(`dates: ${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
