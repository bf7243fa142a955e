/** A result with the raw response it came from. */
export interface WithResponse<T> {
  data: T;
  response: Response;
  /** The request's id (`X-Request-Id`), for support. */
  requestId: string | null;
}

/**
 * What every SDK method returns: await it for the data, or call `.withResponse()`
 * for the raw `Response` too.
 *
 * @example
 * ```ts
 * const mentor = await client.mentors.retrieve('men_demomentor');
 * const { data, response, requestId } = await client.mentors.retrieve('men_demomentor').withResponse();
 * ```
 */
export class APIPromise<T> implements PromiseLike<T> {
  readonly #result: Promise<WithResponse<T>>;

  constructor(result: Promise<WithResponse<T>>) {
    this.#result = result;
    // Mark as handled: a caller who never awaits chose not to look; one who awaits still gets the error.
    result.catch(() => {});
  }

  /** The data, the raw `Response` and the request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  then<A = T, B = never>(onFulfilled?: ((value: T) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.#result.then((r) => r.data).then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }
}
