import type { Db } from './db/database.js';
import type { LoggedEvent } from './events/event-log.js';
import { nextReminderAt, sendDueReminders } from './resources/rooms/reminders.js';

/** What the reminder timer runs on. */
export interface ReminderTimerOptions {
  db: Db;
  /** The sandbox's clock. */
  now: () => Date;
  /** Hands sent reminders to the streams and the webhooks (after they committed). */
  publish: (events: readonly LoggedEvent[]) => void;
  log: (line: string) => void;
  /**
   * Longest real wait between two looks at the clock, for a clock that can move without
   * telling (the machine's, after a laptop sleeps). `undefined`: wait for the next reminder
   * only — a caller that owns the clock says when it moved ({@link ReminderTimer.check}).
   */
  recheckMs?: number;
}

/** The longest delay `setTimeout` takes (about 24.8 days); a later reminder is looked at again then. */
const maxTimeoutMs = 2 ** 31 - 1;

/**
 * Sends session reminders on the sandbox's clock: one timer set for the next reminder's moment
 * (read from the database each time: nothing to keep across restarts), a pass when it
 * fires, at start-up (catching up on what came due while the sandbox was stopped) and whenever
 * {@link check} is called — after a test or a demo moves the clock. The timer is unref'd.
 *
 * @example
 * ```ts
 * const reminders = new ReminderTimer({ db, now, publish: (events) => bus.publish(events), log });
 * setNow(new Date('2026-12-03T09:00:00Z'));
 * reminders.check(); // sends what is due at the new time
 * ```
 */
export class ReminderTimer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private wakeAt = Number.POSITIVE_INFINITY;
  private stopped = false;

  constructor(private readonly options: ReminderTimerOptions) {
    this.check();
  }

  /**
   * Sends every reminder due now and sets the timer for the next one; returns how many were sent.
   *
   * @example
   * ```ts
   * sandbox.sendDueReminders(); // the Sandbox's method calls this
   * ```
   */
  check(): number {
    if (this.stopped) return 0;
    // One reading of the clock for the whole pass. Read again for the timer, a running clock could
    // pass a reminder's moment in between: not due at the first reading, and no longer "next" at
    // the second (nextReminderAt looks from then on), it would never be sent. test:dates met it
    // on a loaded machine.
    const now = this.options.now();
    let sent: LoggedEvent[] = [];
    try {
      sent = sendDueReminders(this.options.db, now);
    } catch (error) {
      this.options.log(`session reminders failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (sent.length > 0) this.options.publish(sent);
    this.clear();
    this.schedule(now);
    return sent.length;
  }

  /**
   * Brings the timer forward when a write made a reminder that comes before it (a session
   * just accepted). Never sends by itself: what is already due waits for the timer or {@link check}.
   *
   * @example
   * ```ts
   * onEventsCommitted: () => reminders.reschedule();
   * ```
   */
  reschedule(): void {
    if (this.stopped) return;
    this.schedule();
  }

  /** Stops the timer (on close); later calls do nothing. */
  stop(): void {
    this.stopped = true;
    this.clear();
  }

  /** Sets the timer for the next reminder from `at` (the pass's own reading of the clock, see {@link check}). */
  private schedule(at: Date = this.options.now()): void {
    const next = nextReminderAt(this.options.db, at);
    let delay = next === undefined ? Number.POSITIVE_INFINITY : Math.max(0, Date.parse(next) - at.getTime());
    if (this.options.recheckMs !== undefined) delay = Math.min(delay, this.options.recheckMs);
    if (!Number.isFinite(delay)) return;
    delay = Math.min(delay, maxTimeoutMs);
    // Real milliseconds from now: an earlier timer already set is kept.
    const wakeAt = performance.now() + delay;
    if (this.timer !== undefined && this.wakeAt <= wakeAt) return;
    this.clear();
    this.wakeAt = wakeAt;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.wakeAt = Number.POSITIVE_INFINITY;
      this.check();
    }, delay);
    this.timer.unref?.();
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.wakeAt = Number.POSITIVE_INFINITY;
  }
}
