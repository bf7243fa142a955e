// The one clock start of every test suite that talks to a sandbox. Suites never run on the
// machine's date: `MENTEO_NOW` picks the instant (`pnpm run test:dates` runs the date-sensitive
// suites at a Saturday, a Monday, both European clock changes, 29 February and New Year's Eve),
// and without it they run at one fixed, ordinary instant.
import { clockFrom, type Clock } from '../clock.js';

/** The instant the suites run at when `MENTEO_NOW` is not set: a Wednesday morning in Europe. */
export const defaultTestNow = '2026-12-02T09:30:00.000Z';

/**
 * The ISO instant the sandbox of this test run starts at.
 *
 * @example
 * ```ts
 * createSandbox({ db: ':memory:', now: testNow() });
 * ```
 */
export function testNow(): string {
  const value = process.env.MENTEO_NOW || defaultTestNow;
  clockFrom(value); // refuses a malformed MENTEO_NOW loudly instead of running on a wrong date
  return new Date(value).toISOString();
}

/**
 * A clock starting at {@link testNow} and advancing in real time.
 *
 * @example
 * ```ts
 * const now = testClock();
 * const inTwoWeeks = new Date(now().getTime() + 14 * 86_400_000);
 * ```
 */
export function testClock(): Clock {
  return clockFrom(testNow());
}
