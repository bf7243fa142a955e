import type { Post, ReactionKind } from '@menteo/sdk';

// What the feed shows of a post besides its text: its kind's and reactions' icons, and when
// its body is long.

export type Kind = Post['kind'];

/** Each kind has its own icon beside its name: a kind is never told by colour alone. */
export const kinds: Record<Kind, string> = { update: '●', challenge: '▲', breakthrough: '✦', milestone: '⚑', question: '?' };
/** Each reaction's icon. */
export const reactions: Record<ReactionKind, string> = { cheer: '★', insightful: '☼', support: '♥', bookmark: '❖' };
/** Bodies longer than this are cut in `compact` mode, behind "Show more". */
export const longBody = (body: string) => body.length > 220 || body.split('\n').length > 4;

/**
 * The page a `canonical-url` names: `auto` is this page — its `<link rel="canonical">`, else its
 * address without query or fragment (which carry tracking, not the post) — any other value itself.
 * Nothing on a server render, which has no page.
 *
 * @example `pageUrl('auto'); // 'https://blog.example/posts/leading'`
 */
export function pageUrl(canonicalUrl: string | undefined): string | undefined {
  if (canonicalUrl !== 'auto') return canonicalUrl || undefined;
  if (typeof document === 'undefined') return undefined;
  const link = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  return link?.href || location.origin + location.pathname;
}
