/**
 * A result with the raw response it came from.
 *
 * @example
 * ```ts
 * const { data: user, response, requestId }: WithResponse<Schema<'User'>> = await client.users.retrieve('usr_demomentor').withResponse();
 * console.log(user.name, response.status, requestId);
 * ```
 */
export interface WithResponse<T> {
  /** The parsed result. */
  data: T;
  /** The raw response (status, headers; its body is already read). */
  response: Response;
  /** The request's id (`X-Request-Id`), for support. */
  requestId: string | null;
}

/**
 * What every SDK method returns: a promise of the data that can also give the raw
 * `Response` and the request id with `.withResponse()`.
 *
 * @example
 * ```ts
 * const mentor = await client.mentors.retrieve('men_demomentor');
 * const { data, response, requestId } = await client.rooms.retrieve(roomId).withResponse();
 * ```
 */
export type APIPromise<T> = Promise<T> & {
  /** The data, the raw `Response` and the request id. */
  withResponse(): Promise<WithResponse<T>>;
};

/** Wraps a pending result into an `APIPromise`. */
export function apiPromise<T>(result: Promise<WithResponse<T>>): APIPromise<T> {
  // Mark both as handled: a caller who uses only one of them (pages use `withResponse`)
  // must not leave the other to crash Node with an unhandled rejection; awaiting still throws.
  const data = result.then((r) => r.data);
  data.catch(() => {});
  result.catch(() => {});
  return Object.assign(data, { withResponse: () => result });
}
