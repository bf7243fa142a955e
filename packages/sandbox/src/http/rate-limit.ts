import { Problem } from './problem.js';

export interface RateLimitOptions {
  /**
   * Requests allowed per budget per window; 0 turns limiting off (failed-authentication
   * throttling too, unless `failedAuthLimit` is set). A budget is a secret key's, a signed-in
   * person's, or for a publishable key the pair (key, client address): a publishable key is
   * public, so a budget for the whole key would let any visitor make an organization's
   * embeds answer 429 to everyone.
   */
  limit: number;
  windowSeconds: number;
  /**
   * Failed authentications (missing or unknown credentials; not expired tokens) allowed per client
   * address per window; after that the address gets 429 whatever it sends, a right guess
   * included, until the window ends. 0 turns it off. Default 60, or 0 when `limit` is 0.
   */
  failedAuthLimit?: number;
}

/** A fixed-window counter per key, in memory (a sandbox restart forgives everyone). */
class Windows {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly windowMs: number) {}

  /** The key's window at `now`, after adding `add` to its count. */
  count(key: string, now: number, add: number): { count: number; resetSeconds: number } {
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs || now < window.start) {
      window = { start: now - (now % this.windowMs), count: 0 };
      this.windows.set(key, window);
      if (this.windows.size > 10_000) this.evict(now);
    }
    window.count += add;
    return { count: window.count, resetSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) };
  }

  private evict(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

/**
 * Rate limits: requests per budget, and failed authentications per client address.
 * Every counted response carries the `RateLimit-*` headers; the one over the limit is a
 * 429 with `Retry-After` set to the end of the window.
 */
export class RateLimiter {
  private readonly requests: Windows;
  private readonly failures: Windows;
  private readonly failedAuthLimit: number;

  constructor(private readonly options: RateLimitOptions) {
    this.requests = new Windows(options.windowSeconds * 1000);
    this.failures = new Windows(options.windowSeconds * 1000);
    this.failedAuthLimit = options.failedAuthLimit ?? (options.limit > 0 ? 60 : 0);
  }

  /** Counts one request against `budget`; returns the headers to send, or throws 429. */
  hit(budget: string, now: number): Record<string, string> {
    const { limit, windowSeconds } = this.options;
    if (limit <= 0) return {};
    const { count, resetSeconds } = this.requests.count(budget, now, 1);
    const headers = rateLimitHeaders(limit, count, resetSeconds);
    if (count > limit) {
      throw new Problem(429, 'rate_limited', `More than ${limit} requests in ${windowSeconds} seconds; wait before retrying.`, undefined, {
        ...headers,
        'Retry-After': String(resetSeconds),
      });
    }
    return headers;
  }

  /** Throws 429 when `address` already failed to authenticate `failedAuthLimit` times in this window. */
  checkAuthFailures(address: string, now: number): void {
    if (this.failedAuthLimit <= 0) return;
    const { count, resetSeconds } = this.failures.count(address, now, 0);
    if (count < this.failedAuthLimit) return;
    throw new Problem(
      429,
      'rate_limited',
      `Too many failed authentications from this address (${this.failedAuthLimit} in ${this.options.windowSeconds} seconds); wait before trying again.`,
      undefined,
      { ...rateLimitHeaders(this.failedAuthLimit, count, resetSeconds), 'Retry-After': String(resetSeconds) },
    );
  }

  /** Counts one failed authentication from `address`. */
  authFailed(address: string, now: number): void {
    if (this.failedAuthLimit > 0) this.failures.count(address, now, 1);
  }
}

function rateLimitHeaders(limit: number, count: number, resetSeconds: number): Record<string, string> {
  return {
    'RateLimit-Limit': String(limit),
    'RateLimit-Remaining': String(Math.max(0, limit - count)),
    'RateLimit-Reset': String(resetSeconds),
  };
}
