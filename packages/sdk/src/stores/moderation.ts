import type { ListBody } from '../core/pagination.js';
import type { BodyOf, QueryOf, Schema } from '../core/types.js';
import { Posts } from '../resources/posts.js';
import { Threads } from '../resources/threads.js';
import { family } from './cache.js';
import { personal } from './personal.js';
import { pagedSource } from './paged-source.js';
import type { PagedState, PagedStore } from './query.js';

/**
 * A reader's report of a post (`commentId` null) or a comment, as the thread's owner sees it.
 *
 * @example
 * ```ts
 * const line = (r: Report) => `${r.reporter.name}: ${r.reason} — “${r.excerpt}”`;
 * ```
 */
export type Report = Schema<'Report'>;

/**
 * What a report is about: a post, or a comment.
 *
 * @example
 * ```ts
 * const target: ReportTarget = { commentId: comment.id };
 * ```
 */
export type ReportTarget =
  | {
      /** The post reported. */
      postId: string;
    }
  | {
      /** The comment reported. */
      commentId: string;
    };

/**
 * The moderation stores: readers report; a thread's owner reads the reports and blocks people.
 * (Hiding a comment is in the comment stores, locking a post's comments in the thread stores.)
 *
 * @example
 * ```ts
 * const { report, threadReports, blockUser } = moderationStores(context);
 * ```
 */
export interface ModerationStores {
  /**
   * The reports on your thread, newest first, a page at a time (the owner's view; anyone
   * else's store holds the API's `403` in `error`).
   *
   * @example
   * ```ts
   * moderationStores(context).threadReports(thread.id).subscribe(({ items }) => renderReports(items));
   * ```
   */
  threadReports(threadId: string): PagedStore<PagedState<Report>>;
  /**
   * Reports a post or a comment as the signed-in reader; reporting the same thing again
   * updates the reason of the one report. Rejects (and records `lastError`) when the API
   * refuses, e.g. `403` `blocked_from_thread`.
   *
   * @example
   * ```ts
   * await moderationStores(context).report({ commentId: comment.id }, { reason: 'spam' });
   * ```
   */
  report(target: ReportTarget, body: BodyOf<'reportPost'>): Promise<Report>;
  /**
   * Blocks a person from commenting, reacting and reporting on your thread.
   *
   * @example
   * ```ts
   * await moderationStores(context).blockUser(thread.id, report.reporter.id);
   * ```
   */
  blockUser(threadId: string, userId: string): Promise<Schema<'ThreadBlock'>>;
  /**
   * Lifts a block.
   *
   * @example
   * ```ts
   * await moderationStores(context).unblockUser(thread.id, userId);
   * ```
   */
  unblockUser(threadId: string, userId: string): Promise<void>;
}

/**
 * Moderation stores of a context.
 *
 * @example
 * ```ts
 * const { threadReports } = moderationStores(createStoreContext(core));
 * ```
 */
export const moderationStores = /* @__PURE__ */ personal((context): ModerationStores => {
  const threads = new Threads(context.core);
  const posts = new Posts(context.core);
  const lists = family(
    context,
    (threadId: string) => ['threadReports', threadId],
    (threadId) =>
      pagedSource(
        (cursor, signal): PromiseLike<ListBody<Report>> => threads.reports(threadId, (cursor ? { cursor } : {}) as QueryOf<'listThreadReports'>, { signal }),
        (state) => state,
        context.timing,
      ),
  );
  /** Runs a write, recording a refusal in `lastError`. */
  const run = async <T>(send: () => PromiseLike<T>): Promise<T> => {
    try {
      return await send();
    } catch (error) {
      throw context.fail(error);
    }
  };
  return {
    threadReports: (threadId) => lists(threadId).store,
    async report(target, body) {
      const report = await run(() => ('postId' in target ? posts.report(target.postId, body) : posts.comments.report(target.commentId, body)));
      // An owner reporting on their own thread sees it in their list at once.
      lists.peek(report.threadId)?.source.invalidate();
      return report;
    },
    blockUser: (threadId, userId) => run(() => threads.block(threadId, userId)),
    unblockUser: (threadId, userId) => run(() => threads.unblock(threadId, userId)),
  };
});
