// Whether the SDK aborted a request, read from the signal the SDK itself handed to `fetch`.
//
// Not from `request.signal` in an msw handler: that signal belongs to a Request that undici
// derives from the SDK's through WeakRefs, and once the garbage collector takes the Request
// (msw keeps only clones of it), aborting the SDK's signal no longer reaches it. A test
// holding it then waits forever, on the days the collector happens to run in between.

/** One `fetch` call as the SDK made it. */
export interface FetchedRequest {
  url: URL;
  signal: AbortSignal | undefined;
}

/**
 * A `fetch` for the client's `fetch` option that records each call's URL and signal, then
 * calls the global `fetch` (msw's, once it listens).
 *
 * @example
 * ```ts
 * const recorder = fetchSignals();
 * const core = new MenteoCore({ publishableKey: 'pk_test_demo', fetch: recorder.fetch });
 * await waitFor(() => recorder.to('/v1/events')[0]?.signal?.aborted);
 * ```
 */
export function fetchSignals() {
  const requests: FetchedRequest[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    requests.push({ url, signal: init?.signal ?? (input instanceof Request ? input.signal : undefined) });
    return globalThis.fetch(input, init);
  };
  return {
    fetch,
    requests,
    /** The calls to one path, in order. */
    to: (path: string) => requests.filter((r) => r.url.pathname === path),
  };
}
