import type { Post, ReactionKind } from '@menteo/sdk';
import type { Comment, PagedState } from '@menteo/sdk/stores';

// What the feed shows of a post besides its text: its kind's and reactions' icons, when its
// body is long, and the state of its open comments.

export type Kind = Post['kind'];
/** An open comment section: its post, the comments' state, and how to follow them. */
export type CommentsEntry = {
  postId: string;
  state: PagedState<Comment> | undefined;
  stop: () => void;
  loadMore: () => Promise<void>;
  refetch: () => Promise<void>;
  error?: unknown;
};

/** Each kind has its own icon beside its name: a kind is never told by colour alone. */
export const kinds: Record<Kind, string> = { update: '●', challenge: '▲', breakthrough: '✦', milestone: '⚑', question: '?' };
/** Each reaction's icon. */
export const reactions: Record<ReactionKind, string> = { cheer: '★', insightful: '☼', support: '♥', bookmark: '❖' };
/** Bodies longer than this are cut in `compact` mode, behind "Show more". */
export const longBody = (body: string) => body.length > 220 || body.split('\n').length > 4;
