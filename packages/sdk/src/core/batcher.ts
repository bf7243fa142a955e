import { copyResult } from './base-core.js';

/**
 * Coalesces the keys asked for in one tick into one load: fifty mentor cards that
 * each call `mentors.retrieve(id)` while a page renders make one request. Each
 * caller gets its own copy of its value, `undefined` when the load did not return its key,
 * or the load's error.
 */
export class Batcher<V> {
  #pending: { key: string; resolve: (v: V | undefined) => void; reject: (e: unknown) => void }[] = [];
  #scheduled = false;

  constructor(
    private readonly load: (keys: string[]) => Promise<Map<string, V>>,
    private readonly maxBatch: number,
  ) {}

  get(key: string): Promise<V | undefined> {
    return new Promise<V | undefined>((resolve, reject) => {
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
        // Callers asking for the same key must not share one object.
        (values) => {
          for (const p of chunk) p.resolve(copyResult(values.get(p.key)));
        },
        (error: unknown) => {
          for (const p of chunk) p.reject(error);
        },
      );
    }
  }
}
