import type { ReactionKind } from '@menteo/sdk';

/** What `menteo-reaction-change` carries: which reaction of which post, now on or off, and the new counts. */
export interface MenteoReactionChangeDetail {
  postId: string;
  kind: ReactionKind;
  /** Whether the person now has this reaction on the post. */
  active: boolean;
  /** The post's counts per kind, as the API answered. */
  reactions: Record<ReactionKind, number>;
}

/**
 * Fired by `<menteo-thread-feed>` after the API accepted a reaction being added or removed;
 * never for a change that was rolled back.
 *
 * @example
 * ```ts
 * feed.addEventListener('menteo-reaction-change', (event) => event.detail.active && confetti(event.detail.kind));
 * ```
 */
export type MenteoReactionChangeEvent = CustomEvent<MenteoReactionChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'menteo-reaction-change': MenteoReactionChangeEvent;
  }
}
