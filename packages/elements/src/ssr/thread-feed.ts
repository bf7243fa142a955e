import { type BaseCore, Threads } from '@menteo/sdk';
import { pagesOf } from '@menteo/sdk/stores';
import type { PageState } from './page-state.js';
import '../thread-feed/define.js';
import { renderElement, type ServerAttributes } from './render-element.js';

/**
 * The attributes of a server-rendered `<menteo-thread-feed>`.
 *
 * @example
 * ```ts
 * const attributes: ThreadFeedAttributes = { threadId: 'thr_learningtolead', publishableKey: 'pk_live_…', compact: true, limit: 5 };
 * ```
 */
export interface ThreadFeedAttributes extends ServerAttributes {
  /** The thread (`thread-id`). */
  threadId: string;
  /** Show at most this many posts (`limit`). */
  limit?: number | undefined;
  /** The sidebar layout (`compact`). */
  compact?: boolean | undefined;
}

/**
 * Fetches what `<menteo-thread-feed>` shows first — the thread and its first page of posts —
 * with the SDK, as the element's stores would: the state to render it from.
 *
 * @example
 * ```ts
 * const core = new MenteoCore({ publishableKey: process.env.MENTEO_KEY });
 * const state = await fetchThreadFeedState(core, { threadId: 'thr_learningtolead' });
 * ```
 */
export async function fetchThreadFeedState(core: BaseCore, { threadId }: { threadId: string }): Promise<PageState> {
  const threads = new Threads(core);
  const [thread, page] = await Promise.all([threads.retrieve(threadId), threads.posts.list(threadId)]);
  return {
    entries: [
      { key: ['thread', threadId], data: thread },
      { key: ['threadPosts', threadId], data: pagesOf({ data: page.data, nextCursor: page.nextCursor }) },
    ],
  };
}

/**
 * Renders `<menteo-thread-feed>` to HTML: the thread's title, counts and posts in a Declarative
 * Shadow DOM, and the state for the browser, which hydrates it without fetching it again.
 *
 * @example
 * ```ts
 * const markup = await renderThreadFeed(state, { threadId: 'thr_learningtolead', publishableKey: 'pk_live_…' });
 * ```
 */
export function renderThreadFeed(state: PageState, attributes: ThreadFeedAttributes): Promise<string> {
  return renderElement('menteo-thread-feed', { ...attributes }, state);
}
