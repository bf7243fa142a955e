import type { APIPromise } from '../core/api-promise.js';
import type { BaseCore, RequestOptions } from '../core/base-core.js';
import { list, type PagePromise } from '../core/pagination.js';
import type { BodyOf, ItemOf, QueryOf, ResultOf, Schema } from '../core/types.js';
import { Resource, seg } from './resource.js';

/**
 * A growth thread, a person's journal of learning in public: owner, title, summary, tags,
 * `visibility` (`public`, `unlisted`, `organization` or `private`), counts and when its
 * newest post was written (`lastPostAt`).
 *
 * @example
 * ```ts
 * const thread: Thread = await client.threads.retrieve('thr_learningtolead');
 * console.log(thread.title, thread.counts.posts);
 * ```
 */
export type Thread = Schema<'Thread'>;
/**
 * One entry of a growth thread: its `kind` (`update`, `challenge`, `breakthrough`,
 * `milestone` or `question`), Markdown `body`, optional link, reaction counts, the viewer's
 * own reactions, comment count and dates.
 *
 * @example
 * ```ts
 * const post: Post = await client.threads.posts.create(threadId, { kind: 'milestone', body: 'Led my first planning meeting.' });
 * console.log(post.id, post.reactions.cheer);
 * ```
 */
export type Post = Schema<'Post'>;
const thread = (id: string) => `/v1/threads/${seg(id)}`;

/**
 * Growth Threads: learning in public, as a journal others follow.
 *
 * @example
 * ```ts
 * const thread = await client.threads.retrieve('thr_learningtolead');
 * for await (const post of client.threads.posts.list(thread.id)) console.log(post.kind, post.body);
 * ```
 */
export class Threads extends Resource {
  /** The posts of a thread. */
  readonly posts: ThreadPosts;

  constructor(core: BaseCore) {
    super(core);
    this.posts = new ThreadPosts(core);
  }

  /**
   * Threads you can see: the public network's, plus (with a user token) your own and your organization's.
   *
   * @example
   * ```ts
   * for await (const t of client.threads.list({ tag: 'leadership' })) console.log(t.title);
   * ```
   */
  list(params: Omit<QueryOf<'listThreads'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<ItemOf<'listThreads'>> {
    return list(this.core, '/v1/threads', params, options);
  }

  /**
   * Starts a thread (user token).
   *
   * @example
   * ```ts
   * const thread = await client.threads.create({ title: 'Learning Rust in public', visibility: 'public', tags: ['rust'] });
   * // With its first post, in one step: both are created, or neither.
   * await client.threads.create({ title: 'My leadership journey', firstPost: { body: 'Set direction for my team.', kind: 'challenge' } });
   * ```
   */
  create(body: BodyOf<'createThread'>, options?: RequestOptions): APIPromise<Thread> {
    return this.core.request({ ...options, method: 'POST', path: '/v1/threads', body });
  }

  /**
   * @example
   * ```ts
   * const thread = await client.threads.retrieve('thr_learningtolead');
   * ```
   */
  retrieve(threadId: string, options?: RequestOptions): APIPromise<Thread> {
    return this.core.request({ ...options, method: 'GET', path: thread(threadId) });
  }

  /**
   * Edits your thread.
   *
   * @example
   * ```ts
   * await client.threads.update(threadId, { summary: 'Now weekly' });
   * ```
   */
  update(threadId: string, body: BodyOf<'updateThread'>, options?: RequestOptions): APIPromise<Thread> {
    return this.core.request({ ...options, method: 'PATCH', path: thread(threadId), body });
  }

  /**
   * Follows a thread: its new posts reach you as events.
   *
   * @example
   * ```ts
   * await client.threads.follow(threadId);
   * ```
   */
  follow(threadId: string, options?: RequestOptions): APIPromise<Thread> {
    return this.core.request({ ...options, method: 'PUT', path: `${thread(threadId)}/follow` });
  }

  /**
   * @example
   * ```ts
   * await client.threads.unfollow(threadId);
   * ```
   */
  unfollow(threadId: string, options?: RequestOptions): APIPromise<Thread> {
    return this.core.request({ ...options, method: 'DELETE', path: `${thread(threadId)}/follow` });
  }

  /**
   * What readers reported on your thread, newest first (the owner's view).
   *
   * @example
   * ```ts
   * for await (const report of client.threads.reports(threadId)) console.log(report.reason, report.excerpt);
   * ```
   */
  reports(threadId: string, params: Omit<QueryOf<'listThreadReports'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<ItemOf<'listThreadReports'>> {
    return list(this.core, `${thread(threadId)}/reports`, params, options);
  }

  /**
   * Blocks someone from commenting, reacting and reporting on your thread (they still read it).
   *
   * @example
   * ```ts
   * await client.threads.block(threadId, report.reporter.id);
   * ```
   */
  block(threadId: string, userId: string, options?: RequestOptions): APIPromise<ResultOf<'blockThreadUser'>> {
    return this.core.request({ ...options, method: 'PUT', path: `${thread(threadId)}/blocks/${seg(userId)}` });
  }

  /**
   * Lifts a block.
   *
   * @example
   * ```ts
   * await client.threads.unblock(threadId, userId);
   * ```
   */
  unblock(threadId: string, userId: string, options?: RequestOptions): APIPromise<void> {
    return this.core.request({ ...options, method: 'DELETE', path: `${thread(threadId)}/blocks/${seg(userId)}` });
  }
}

/**
 * The posts of one thread, newest first.
 *
 * @example
 * ```ts
 * const { data, nextCursor } = await client.threads.posts.list('thr_learningtolead', { kind: ['milestone'] });
 * ```
 */
export class ThreadPosts extends Resource {
  /**
   * @example
   * ```ts
   * const page = await client.threads.posts.list('thr_learningtolead', { limit: 10 });
   * ```
   */
  list(threadId: string, params: Omit<QueryOf<'listThreadPosts'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<ItemOf<'listThreadPosts'>> {
    return list(this.core, `${thread(threadId)}/posts`, params, options);
  }

  /**
   * Posts to your thread. Safe to retry: the SDK sends one Idempotency-Key for all attempts.
   *
   * @example
   * ```ts
   * await client.threads.posts.create(threadId, { kind: 'breakthrough', body: 'Finally **delegated** the release.' });
   * ```
   */
  create(threadId: string, body: BodyOf<'createThreadPost'>, options?: RequestOptions): APIPromise<ResultOf<'createThreadPost'>> {
    return this.core.request({ ...options, method: 'POST', path: `${thread(threadId)}/posts`, body });
  }
}
