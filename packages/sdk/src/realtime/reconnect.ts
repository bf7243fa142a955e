/**
 * How long to wait before reconnect attempt `attempt` (0 for the first): `base · 2^attempt`,
 * capped at `max` (never below `base`), then jittered over its upper half so that clients
 * dropped together do not all come back in the same instant.
 *
 * @example
 * ```ts
 * backoff(0, 2000); // 1000–2000 ms
 * backoff(3, 2000); // 8000–16000 ms
 * ```
 */
export function backoff(attempt: number, base: number, max = 30_000): number {
  const ceiling = Math.min(Math.max(base, max), base * 2 ** attempt);
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

/**
 * Resolves after `ms`, or as soon as `signal` aborts; either way no timer or listener stays behind.
 *
 * @example
 * ```ts
 * await sleep(1000, controller.signal); // controller.abort() ends it early
 * ```
 */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, signal.aborted ? 0 : ms);
    signal.addEventListener('abort', done);
  });
}
