import { MenteoError } from '../core/errors.js';
import type { BaseCore } from '../core/base-core.js';

/** The base of every resource namespace: holds the transport, nothing else. */
export abstract class Resource {
  /**
   * Binds the namespace to a client. `Menteo` does it for each of its namespaces; build one
   * yourself with a bare `MenteoCore` to ship only the resources a page uses.
   *
   * @param core - The transport every request of this namespace goes through: its
   *   credentials, retries, idempotency keys, de-duplication and ETag cache.
   *
   * @example
   * ```ts
   * import { MenteoCore, Threads } from '@menteo/sdk';
   * const threads = new Threads(new MenteoCore({ publishableKey: 'pk_test_demo' }));
   * ```
   */
  constructor(protected readonly core: BaseCore) {}
}

/**
 * Encodes an id as one path segment. `''`, `.` and `..` are refused (a `MenteoError`, thrown
 * before anything is sent): URL parsing resolves a dot segment, even written `%2E%2E`, so
 * `/v1/mentors/..` would reach `/v1/`; no id of the API is empty or only dots.
 */
export const seg = (id: string): string => {
  if (/^\.{0,2}$/.test(id)) throw new MenteoError(`Invalid id "${id}"`);
  return encodeURIComponent(id);
};
