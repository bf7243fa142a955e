import type { MenteoCore } from '../core/client-core.js';

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
  constructor(protected readonly core: MenteoCore) {}
}

/** Encodes an id for a path segment. */
export const seg = encodeURIComponent;
