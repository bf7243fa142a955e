// Time as an input for tests of how long the SDK waits (Retry-After, backoff): `setTimeout` and
// `Date` become node:test's mock timers, moved forward a few virtual milliseconds each time the
// event loop has had a turn. A wait costs no real time, and what the test measures is the
// virtual time the SDK spent, so a slow or loaded machine cannot make it fail. Requests must be
// answered in-process (msw in front of the in-process sandbox): real sockets would not keep up
// with the virtual clock.
import type { TestContext } from 'node:test';

/** What {@link onVirtualClock} measured. */
export interface Timed<T> {
  /** The work's value, if it resolved. */
  value?: T;
  /** What it rejected with, if it did. */
  error?: unknown;
  /** Virtual milliseconds from the start of the work to its end. */
  elapsed: number;
}

/**
 * Runs `work` on a virtual clock and says how long it took in virtual time.
 *
 * @example
 * ```ts
 * it('waits out Retry-After', async (t) => {
 *   const { value, elapsed } = await onVirtualClock(t, () => client.threads.retrieve('thr_x'));
 *   assert.ok(elapsed >= 1_000);
 * });
 * ```
 */
export async function onVirtualClock<T>(t: TestContext, work: () => Promise<T>, stepMs = 10): Promise<Timed<T>> {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 });
  try {
    const started = Date.now();
    let outcome: Omit<Timed<T>, 'elapsed'> | undefined;
    work().then(
      (value) => {
        outcome = { value };
      },
      (error: unknown) => {
        outcome = { error };
      },
    );
    // setImmediate is left real: each turn lets the in-process answers move on before the
    // clock does, and the loop ends on the work's end, never on a count of turns.
    while (!outcome) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!outcome) t.mock.timers.tick(stepMs);
    }
    return { ...outcome, elapsed: Date.now() - started };
  } finally {
    t.mock.timers.reset();
  }
}
