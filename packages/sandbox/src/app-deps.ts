import type { AdjustableClock } from './clock.js';
import type { Db } from './db/database.js';
import type { EventBus } from './events/event-bus.js';
import type { Faults } from './http/faults.js';
import type { RateLimiter } from './http/rate-limit.js';

/**
 * What the app runs on: the database, the event bus and the clock, shared by the request
 * envelope, the dispatcher and the stream handlers. Its own module so that handlers can
 * name it without importing the app that dispatches to them.
 *
 * @example
 * ```ts
 * const clock = new AdjustableClock(() => new Date());
 * const deps: AppDeps = { db, bus: new EventBus(), now: clock.now, clock, log: console.error, faults, rateLimiter, onEventsCommitted() {} };
 * const app = createApp(deps);
 * ```
 */
export interface AppDeps {
  db: Db;
  bus: EventBus;
  faults: Faults;
  rateLimiter: RateLimiter;
  now: () => Date;
  /**
   * The clock `now` reads, which the sandbox-only `POST /v1/sandbox/clock` moves forward. Without
   * it the operation answers `404`, as the production API does.
   */
  clock?: AdjustableClock;
  /**
   * Origins that test keys (and the tokens of organizations without live keys) accept beside
   * this machine's own (`http(s)://localhost:*`): the sandbox's `--allow-origin` list.
   */
  devOrigins?: readonly string[];
  /** Called after a transaction that appended events commits (webhook delivery). */
  onEventsCommitted: () => void;
  log: (line: string) => void;
}
