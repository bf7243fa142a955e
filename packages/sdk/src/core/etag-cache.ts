/**
 * The conditional-GET cache: remembers each GET's body under its `ETag`, so a `304 Not
 * Modified` is answered from memory. Bounded: the least recently used entry goes first.
 * `Menteo` has one by default; give a `MenteoCore` one with `{ cache: new ETagCache(200) }`.
 *
 * @example
 * ```ts
 * const core = new MenteoCore({ publishableKey: 'pk_test_demo', cache: new ETagCache(200) });
 * ```
 */
export class ETagCache {
  // A Map iterates in insertion order: re-inserting on use keeps the oldest first.
  readonly #entries = new Map<string, { etag: string; body: unknown }>();

  constructor(readonly max = 500) {}

  get(key: string): { etag: string; body: unknown } | undefined {
    const entry = this.#entries.get(key);
    if (entry) this.set(key, entry.etag, entry.body);
    return entry;
  }

  set(key: string, etag: string, body: unknown): void {
    this.#entries.delete(key);
    this.#entries.set(key, { etag, body });
    if (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value!);
  }

  get size(): number {
    return this.#entries.size;
  }
}
