// open-wc's testing helpers, with two additions for every test page of this package
// (web-test-runner.config.mjs sends every `@open-wc/testing` import of the test pages here):
// - `waitUntil` waits up to 5 s by default instead of 1 s. Every test waits on a condition, and a
//   condition met in 50 ms on a quiet machine can take over a second on a loaded one (two test
//   runners and a sandbox on two cores): a wait must not fail on the machine's pace. Passing tests
//   take no longer; a failing one fails after 5 s instead of 1.
// - After each test, once its fixtures are removed, every event stream the page opened to the
//   sandbox must close. An element that keeps its live connection after it left the page leaks it
//   in a customer's single-page app too; and in a test run each one holds one of the six
//   connections Chromium keeps per host, so a few can make every later test of the file wait on
//   the network until the file times out with no test named (a signed-in provider with an update
//   pending as it left reopened its connection: the likely cause of the thread feed's comment
//   tests stalling 180 s in 2 runs of about 10). This names the test instead.
// - Resource Timing keeps every entry of the page, not Chromium's default 250. Tests read it to
//   prove what was or was not fetched ("the review part was loaded"); the stream checks' own
//   requests filled the buffer on a slow date lane (stop 23), and a full buffer drops new
//   entries silently: a "loaded" check fails, and a "not loaded" check passes for nothing.
// - In a date lane of `pnpm run test:dates` (test/dates/run.ts), tests whose title carries
//   `@no-dates` are not declared: nothing in them a date, a time zone or an instant can change (a
//   load error, a link, a dialog), and the main run has them. About half the room widget's time.
import { fixtureCleanup, waitUntil as openWcWaitUntil } from '@open-wc/testing';
import { sandbox } from '@menteo/test-support/elements';

export * from '@open-wc/testing';

performance.setResourceTimingBufferSize(1_000_000);

// Not declared rather than filtered with mocha's `grep`: web-test-runner counts a test that a grep
// left out as failed. Test files import this module first, so `it` is replaced before they run.
if (sandbox.dateLane) {
  const declare = globalThis.it;
  const declareUnlessTagged = (title: string, test?: Mocha.Func | Mocha.AsyncFunc) => (title.includes('@no-dates') ? undefined : declare(title, test));
  globalThis.it = Object.assign(declareUnlessTagged, declare) as typeof it;
}

/** open-wc's `waitUntil` with a 5 s default timeout (the options given still win). */
export function waitUntil(predicate: () => unknown | Promise<unknown>, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5_000, ...options });
}

/**
 * The event streams open at the sandbox now (counted by the server: test/support/wtr-sandbox.mjs),
 * asked as the test `title` starts (`before`) or ends (`after`): the server's watchdog names the
 * test a page stalled in.
 */
const openStreams = async (at: 'before' | 'after', title: string, outcome: Record<string, string> = {}) =>
  Number(await (await fetch(`/__menteo/streams?${new URLSearchParams({ at, test: title, ...outcome })}`)).text());

/**
 * Waits up to 15 s for every event stream to close; how many were still open, else 0. A closed
 * stream is counted at once on a quiet machine; under the date suites' three lanes on two cores,
 * one took longer than 5 s once (2026-12-06), so the wait is long, and costs a passing test nothing.
 */
async function streamsLeftOpen(at: 'before' | 'after', title: string, outcome?: Record<string, string>): Promise<number> {
  let open = 0;
  // The outcome goes with the first ask only: the watchdog counts each failure once.
  let said = outcome;
  await waitUntil(
    async () => {
      open = await openStreams(at, title, said);
      said = undefined;
      return open === 0;
    },
    undefined,
    { interval: 25, timeout: 15_000 },
  ).catch(() => {});
  return open;
}

/** The test that ended last, to blame for a stream that opened after it (its element had a late update). */
let previous = 'the page before this one';

// web-test-runner reports a failed hook as the file's error: the test's name goes in the message.
beforeEach(async function streamsClosedBefore() {
  const open = await streamsLeftOpen('before', this.currentTest?.fullTitle() ?? '');
  if (open) throw new Error(`${open} event stream(s) opened after "${previous}" ended and its elements had left the page, still open 15 s later`);
});

afterEach(async function streamsClosed() {
  fixtureCleanup();
  const test = this.currentTest;
  previous = test?.fullTitle() ?? previous;
  // How it went, for the server's watchdog (test/support/wtr-watchdog.mjs): tests failing one after another are reported at once.
  const outcome = { state: test?.state ?? '', ms: String(test?.duration ?? 0), error: (test?.err?.message ?? '').split('\n')[0]!.slice(0, 200) };
  const open = await streamsLeftOpen('after', previous, outcome);
  if (open)
    throw new Error(
      `${open} event stream(s) still open 15 s after "${previous}" ended and its elements left the page (opened by it, or late by the test before): what opens a stream must close it when it goes`,
    );
});
