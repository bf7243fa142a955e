import type { Hooks } from './transport.js';

/**
 * The conditional-GET cache: remembers each GET's body under its `ETag`, so a `304 Not
 * Modified` is answered from memory. Bounded: the least recently used entry goes first.
 * `Menteo` has one by default; give a `MenteoCore` one with `{ cache: new ETagCache(200) }`.
 *
 * It works as a pair of transport hooks (`If-None-Match` out, the remembered body back in), so
 * a bundle that never makes a cache carries none of this code. Like the browser's own HTTP
 * cache, a revalidated answer reaches the caller as a `200` with the remembered body.
 *
 * @example
 * ```ts
 * const core = new MenteoCore({ publishableKey: 'pk_test_demo', cache: new ETagCache(200) });
 * ```
 */
export class ETagCache {
  // A Map iterates in insertion order: re-inserting on use keeps the oldest first.
  readonly #entries = new Map<string, { etag: string; body: string }>();

  /**
   * Creates an empty cache.
   *
   * @param max - The most entries kept (one per distinct GET URL and credential); beyond it
   *   the least recently used goes. Default 500. Bodies are kept whole, so size it to your memory.
   */
  constructor(readonly max = 500) {}

  /**
   * The entry of a request, if one is kept; counts as a use (it becomes the most recent).
   *
   * @param key - The request's key: its `Authorization` header and URL (see {@link ETagCache.keyOf}).
   *
   * @example
   * ```ts
   * const hit = cache.get(ETagCache.keyOf(request));
   * if (hit) request.headers.set('If-None-Match', hit.etag);
   * ```
   */
  get(key: string):
    | {
        /** The `ETag` the API sent with the body. */
        etag: string;
        /** The body's JSON text, answered again on a `304 Not Modified`. */
        body: string;
      }
    | undefined {
    const entry = this.#entries.get(key);
    if (entry) this.set(key, entry.etag, entry.body);
    return entry;
  }

  /**
   * Remembers a GET's body under its `ETag` (replacing an older one), then drops the least
   * recently used entry if that makes more than `max`. Called after each `200` with an `ETag`.
   *
   * @example
   * ```ts
   * cache.set(ETagCache.keyOf(request), response.headers.get('etag')!, await response.clone().text());
   * ```
   */
  set(key: string, etag: string, body: string): void {
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

  /**
   * A request's cache key: the credential it is sent with and its URL, so one person's
   * answers are never replayed to another.
   *
   * @example
   * ```ts
   * ETagCache.keyOf(new Request('https://api.menteo.dev/v1/threads/thr_1', { headers: { Authorization: 'Bearer pk_test_demo' } }));
   * ```
   */
  static keyOf(request: Request): string {
    return `${request.headers.get('authorization')}\n${request.url}`;
  }

  /**
   * The transport hooks that plug this cache in, after (`beforeRequest`) and before
   * (`afterResponse`) the given ones: the client calls it with its `hooks` option.
   *
   * @example
   * ```ts
   * const hooks = new ETagCache(100).withHooks({ beforeRequest: [(request) => console.log(request.url)] });
   * ```
   */
  withHooks(hooks: Hooks = {}): Hooks {
    const ask: NonNullable<Hooks['beforeRequest']>[number] = (request) => {
      const hit = request.method === 'GET' ? this.get(ETagCache.keyOf(request)) : undefined;
      if (hit) request.headers.set('If-None-Match', hit.etag);
    };
    const remember: NonNullable<Hooks['afterResponse']>[number] = async (request, _options, response) => {
      if (request.method !== 'GET') return undefined;
      const key = ETagCache.keyOf(request);
      const hit = response.status === 304 && this.get(key);
      if (hit) return new Response(hit.body, { status: 200, headers: response.headers });
      const etag = response.headers.get('etag');
      if (response.status === 200 && etag) this.set(key, etag, await response.text());
      return undefined;
    };
    return { ...hooks, beforeRequest: [...(hooks.beforeRequest ?? []), ask], afterResponse: [remember, ...(hooks.afterResponse ?? [])] };
  }
}
