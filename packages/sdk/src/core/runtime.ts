/** Whether this code runs in a page (where secrets must never be). Workers and Node are not pages. */
export function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}

/** A new idempotency key. */
export function newIdempotencyKey(): string {
  return `menteo-${crypto.randomUUID()}`;
}
