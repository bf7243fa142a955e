import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stallMs, Watchdog } from './wtr-watchdog.mjs';

/** A watchdog on a clock the test moves, and a sandbox with one unanswered request and one stream. */
function watched() {
  let now = 1_000_000;
  const printed: string[] = [];
  const host = {
    inFlight: () => [
      { method: 'GET', url: '/v1/events', ms: 90_000, stream: true },
      { method: 'GET', url: '/v1/threads/thr_1/posts', ms: 61_000, stream: false },
    ],
  };
  const watchdog = new Watchdog(
    host,
    (line) => printed.push(line),
    () => now,
  );
  return { watchdog, printed, advance: (ms: number) => (now += ms) };
}

test('a page silent for a minute is reported once, with its last test and what the sandbox has not answered; again after another minute', (t) => {
  const { watchdog, printed, advance } = watched();
  t.after(() => watchdog.stop());
  watchdog.check();
  assert.deepEqual(printed, [], 'nothing heard yet: nothing to report');
  watchdog.heard({ at: 'before', test: 'comments > shows replies' });
  advance(stallMs - 1);
  watchdog.check();
  assert.deepEqual(printed, []);
  advance(1);
  watchdog.check();
  watchdog.check();
  assert.deepEqual(printed, [
    'menteo watchdog: no test has started or ended for 60 s; the last one started: "comments > shows replies". The sandbox has 1 event stream(s) open and 1 request(s) unanswered\n    GET /v1/threads/thr_1/posts waiting 61 s',
  ]);
  advance(stallMs);
  watchdog.check();
  assert.equal(printed.length, 2);
  assert.match(printed[1]!, /for 120 s/);
});

test('tests failing one after another are reported from the second on; a pass ends the run of failures', (t) => {
  const { watchdog, printed } = watched();
  t.after(() => watchdog.stop());
  watchdog.heard({ at: 'after', test: 'a', state: 'failed', error: 'Timeout of 20000ms exceeded.', ms: '20004' });
  assert.deepEqual(printed, [], 'one failure is the runner’s to report');
  watchdog.heard({ at: 'after', test: 'b', state: 'passed', ms: '300' });
  watchdog.heard({ at: 'after', test: 'c', state: 'failed', error: 'x', ms: '1000' });
  assert.deepEqual(printed, []);
  watchdog.heard({ at: 'after', test: 'd', state: 'failed', error: 'Timeout of 20000ms exceeded.', ms: '20001' });
  assert.equal(printed.length, 1);
  assert.match(
    printed[0]!,
    /^menteo watchdog: 2 tests in a row failed \(the last: "d" after 20 s: Timeout of 20000ms exceeded\.\)\. The sandbox has 1 event stream/,
  );
});

test('a failure is counted once, however often its page asks while its streams close', (t) => {
  const { watchdog, printed } = watched();
  t.after(() => watchdog.stop());
  watchdog.heard({ at: 'after', test: 'a', state: 'failed', error: 'x', ms: '1000' });
  for (let i = 0; i < 5; i++) watchdog.heard({ at: 'after', test: 'a' });
  assert.deepEqual(printed, []);
  watchdog.heard({ at: 'after', test: 'b', state: 'failed', error: 'y', ms: '1000' });
  assert.equal(printed.length, 1);
  assert.match(printed[0]!, /^menteo watchdog: 2 tests in a row failed \(the last: "b"/);
});

test('after a stall’s report, says what each page is doing (the probe’s lines), or that it could not ask', async (t) => {
  const printed: string[] = [];
  let now = 1_000_000;
  const host = { inFlight: () => [] };
  const probes = [
    async () => ['page http://localhost:8000/?wtr-session-id=a: answers a script (complete, 9 elements): waiting, not busy'],
    async () => Promise.reject(new Error('gone')),
  ];
  for (const probe of probes) {
    const watchdog = new Watchdog(
      host,
      (line) => printed.push(line),
      () => now,
      probe,
    );
    t.after(() => watchdog.stop());
    watchdog.heard({ at: 'after', test: 'comments > the last one' });
    now += stallMs;
    watchdog.check();
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.equal(printed.length, 4);
  assert.match(printed[0]!, /^menteo watchdog: no test has started or ended for 60 s/);
  assert.equal(printed[1], 'menteo watchdog: page http://localhost:8000/?wtr-session-id=a: answers a script (complete, 9 elements): waiting, not busy');
  assert.equal(printed[3], 'menteo watchdog: the pages could not be probed: Error: gone');
});
