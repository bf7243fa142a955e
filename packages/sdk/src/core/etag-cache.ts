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

  /**
   * Creates an empty cache.
   *
   * @param max - The most entries kept (one per distinct GET URL and credential); beyond it
   *   the least recently used goes. Default 500. Bodies are kept whole, so size it to your memory.
   */
  constructor(readonly max = 500) {}

  /**
   * The entry of a request, if one is kept; counts as a use (it becomes the most recent).
   * The client calls it before a GET, to send `If-None-Match`.
   *
   * @param key - The request's key, as the client builds it (credential and URL).
   *
   * @example
   * ```ts
   * const hit = cache.get(key);
   * if (hit) headers['If-None-Match'] = hit.etag;
   * ```
   */
  get(key: string):
    | {
        /** The `ETag` the API sent with the body. */
        etag: string;
        /** The body as parsed from JSON, answered again on a `304 Not Modified`. */
        body: unknown;
      }
    | undefined {
    const entry = this.#entries.get(key);
    if (entry) this.set(key, entry.etag, entry.body);
    return entry;
  }

  /**
   * Remembers a GET's body under its `ETag` (replacing an older one), then drops the least
   * recently used entry if that makes more than `max`. The client calls it after each `200`
   * that carries an `ETag`.
   *
   * @example
   * ```ts
   * cache.set(key, response.headers.get('etag')!, await response.json());
   * ```
   */
  set(key: string, etag: string, body: unknown): void {
    this.#entries.delete(key);
    this.#entries.set(key, { etag, body });
    if (this.#entries.size > this.max) this.#entries.delete(this.#entries.keys().next().value!);
  }

  /**
   * How many entries are kept now (at most `max`).
   *
   * @example
   * ```ts
   * const cache = new ETagCache(200);
   * const client = new Menteo({ publishableKey: 'pk_test_demo', cache });
   * await client.mentors.search({ q: 'rust' });
   * console.log(`${cache.size} of ${cache.max} entries in use`);
   * ```
   */
  get size(): number {
    return this.#entries.size;
  }
}
