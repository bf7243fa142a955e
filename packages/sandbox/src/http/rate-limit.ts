import { Problem } from './problem.js';

export interface RateLimitOptions {
  /** Requests allowed per credential per window; 0 turns limiting off. */
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters per credential, in memory (a sandbox restart forgives everyone).
 * Every response carries the `RateLimit-*` headers; the one over the limit is a 429
 * with `Retry-After` set to the end of the window.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly options: RateLimitOptions) {}

  /** Counts one request; returns the headers to send, or throws 429. */
  hit(credential: string, now: number): Record<string, string> {
    const { limit, windowSeconds } = this.options;
    if (limit <= 0) return {};
    const windowMs = windowSeconds * 1000;
    let window = this.windows.get(credential);
    if (!window || now - window.start >= windowMs) {
      window = { start: now - (now % windowMs), count: 0 };
      this.windows.set(credential, window);
      if (this.windows.size > 10_000) this.evict(now, windowMs);
    }
    window.count++;
    const reset = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
    const headers = {
      'RateLimit-Limit': String(limit),
      'RateLimit-Remaining': String(Math.max(0, limit - window.count)),
      'RateLimit-Reset': String(reset),
    };
    if (window.count > limit) {
      throw new Problem(429, 'rate_limited', `This credential made more than ${limit} requests in ${windowSeconds} seconds.`, undefined, {
        ...headers,
        'Retry-After': String(reset),
      });
    }
    return headers;
  }

  private evict(now: number, windowMs: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= windowMs) this.windows.delete(key);
  }
}
