// How long a test run has taken, for the lines of its log: CI allows 90 minutes and keeps only
// the end of a log, so the runners (test/run-all.ts, test/dates/run.ts) print where the time went.

/** `ms` as minutes and seconds: `1:05`. */
export function minutesSeconds(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * When `npm test` began (epoch ms), from the `MENTEO_TEST_STARTED` it exports before installing;
 * `undefined` when the runner was started some other way.
 */
export function testStartedAt(): number | undefined {
  const seconds = Number(process.env.MENTEO_TEST_STARTED);
  return seconds > 0 ? seconds * 1000 : undefined;
}
