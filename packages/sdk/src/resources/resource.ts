import type { MenteoCore } from '../core/client-core.js';

/** The base of every resource namespace: holds the transport, nothing else. */
export abstract class Resource {
  constructor(protected readonly core: MenteoCore) {}
}

/** Encodes an id for a path segment. */
export const seg = encodeURIComponent;
