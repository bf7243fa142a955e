/**
 * The sandbox's sense of "now". Everything that asks what time it is — the seed's "today",
 * token expiry, slots, room expiry, pruning — asks this, never the machine, so a test or a
 * demo can run the same world on any date.
 *
 * @example
 * ```ts
 * const now: Clock = clockFrom('2027-03-28T00:30:00Z');
 * now(); // 2027-03-28T00:30:00.000Z, then later as real time passes
 * ```
 */
export type Clock = () => Date;

/** Where a sandbox's clock starts: a clock function, an instant, or an ISO 8601 string. */
export type ClockStart = Clock | Date | string;

/**
 * A clock that reads `start` now and advances with real time from here, so timeouts, token
 * lifetimes and "just now" behave as they do on the real clock — only the date differs.
 * A function is returned as it is.
 *
 * @throws RangeError when `start` is not a valid instant (e.g. `2027-02-30T10:00:00Z`).
 * @example
 * ```ts
 * createSandbox({ now: clockFrom('2028-02-29T12:00:00Z') });
 * ```
 */
export function clockFrom(start: ClockStart): Clock {
  if (typeof start === 'function') return start;
  const origin = parseInstant(start);
  const startedAt = performance.now();
  return () => new Date(origin + Math.floor(performance.now() - startedAt));
}

/**
 * Milliseconds since the epoch of an ISO 8601 instant with a zone (`Z` or `±hh:mm`), refusing
 * what `Date.parse` would silently roll over (31 April, 29 February of a common year, 24:00).
 *
 * @example
 * ```ts
 * parseInstant('2027-10-31T00:30:00Z'); // 1824942600000
 * ```
 */
export function parseInstant(value: Date | string): number {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('the clock needs a valid date');
    return value.getTime();
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  const ms = Date.parse(value);
  if (!match || Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 instant with a zone: ${value}`);
  const [y, mo, d, h, mi, s] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const calendar = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (
    calendar.getUTCFullYear() !== y ||
    calendar.getUTCMonth() !== mo - 1 ||
    calendar.getUTCDate() !== d ||
    calendar.getUTCHours() !== h ||
    calendar.getUTCMinutes() !== mi ||
    calendar.getUTCSeconds() !== s
  ) {
    throw new RangeError(`not a real date and time: ${value}`);
  }
  return ms;
}

/**
 * A clock that tests and demos can move forward (`POST /v1/sandbox/clock`, like Stripe's test
 * clocks): it reads `base` plus how far it was moved, so it keeps advancing as `base` does. It
 * never goes backwards — everything the sandbox stored (token expiry, sent reminders, a
 * session's completion) assumes time only moves on.
 *
 * @example
 * ```ts
 * const clock = new AdjustableClock(clockFrom('2026-12-02T09:30:00Z'));
 * clock.moveTo(clock.now().getTime() + 2 * 3_600_000); // two hours on
 * clock.now(); // 2026-12-02T11:30:00.000Z, then later as real time passes
 * ```
 */
export class AdjustableClock {
  private offsetMs = 0;
  private readonly listeners = new Set<(now: Date) => void>();

  constructor(private readonly base: Clock) {}

  /** The clock's reading: `base` plus every move so far. Bound, so it can be passed as a {@link Clock}. */
  readonly now: Clock = () => new Date(this.base().getTime() + this.offsetMs);

  /**
   * Moves the clock to `instant` (milliseconds since the epoch) and tells the listeners.
   *
   * @throws RangeError when `instant` is before the clock's reading: time never goes back.
   * @example
   * ```ts
   * clock.moveTo(Date.parse('2026-12-03T10:00:00Z'));
   * ```
   */
  moveTo(instant: number): Date {
    const before = this.now().getTime();
    if (!Number.isFinite(instant) || instant < before) {
      throw new RangeError(`the clock only moves forward (now ${new Date(before).toISOString()})`);
    }
    this.offsetMs += instant - before;
    const now = this.now();
    for (const listener of this.listeners) listener(now);
    return now;
  }

  /**
   * Calls `listener` after every move (the sandbox sends the reminders that came due); returns
   * the function that stops it.
   *
   * @example
   * ```ts
   * const stop = clock.onMove((now) => console.log(`now ${now.toISOString()}`));
   * ```
   */
  onMove(listener: (now: Date) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
