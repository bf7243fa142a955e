import { Rng } from '../rng.js';

export interface FaultOptions {
  /** Added to every response, in milliseconds. */
  latencyMs: number;
  /** Probability that a request fails (0–1). */
  failRate: number;
  seed: number;
}

/**
 * Fault injection for resilience tests. Of the requests chosen to fail, half fail
 * before they are handled (nothing happens) and half are handled and committed but
 * the client never learns it (a 503 or a dropped connection instead of the answer):
 * only idempotency keys keep retried writes from doubling.
 */
export class Faults {
  private readonly rng: Rng;

  constructor(private readonly options: FaultOptions) {
    this.rng = new Rng(options.seed ^ 0x5eedfa17);
  }

  get enabled(): boolean {
    return this.options.failRate > 0 || this.options.latencyMs > 0;
  }

  async delay(): Promise<void> {
    if (this.options.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
  }

  /** Decides this request's fate up front. */
  draw(): 'none' | 'before' | 'after-503' | 'after-drop' {
    if (this.options.failRate <= 0 || !this.rng.chance(this.options.failRate)) return 'none';
    const r = this.rng.next();
    return r < 0.5 ? 'before' : r < 0.75 ? 'after-503' : 'after-drop';
  }
}
