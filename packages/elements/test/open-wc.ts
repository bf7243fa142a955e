// open-wc's testing helpers, with one change: `waitUntil` waits up to 5 s by default instead of 1 s.
// Every test waits on a condition, and a condition met in 50 ms on a quiet machine can take over a
// second on a loaded one (two test runners and a sandbox on two cores): a wait must not fail on the
// machine's pace. Passing tests take no longer; a failing one fails after 5 s instead of 1.
// web-test-runner.config.mjs sends every `@open-wc/testing` import of the test pages here.
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export * from '@open-wc/testing';

/** open-wc's `waitUntil` with a 5 s default timeout (the options given still win). */
export function waitUntil(predicate: () => unknown | Promise<unknown>, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5_000, ...options });
}
