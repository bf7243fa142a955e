/** What `menteo-thread-started` carries: the new growth thread's id. */
export interface MenteoThreadStartedDetail {
  threadId: string;
}

/**
 * Fired by `<menteo-need-finder>` once "Start a growth thread" has created the thread, with
 * the goals as its first post. Without a `thread-href`, the page takes the person there.
 *
 * @example
 * ```ts
 * finder.addEventListener('menteo-thread-started', (event) => router.go(`/threads/${event.detail.threadId}`));
 * ```
 */
export type MenteoThreadStartedEvent = CustomEvent<MenteoThreadStartedDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-thread-started': MenteoThreadStartedEvent;
  }
}
