// `pnpm run test:dates`: the suites that compute with dates, run again at the instants that
// break calendar code, each in a time zone that makes it harder. The sandbox starts its clock at
// MENTEO_NOW (its seed's "today" moves with it), the browser pages shift their `Date` to the
// sandbox's (test/support/page-clock.mjs), and TZ sets Node's and Chromium's zone. The main run
// (`pnpm -r test`) covers an ordinary instant (`testNow()`) in the machine's zone, UTC on CI.
// A suite green yesterday and red today is a bug: this is how we find it before a calendar does.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { minutesSeconds, testStartedAt } from '../support/elapsed.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/**
 * When, and where in the world, to run. Each instant puts two or three hazards together, so
 * that five runs cover what took six: a local date, weekday, month or year that is not UTC's,
 * both directions of a daylight-saving change, a leap day, and offsets of -8, +1, +5:30 and +13.
 */
export const instants = [
  { what: "New Year's Eve in UTC, Saturday 1 January 2028 in Auckland", now: '2027-12-31T23:30:00Z', tz: 'Pacific/Auckland' },
  { what: 'Monday morning in UTC, Sunday night in Los Angeles', now: '2027-01-11T07:45:00Z', tz: 'America/Los_Angeles' },
  { what: 'European clocks go forward in 30 minutes', now: '2027-03-28T00:30:00Z', tz: 'Europe/Berlin' },
  { what: 'European clocks go back in 30 minutes', now: '2027-10-31T00:30:00Z', tz: 'Europe/London' },
  { what: '29 February in UTC, 1 March in Kolkata', now: '2028-02-29T18:45:00Z', tz: 'Asia/Kolkata' },
] as const;

const nodeTest = ['node', '--import', 'tsx', '--test', '--test-timeout=120000', '--test-concurrency=1'];
const testsIn = (dir: string, folder: string) =>
  readdirSync(`${repo}/${dir}/${folder}`)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `${folder}/${name}`);

/**
 * A web-test-runner run of some of the elements' files (`port` is chosen when it starts), without
 * their tests tagged `@no-dates` (packages/elements/test/open-wc.ts leaves them undeclared).
 */
const browserSuite = (what: string, files: string[]) => ({
  what,
  dir: 'packages/elements',
  command: ['pnpm', 'exec', 'web-test-runner', '--config', 'web-test-runner.config.mjs', '--port', '<port>', ...files.flatMap((file) => ['--files', file])],
  env: { MENTEO_DATE_LANE: '1' },
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
    command: [
      ...nodeTest,
      // The stores that hold rooms, sessions, slots and intro calls (the thread's, comments' and
      // reading list's stores compute no dates: they run in the main run only).
      ...testsIn('packages/sdk', 'src/stores').filter((file) => /\/(room-|intro-calls|keys|paged-source)/.test(file)),
      'test/stores.e2e.test.ts',
      'test/resources.e2e.test.ts',
      'test/room-journey.e2e.test.ts',
    ],
  },
  // The room widget's Chromium files, the elements that show dates: sessions and slots in the
  // viewer's zone, "tomorrow", agreements' terms, intro calls (the stepper's and the failure
  // states' files show none, and run in the main run only; so do these files' tests tagged
  // `@no-dates`, about half their time).
  browserSuite('elements: room widget messages, sessions, intro call, goals, agreement, review (Chromium)', [
    'src/room-widget/room-widget.test.ts',
    'src/room-widget/room-past.test.ts',
    'src/room-widget/room-intro-call.test.ts',
    'src/room-widget/room-meet.test.ts',
    'src/room-widget/room-goals.test.ts',
    'src/room-widget/room-agreement.test.ts',
    'src/room-widget/room-review.test.ts',
  ]),
  {
    // Booking from the slot picker, a target date typed, the clock moved past a session: in the
    // browser's time zone (TZ), at the sandbox's instant. In English: Spanish's journey takes the
    // same dates through the same code (the main run walks both).
    what: 'the mentorship journey end to end in Chromium (en)',
    dir: 'test',
    command: [...nodeTest, 'e2e/mentorship-journey.e2e.test.ts'],
    env: { JOURNEY_LANGS: 'en' },
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

const widest = Math.max(...instants.map((instant) => instant.what.length));
const only = process.argv.slice(2); // e.g. `pnpm run test:dates -- 2028-02-29T12:00:00Z`
let passed = 0;
let failed = 0;
const began = performance.now();
const since = (ms: number) => minutesSeconds(performance.now() - ms);

/** Runs one suite at one instant and prints its verdict (and its failures). */
async function runAt(instant: (typeof instants)[number], suite: (typeof suites)[number]): Promise<void> {
  const { code, output, ms } = await run(suite.command, `${repo}/${suite.dir}`, {
    ...('env' in suite ? suite.env : {}),
    MENTEO_NOW: instant.now,
    TZ: instant.tz,
  });
  const verdict = code === 0 ? 'ok' : 'FAILED';
  process.stdout.write(
    `${verdict.padEnd(6)} ${instant.now} ${instant.tz.padEnd(19)} ${instant.what.padEnd(widest)} ${suite.what} (${(ms / 1000).toFixed(1)} s, at ${since(began)})\n`,
  );
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
// `npm test` sets MENTEO_TEST_STARTED (epoch seconds): CI keeps only the end of a log, so this
// line is where one reads how long everything before the dates took.
const startedAt = testStartedAt();
const minutesIn = (at: number) => ((Date.now() - at) / 60_000).toFixed(1);
const before = startedAt ? `, ${minutesIn(startedAt)} min after npm test began` : '';
process.stdout.write(`dates: ${jobs.length} jobs, ${lanes} at a time${before}\n`);
await Promise.all(
  Array.from({ length: lanes }, async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) await runAt(job.instant, job.suite);
  }),
);
process.stdout.write(`dates: ${passed} passed, ${failed} failed in ${since(began)}${startedAt ? `; npm test has run ${minutesIn(startedAt)} min` : ''}\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
