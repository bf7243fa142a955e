import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { FailureDigest } from './failure-digest.js';
import { stallReport } from './wtr-watchdog.mjs';

const digestOf = (output: string) => {
  const digest = new FailureDigest();
  for (const line of output.split('\n')) digest.read(line);
  return digest.lines();
};

/** What node:test prints for a file with one failing and one passing test, in `reporter`'s format. */
async function nodeTestOutput(reporter: 'tap' | 'spec'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'digest-'));
  try {
    const file = join(dir, 'sums.test.mjs');
    await writeFile(
      file,
      `import test from 'node:test'; import assert from 'node:assert/strict';
test('sums', async (t) => {
  await t.test('adds up', () => assert.equal(1 + 1, 3, 'one and one make three'));
  await t.test('passes', () => {});
});
test('a flat failure', () => { throw new Error('flat and single-line'); });`,
    );
    // Without the context node:test gives the tests it starts, which makes a child report in its own format.
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    const run = promisify(execFile)(process.execPath, ['--test', `--test-reporter=${reporter}`, file], { env });
    const { stdout } = await run.catch((failed: { stdout: string }) => failed);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test("node:test's TAP: each failing test with its message, the passing ones left out", async () => {
  const lines = digestOf(await nodeTestOutput('tap'));
  assert.ok(lines.includes('  ✗ adds up'), lines.join('\n'));
  assert.equal(lines[lines.indexOf('  ✗ adds up') + 1], '      one and one make three');
  assert.equal(lines[lines.indexOf('  ✗ a flat failure') + 1], '      flat and single-line');
  assert.ok(lines.includes('  ✗ sums'), 'the suite that failed is named too');
  assert.ok(!lines.some((line) => line.includes('passes')));
});

test("node:test's spec reporter: each failure once, though it prints them twice", async () => {
  const lines = digestOf(await nodeTestOutput('spec'));
  assert.equal(lines.filter((line) => line === '  ✗ adds up').length, 1, lines.join('\n'));
  assert.match(lines[lines.indexOf('  ✗ adds up') + 1]!, /one and one make three/);
  assert.ok(!lines.some((line) => line.includes('failing tests')));
});

test("web-test-runner's reporter: the file, the test and the error, per runner even when their lines interleave", () => {
  const cyan = (text: string) => `\u001b[36m${text}\u001b[39m`;
  const red = (text: string) => `\u001b[31m${text}\u001b[39m`;
  const output = [
    `[1] ${cyan('src/room-widget/room-widget.test.ts')}:`,
    `[2] ${cyan('src/thread-feed/comment-section.test.ts')}:`,
    '[1] ',
    '[1]  ❌ room widget > sends a message',
    '[2]  ❌ Browser tests did not complete within 180000ms',
    `[1]       ${red('AssertionError: expected 2 to equal 3')}`,
    '[1]         at n.<anonymous> (src/room-widget/room-widget.test.ts:40:5)',
    '[2] ',
    '[2] Chrome: |██████████████████████████████| 29/29 test files | 206 passed, 1 failed',
  ].join('\n');
  assert.deepEqual(digestOf(output), [
    '  [1] ✗ src/room-widget/room-widget.test.ts: room widget > sends a message',
    '  [2] ✗ src/thread-feed/comment-section.test.ts: Browser tests did not complete within 180000ms',
    '      AssertionError: expected 2 to equal 3',
  ]);
});

test("the browser suites' watchdog: the test a page stalled in, and each request the sandbox had not answered", () => {
  const host = {
    inFlight: () => [
      { method: 'GET', url: '/v1/events?topics=thread', ms: 70_000, stream: true },
      { method: 'POST', url: '/v1/posts/pst_1/comments', ms: 64_400, stream: false },
    ],
  };
  const report = stallReport({ test: 'comments > shows replies', at: 'before' }, 61_000, host);
  const output = [
    '[2] src/thread-feed/comment-section.test.ts:',
    ...report.split('\n').map((line) => `[2] ${line}`),
    '[2] Chrome: |███| 22/29 test files',
  ].join('\n');
  assert.deepEqual(digestOf(output), [
    '  [2] ⏱ no test has started or ended for 61 s; the last one started: "comments > shows replies". The sandbox has 1 event stream(s) open and 1 request(s) unanswered',
    '      [2] POST /v1/posts/pst_1/comments waiting 64 s',
  ]);
});

test('a digest stops at its limit and says there is more', () => {
  const digest = new FailureDigest(3);
  for (let n = 1; n <= 5; n++) digest.read(`not ok ${n} - failure ${n}`);
  assert.deepEqual(digest.lines(), ['  ✗ failure 1', '  ✗ failure 2', '  ✗ failure 3', '  … and more in the log above']);
});
