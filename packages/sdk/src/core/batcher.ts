import { copyResult } from './client-core.js';

/**
 * Coalesces the keys asked for in one tick into one load: fifty mentor cards that
 * each call `mentors.retrieve(id)` while a page renders make one request. Each
 * caller gets its own value, or its own error.
 */
export class Batcher<V> {
  #pending: { key: string; resolve: (v: V) => void; reject: (e: unknown) => void }[] = [];
  #scheduled = false;

  constructor(
    private readonly load: (keys: string[]) => Promise<Map<string, V | Error>>,
    private readonly maxBatch: number,
  ) {}

  get(key: string): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.#pending.push({ key, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        // A macrotask, not a microtask: callers that await one thing before asking
        // (a render cycle) still land in the same batch.
        setTimeout(() => this.#flush(), 0);
      }
    });
  }

  #flush(): void {
    const pending = this.#pending;
    this.#pending = [];
    this.#scheduled = false;
    for (let i = 0; i < pending.length; i += this.maxBatch) {
      const chunk = pending.slice(i, i + this.maxBatch);
      const keys = [...new Set(chunk.map((p) => p.key))];
      this.load(keys).then(
        (values) => {
          for (const p of chunk) {
            const value = values.get(p.key);
            if (value instanceof Error || value === undefined) p.reject(value ?? new Error(`no value for ${p.key}`));
            else p.resolve(copyResult(value)); // callers asking for the same key must not share one object
          }
        },
        (error: unknown) => {
          for (const p of chunk) p.reject(error);
        },
      );
    }
  }
}
