import type { HandlerContext, Reply } from '../../http/handler.js';
import { problem } from '../../http/problem.js';

/** The longest single move: a year and a day is more than any journey needs, and keeps dates in range. */
const maxMoveMs = 366 * 86_400_000;

/** ISO 8601 durations in weeks, days, hours, minutes, seconds (the contract's pattern, with groups). */
const durationPattern = /^P(?:(\d+)W|(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/;

/**
 * Milliseconds of an ISO 8601 duration such as `PT2H`, `P1DT30M` or `P2W`; `undefined` for
 * what the contract's pattern refuses.
 *
 * @example
 * ```ts
 * durationMs('P1DT30M'); // 88_200_000
 * ```
 */
export function durationMs(duration: string): number | undefined {
  const match = durationPattern.exec(duration);
  if (!match || duration === 'P' || duration.endsWith('T')) return undefined;
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number];
  return ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
}

/**
 * `POST /v1/sandbox/clock` (sandbox only): moves the sandbox's clock forward by `advanceBy` or to
 * `to`. The reminders that came due are sent by the sandbox's listener on the clock, after this
 * request's transaction commits and before its answer goes out.
 *
 * @example
 * ```ts
 * // POST /v1/sandbox/clock {"advanceBy":"PT2H"} with sk_test_… → 200 {"now":"2026-12-02T11:30:00.000Z"}
 * ```
 */
export function moveSandboxClock(ctx: HandlerContext<'moveSandboxClock'>): Reply<'moveSandboxClock'> {
  const clock = ctx.clock;
  if (!clock) throw problem.notFound('There is no test clock here: only the sandbox moves its clock.');
  const from = clock.now().getTime();
  let target: number;
  let field: '/advanceBy' | '/to';
  if (ctx.body.to !== undefined) {
    field = '/to';
    target = Date.parse(ctx.body.to);
    if (target < from) throw problem.invalidField(field, `is before the sandbox's now (${new Date(from).toISOString()}); the clock never goes back`);
  } else {
    field = '/advanceBy';
    const ms = durationMs(ctx.body.advanceBy ?? '');
    if (ms === undefined) throw problem.invalidField(field, 'must be an ISO 8601 duration in weeks, days, hours, minutes or seconds, e.g. PT2H');
    target = from + ms;
  }
  if (target - from > maxMoveMs) throw problem.invalidField(field, 'moves the clock more than 366 days at once');
  // Real time passed since `from` is kept: a move to `to` lands on it exactly, never behind now.
  const now = clock.moveTo(Math.max(target, clock.now().getTime()));
  return { status: 200, body: { now: now.toISOString() } };
}
