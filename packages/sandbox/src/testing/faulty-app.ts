// A second app over a running sandbox's database, with its own fault injection and rate
// limits: a test asks it for the sandbox's real 503 or 429 answer while the sandbox itself
// keeps answering normally (its data is the same, only the envelope around it differs).
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import type { Clock } from '../clock.js';
import { EventBus } from '../events/event-bus.js';
import { Faults } from '../http/faults.js';
import { RateLimiter, type RateLimitOptions } from '../http/rate-limit.js';
import type { Sandbox } from '../sandbox.js';

/** How the copy differs from the sandbox it reads. */
export interface FaultyAppOptions {
  /** The sandbox's clock (give the one the sandbox runs on, so both agree on "now"). */
  now: Clock;
  /** Probability that a request fails (0–1); half of those are handled, then lost. Default 0. */
  failRate?: number;
  /** Rate limits of the copy. Default: off. */
  rateLimit?: RateLimitOptions;
  /** The fault injection's seed: the same seed draws the same failures. Default 7. */
  seed?: number;
}

/**
 * An app over `sandbox`'s database with its own faults and rate limits, answering in-process
 * (`app.request(path, init)`). It publishes no events to the sandbox's streams.
 *
 * @example
 * ```ts
 * const sandbox = createSandbox({ db: ':memory:', now: testClock() });
 * const failing = faultyApp(sandbox, { now: testClock(), failRate: 1 });
 * (await failing.request('/v1/mentors/men_demomentor', { headers: { authorization: 'Bearer pk_test_demo' } })).status; // 503
 * ```
 */
export function faultyApp(sandbox: Pick<Sandbox, 'db'>, options: FaultyAppOptions): Hono {
  return createApp({
    db: sandbox.db,
    bus: new EventBus(),
    now: options.now,
    log: () => {},
    faults: new Faults({ latencyMs: 0, failRate: options.failRate ?? 0, seed: options.seed ?? 7 }),
    rateLimiter: new RateLimiter(options.rateLimit ?? { limit: 0, windowSeconds: 60 }),
    onEventsCommitted: () => {},
  });
}
