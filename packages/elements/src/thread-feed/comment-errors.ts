import { APIError } from '@menteo/sdk';
import type { LocalizeController } from '../internal/localize-controller.js';
import type { en } from './thread-feed.strings.js';

/**
 * What to tell a reader whose comment, reply, edit or report the API refused: the refusals a
 * reader can do something about in their own words (the comment rate limit, with how long to
 * wait; a block by the thread's owner; comments locked meanwhile), else `fallback`. The text
 * they typed stays where it was: the caller never clears a field on a refusal.
 *
 * @example
 * ```ts
 * writeError(l, commentRefusal(l, l.msg('feedCommentError'), error), error);
 * ```
 */
export function commentRefusal(l: LocalizeController<typeof en>, fallback: string, error: unknown): string {
  if (!(error instanceof APIError)) return fallback;
  // The SDK waits out short Retry-Afters itself; what reaches here is minutes long (new accounts' limit).
  if (error.status === 429) return l.msg('commentRateLimited', { minutes: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) });
  if (error.code === 'blocked_from_thread') return l.msg('commentBlockedYou');
  if (error.code === 'comments_locked') return l.msg('commentsLocked');
  return fallback;
}
