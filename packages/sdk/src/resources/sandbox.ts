import type { APIPromise } from '../core/api-promise.js';
import type { BaseCore, RequestOptions } from '../core/base-core.js';
import type { BodyOf, Schema } from '../core/types.js';
import { Resource } from './resource.js';

/**
 * The local sandbox's test clock (`POST /v1/sandbox/clock`), like Stripe's test clocks: a test
 * or a demo moves the sandbox's "now" forward instead of waiting, e.g. past a session's end
 * so the mentor can mark it completed, or past a reminder. Sandbox only: the production API
 * answers `NotFoundError`. Needs the client's `secretKey` (servers and tests only).
 *
 * @example
 * ```ts
 * const server = new Menteo({ secretKey: 'sk_test_demo', baseUrl: 'http://127.0.0.1:4010' });
 * const { now } = await server.sandbox.clock.advance('PT2H');
 * ```
 */
export class SandboxClock extends Resource {
  /**
   * Moves the clock forward by an ISO 8601 duration in weeks, days, hours, minutes or seconds
   * (`PT2H`, `P1DT30M`, `P2W`; at most 366 days); answers the sandbox's new `now`. Reminders
   * that came due on the way are sent before it answers. User tokens keep their expiry on the
   * sandbox's clock: a move past it expires them (the SDK mints again through its token function).
   *
   * @example
   * ```ts
   * await server.sandbox.clock.advance('P1D');
   * ```
   */
  advance(duration: string, options?: RequestOptions): APIPromise<Schema<'SandboxClock'>> {
    return this.move({ advanceBy: duration }, options);
  }

  /**
   * Moves the clock forward by `advanceBy` or to the instant `to` (never back: an earlier
   * `to` is refused with `UnprocessableEntityError` naming `/to`).
   *
   * @example
   * ```ts
   * await server.sandbox.clock.move({ to: new Date(Date.parse(session.endsAt) + 60_000).toISOString() });
   * ```
   */
  move(body: BodyOf<'moveSandboxClock'>, options?: RequestOptions): APIPromise<Schema<'SandboxClock'>> {
    return this.core.request({ ...options, method: 'POST', path: '/v1/sandbox/clock', body, credential: 'secret' });
  }
}

/**
 * What only the local sandbox serves, for tests and demos (production answers `NotFoundError`).
 *
 * @example
 * ```ts
 * await new Menteo({ secretKey: 'sk_test_demo', baseUrl: 'http://127.0.0.1:4010' }).sandbox.clock.advance('PT2H');
 * ```
 */
export class Sandbox extends Resource {
  /** The sandbox's test clock. See {@link SandboxClock}. */
  readonly clock: SandboxClock;

  /**
   * Binds the sandbox's operations to a client (`Menteo` does it as `client.sandbox`).
   *
   * @example
   * ```ts
   * const sandbox = new Sandbox(new MenteoCore({ secretKey: 'sk_test_demo', baseUrl: 'http://127.0.0.1:4010' }));
   * ```
   */
  constructor(core: BaseCore) {
    super(core);
    this.clock = new SandboxClock(core);
  }
}
