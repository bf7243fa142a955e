import type { Post } from '@menteo/sdk';

/** What `menteo-post-created` carries: the thread and the post as the server stored it. */
export interface MenteoPostCreatedDetail {
  threadId: string;
  post: Post;
}

/**
 * Fired by `<menteo-thread-feed>` once the API stored a post written in its composer (after
 * the outbox sent it, so for a post written offline only when the network is back); never
 * for a post the API refused.
 *
 * @example
 * ```ts
 * feed.addEventListener('menteo-post-created', (event) => analytics.track('post', event.detail.post.kind));
 * ```
 */
export type MenteoPostCreatedEvent = CustomEvent<MenteoPostCreatedDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-post-created': MenteoPostCreatedEvent;
  }
}
