import type { ListBody } from '../core/pagination.js';
import { newIdempotencyKey } from '../core/runtime.js';
import type { BodyOf, QueryOf, Schema } from '../core/types.js';
import { Posts, type ReactionKind } from '../resources/posts.js';
import { Threads, type Post, type Thread } from '../resources/threads.js';
import { family } from './cache.js';
import type { StoreContext } from './context.js';
import { personal } from './personal.js';
import { invalidate } from './invalidate.js';
import { mutate, writing } from './optimistic.js';
import { liveFeed } from './live.js';
import type { Outbox, outboxOf, PendingState } from './outbox.js';
import { pagedSource } from './paged-source.js';
import { querySource, queryStore, type Pages, type PagedState, type PagedStore, type QueryState, type QueryStore, type Source } from './query.js';

/**
 * An item the server has not confirmed yet: `pending` says whether it is on the wire or
 * queued offline in the outbox. Its `id` is a placeholder until then.
 *
 * @example
 * ```ts
 * html`<article class=${post.pending ? 'sending' : ''}>${post.body}</article>`;
 * ```
 */
export type Pending<T> = T & {
  /** `'sending'` while on the wire, `'queued'` while waiting offline; absent once the server confirmed the item. */
  pending?: PendingState;
};

/**
 * A thread's posts, newest first. Posts that others write while it is shown wait in
 * `pendingNew` (for an "N new posts" banner) until `showNew()`; your own appear at once.
 *
 * @example
 * ```ts
 * $posts.subscribe(({ items, pendingNew }) => render(items, pendingNew ? `${pendingNew} new posts` : ''));
 * ```
 */
export interface ThreadPostsState extends PagedState<Pending<Post>> {
  /** How many posts by others arrived live and wait for `showNew()` (0 when none): the count for an "N new posts" banner. */
  pendingNew: number;
}

/**
 * The posts of a thread, paginated and live.
 *
 * @example
 * ```ts
 * const $posts = stores.threadPosts('thr_learningtolead');
 * banner.onclick = () => $posts.showNew();
 * ```
 */
export interface ThreadPostsStore extends PagedStore<ThreadPostsState> {
  /**
   * Puts the posts counted by `pendingNew` on top of the list.
   *
   * @example
   * ```ts
   * const $posts = stores.threadPosts('thr_learningtolead');
   * newPostsBanner.onclick = () => $posts.showNew();
   * ```
   */
  showNew(): void;
}

/**
 * The thread stores.
 *
 * @example
 * ```ts
 * const { thread, threadPosts, createPost, toggleReaction } = threadStores(context);
 * ```
 */
export interface ThreadStores {
  /**
   * One thread; its post count follows new posts live.
   *
   * @example
   * ```ts
   * stores.thread('thr_learningtolead').subscribe(({ data }) => data && renderHeader(data.title, data.counts.posts));
   * ```
   */
  thread(threadId: string): QueryStore<QueryState<Thread>>;
  /**
   * The thread embedded on a page: the one whose `canonicalUrl` is `pageUrl` (compared
   * normalized by the API), or `null` when no thread you can see names that page.
   *
   * @example
   * ```ts
   * stores.threadAt(location.href).subscribe(({ data }) => data && show(data.id));
   * ```
   */
  threadAt(pageUrl: string): QueryStore<QueryState<Thread | null>>;
  /**
   * The posts of a thread, newest first, with live updates.
   *
   * @example
   * ```ts
   * stores.threadPosts('thr_learningtolead').subscribe(({ items }) => render(items));
   * ```
   */
  threadPosts(threadId: string): ThreadPostsStore;
  /**
   * Posts to your thread. The post shows at once as pending (the first one written on a page
   * where none of your threads was loaded yet: once the outbox's module is in); offline (or when the network
   * fails) it waits in the outbox with its idempotency key and is sent, once, when the
   * network is back. Resolves with the server's post; rejects (and undoes it) on an API error.
   *
   * @example
   * ```ts
   * await stores.createPost('thr_learningtolead', { kind: 'breakthrough', body: 'Delegated the release!' });
   * ```
   */
  createPost(threadId: string, body: BodyOf<'createThreadPost'>): Promise<Post>;
  /**
   * Adds your reaction of a kind, or removes it when you had it (or as `on` says). Counts
   * change at once and are undone if the server refuses.
   *
   * @example
   * ```ts
   * await stores.toggleReaction(post.id, 'cheer');
   * ```
   */
  toggleReaction(postId: string, kind: ReactionKind, on?: boolean): Promise<Schema<'PostReactionUpdate'>>;
  /**
   * Follows a thread, or unfollows it when you follow it (or as `on` says): `viewer.following`
   * and `counts.followers` of {@link ThreadStores.thread} change at once and are undone if the
   * server refuses. Others' follows move the count live (`thread.updated`).
   *
   * @example
   * ```ts
   * followButton.onclick = () => stores.toggleFollow(thread.id);
   * ```
   */
  toggleFollow(threadId: string, on?: boolean): Promise<Thread>;
}

export type PostPages = Pages<Post, Omit<ListBody<Post>, 'data' | 'nextCursor'>>;
interface PostsEntry {
  source: Source<PostPages, ThreadPostsState>;
  store: ThreadPostsStore;
  /** Posts from live events not shown yet, newest first. */
  fresh: Post[];
}

const zero = { cheer: 0, insightful: 0, support: 0, bookmark: 0 };

/** A pending post's link as written: its titles come with the server's answer. */
function pendingLink(link: Schema<'PostLink'> | null | undefined): Post['link'] {
  if (!link) return null;
  if (link.kind === 'room_goal') return { ...link, goalTitle: null };
  return { ...link, roadmapTitle: null, stepTitle: null, stepIndex: null, stepCount: null };
}

/** What the owner's edits (thread-edits.ts) change: the loaded lists of posts, a loaded thread; and the posts' resource. */
export interface ThreadInternals {
  lists(): Source<PostPages, ThreadPostsState>[];
  thread(threadId: string): Source<Thread, QueryState<Thread>> | undefined;
  posts: Posts;
}
const internals = new WeakMap<StoreContext, ThreadInternals>();

/**
 * The thread stores' own lists and thread of `context`, made if they are not yet.
 *
 * @internal
 * @example `const { lists, thread, posts } = threadInternals(context);`
 */
export function threadInternals(context: StoreContext): ThreadInternals {
  threadStores(context);
  return internals.get(context)!;
}

/** Each context's way to give its thread stores the outbox (see `adopt` in `threadStores`). */
const adopters = new WeakMap<StoreContext, (make: typeof outboxOf) => Outbox>();

/**
 * Registers `context`'s sender of posts with its outbox now, from a caller that imports the
 * outbox anyway: `createStores`, whose posts written offline on an earlier page are then shown
 * and sent as soon as the stores exist, and whose `createPost` shows a post at once.
 *
 * @internal
 * @example `postsWithOutbox(context, outboxOf);`
 */
export function postsWithOutbox(context: StoreContext, make: typeof outboxOf): void {
  threadStores(context);
  adopters.get(context)!(make);
}

/**
 * Thread stores of a context.
 *
 * @example
 * ```ts
 * const { threadPosts } = threadStores(createStoreContext(core));
 * ```
 */
export const threadStores = /* @__PURE__ */ personal((context): ThreadStores => {
  const { core, timing } = context;
  const live = liveFeed(context);
  const threads = new Threads(core);
  const posts = new Posts(core);
  const one = family(
    context,
    (threadId: string) => ['thread', threadId],
    (threadId) => {
      const source = querySource(
        // A thread of the signed-in person's own: posts they wrote offline on an earlier page are in the outbox.
        (signal) =>
          threads.retrieve(threadId, { signal }).then((thread) => {
            if (thread.viewer?.isOwner) posting().catch(() => {}); // shown and sent when it loads; createPost reports a failure
            return thread;
          }),
        timing,
        () => live.watch(threadId),
      );
      return { source, store: queryStore(source) };
    },
  );
  const pages = family(
    context,
    (pageUrl: string) => ['threadAt', pageUrl],
    (pageUrl) => {
      const source = querySource(async (signal) => (await threads.list({ canonicalUrl: pageUrl, limit: 1 }, { signal })).data[0] ?? null, timing);
      return { source, store: queryStore(source) };
    },
  );
  const lists = family(
    context,
    (threadId: string) => ['threadPosts', threadId],
    (threadId): PostsEntry => {
      const entry = { fresh: [] } as unknown as PostsEntry;
      const unseen = (items: readonly Post[]) => entry.fresh.filter((post) => !items.some((item) => item.id === post.id));
      const { source, store } = pagedSource(
        (cursor, signal): PromiseLike<ListBody<Post>> => threads.posts.list(threadId, (cursor ? { cursor } : {}) as QueryOf<'listThreadPosts'>, { signal }),
        (state): ThreadPostsState => ({ ...state, pendingNew: unseen(state.items).length }),
        timing,
        () => live.watch(threadId),
      );
      const showNew = () => {
        const add = unseen(source.data?.items ?? []);
        entry.fresh = [];
        source.set((pages) => ({ ...pages, items: [...add.filter((post) => !pages.items.some((item) => item.id === post.id)), ...pages.items] }));
      };
      entry.source = source;
      entry.store = Object.assign(store, { showNew });
      return entry;
    },
  );

  /** Counts a new post in its thread once, whether it came from our write or from an event. */
  const counted = (post: Post) =>
    one
      .peek(post.threadId)
      ?.source.set((thread) =>
        thread.lastPostAt !== null && thread.lastPostAt >= post.createdAt
          ? thread
          : { ...thread, lastPostAt: post.createdAt, counts: { ...thread.counts, posts: thread.counts.posts + 1 } },
      );

  /** Comments already counted in, or out: a write's echo and the server's event are one change. */
  const countedComments = new Set<string>();
  const removedComments = new Set<string>();
  /**
   * Changes a post wherever a loaded list holds it (a comment names its post, not its
   * thread); returns the thread of the post, when a list held it.
   */
  const patchPost = (postId: string, change: (post: Post) => Post): string | undefined => {
    let threadId: string | undefined;
    for (const entry of lists.entries.values()) {
      const post = entry.source.base?.items.find((p) => p.id === postId);
      if (!post) continue;
      threadId = post.threadId;
      entry.source.set((pages) => ({ ...pages, items: pages.items.map((p) => (p.id === postId ? change(p) : p)) }));
    }
    return threadId;
  };
  const countThreadComments = (threadId: string, by: number) => {
    if (by) one.peek(threadId)?.source.set((thread) => ({ ...thread, counts: { ...thread.counts, comments: Math.max(0, thread.counts.comments + by) } }));
  };
  /** A post's comment count as a loaded list holds it, if one does. */
  const heldCount = (postId: string): number | undefined => {
    for (const entry of lists.entries.values()) {
      const post = entry.source.base?.items.find((p) => p.id === postId);
      if (post) return post.commentCount;
    }
    return undefined;
  };
  /** Sets a post's comment count, and moves its thread's count by as much. */
  const takeCount = (postId: string, commentCount: number): void => {
    const before = heldCount(postId);
    const threadId = patchPost(postId, (p) => ({ ...p, commentCount }));
    if (threadId && before !== undefined) countThreadComments(threadId, commentCount - before);
  };
  /** Posts whose count is being asked again: `true` when another comment came meanwhile (ask once more). */
  const recounting = new Map<string, boolean>();
  /**
   * Takes a post's comment count from the API, for a server whose comment events do not carry
   * it (older than `commentCount` in `post.comment.created`). A comment that arrives over the
   * stream may already be in the count a list loaded: the stream, reopened for another thread
   * from the last event seen, hands over that thread's history, which the list (loaded
   * meanwhile) already counts. Adding one would count it twice.
   */
  const recount = (postId: string): void => {
    if (heldCount(postId) === undefined) return;
    if (recounting.has(postId)) {
      recounting.set(postId, true);
      return;
    }
    recounting.set(postId, false);
    posts
      .retrieve(postId)
      .then(
        ({ commentCount }) => takeCount(postId, commentCount),
        // The count stays as loaded; the next comment (or a reload) asks again.
        () => undefined,
      )
      .finally(() => {
        const again = recounting.get(postId);
        recounting.delete(postId);
        if (again) recount(postId);
      });
  };

  context.onDispose(
    live.listen((event) => {
      if (event.type === 'thread.updated') {
        // For everyone: keep our own viewer, and our pending follow's count.
        const fresh = event.data;
        one.peek(fresh.id)?.source.set((thread) => ({
          ...fresh,
          viewer: thread.viewer,
          counts: writing(`follow:${fresh.id}`) ? { ...fresh.counts, followers: thread.counts.followers } : fresh.counts,
        }));
      } else if (event.type === 'thread.post.created') {
        const post = event.data;
        const entry = lists.peek(post.threadId);
        // Only the owner posts to a thread: a pending post of ours with this text is this one, on its way back.
        const known = (p: Pending<Post>) => p.id === post.id || (p.pending && p.body === post.body);
        if (entry && !entry.fresh.some(known) && !entry.source.data?.items.some(known)) {
          entry.fresh = [post, ...entry.fresh];
          entry.source.publish();
        }
        counted(post);
      } else if (event.type === 'post.updated') {
        // The owner changed a post (its text, its comments locked or reopened), for everyone: keep our own reactions and report.
        const fresh = event.data;
        patchPost(fresh.id, (post) => ({ ...fresh, viewerReactions: post.viewerReactions, viewerReported: post.viewerReported }));
      } else if (event.type === 'post.comment.created') {
        // Counted once, whether it came back from our own write (echoed) or from the server.
        const { id, postId, commentCount } = event.data;
        if (countedComments.has(id)) return;
        countedComments.add(id);
        // The echo of our own write (no event id) is new to every list: one more. The server's
        // event may be history a list already counts, so adding one could count it twice: it
        // carries the post's count as of the event (history comes in order, so the last one
        // heard is today's); an older server's has none, and the API says how many there are.
        if (!event.id) takeCount(postId, (heldCount(postId) ?? 0) + 1);
        else if (commentCount === undefined) recount(postId);
        else takeCount(postId, commentCount);
      } else if (event.type === 'post.comment.deleted') {
        // The server's count after the deletion: right however many replies went with it.
        const { postId, threadId, commentCount, commentIds } = event.data;
        patchPost(postId, (p) => ({ ...p, commentCount }));
        const gone = commentIds.filter((id) => !removedComments.has(id));
        for (const id of gone) removedComments.add(id);
        countThreadComments(threadId, -gone.length);
      } else if (event.type === 'post.comment.hidden') {
        // Hiding can go back and forth: the post takes the server's count, the thread asks again.
        const { postId, threadId, commentCount } = event.data;
        patchPost(postId, (p) => ({ ...p, commentCount }));
        one.peek(threadId)?.source.invalidate();
      } else if (event.type === 'post.reaction.updated') {
        // For everyone: the counts, except those our own pending reactions move. Our reaction's
        // event can come before our answer, and its count already holds the one the pending
        // change adds on top (shown twice until the answer). The answer brings those counts.
        const { postId, threadId, reactions } = event.data;
        const take = (post: Post) => {
          const counts = { ...reactions };
          for (const kind of Object.keys(counts) as ReactionKind[]) if (writing(`reaction:${postId}:${kind}`)) counts[kind] = post.reactions[kind];
          return counts;
        };
        lists.peek(threadId)?.source.set((pages) => ({ ...pages, items: pages.items.map((p) => (p.id === postId ? { ...p, reactions: take(p) } : p)) }));
      }
    }),
  );

  /**
   * The outbox with this context's sender of posts, its module fetched on first need: the first
   * post written, or a thread of the signed-in person's own shown (to show and send what they
   * wrote offline on an earlier page). A reader, who never posts, never loads it.
   */
  let outbox: Promise<Outbox> | undefined;
  /** The outbox once loaded: a post written then shows at once, not a microtask later. */
  let loaded: Outbox | undefined;
  const adopt = (make: typeof outboxOf): Outbox => {
    if (!loaded) {
      loaded = make(context);
      register(loaded);
    }
    return loaded;
  };
  adopters.set(context, adopt);
  const posting = (): Promise<Outbox> =>
    (outbox ??= loaded
      ? Promise.resolve(loaded)
      : import('./outbox.js').then(
          (module) => adopt(module.outboxOf),
          (error: unknown) => {
            outbox = undefined; // fetched again on the next need
            throw context.fail(error);
          },
        ));

  const register = (box: Outbox) =>
    box.register('post', {
      send: (entry, options) => threads.posts.create(entry.target, entry.body, options),
      show(entry) {
        const { source } = lists(entry.target);
        let pending: PendingState = 'queued';
        const { kind, body, link } = entry.body;
        const drop = source.layer((pages) => {
          // Known once the thread is loaded: only its owner may post.
          const author = one.peek(entry.target)?.source.base?.owner ?? { id: '', name: '', avatarUrl: null, headline: null };
          const post: Pending<Post> = {
            id: `pending_${entry.key}`,
            threadId: entry.target,
            author,
            kind,
            body,
            link: pendingLink(link),
            reactions: zero,
            viewerReactions: [],
            viewerReported: false,
            commentCount: 0,
            commentsLocked: false,
            createdAt: entry.createdAt,
            editedAt: null,
            pending,
          };
          return { ...pages, items: [post, ...pages.items] };
        });
        return {
          status(state) {
            pending = state;
            source.publish();
          },
          commit(post) {
            drop((pages) => (pages.items.some((p) => p.id === post.id) ? pages : { ...pages, items: [post, ...pages.items] }));
            counted(post);
          },
          rollback: () => drop(),
        };
      },
    });

  internals.set(context, { lists: () => [...lists.entries.values()].map((entry) => entry.source), thread: (threadId) => one.peek(threadId)?.source, posts });

  return {
    thread: (threadId) => one(threadId).store,
    threadAt: (pageUrl) => pages(pageUrl).store,
    threadPosts: (threadId) => lists(threadId).store,
    createPost(threadId, body) {
      // Made now, not when the outbox has loaded: the post's time is the moment it was written.
      const entry = { kind: 'post', key: newIdempotencyKey(), target: threadId, body, createdAt: new Date().toISOString() } as const;
      return loaded ? loaded.submit<Post>(entry) : posting().then((box) => box.submit<Post>(entry));
    },
    toggleReaction(postId, kind, on) {
      const sources = [...lists.entries.values()].map((entry) => entry.source);
      const current = sources.flatMap((source) => source.data?.items ?? []).find((post) => post.id === postId);
      const add = on ?? !current?.viewerReactions.includes(kind);
      const each = (update: (post: Pending<Post>) => Pending<Post>) => (pages: PostPages) => ({
        ...pages,
        items: pages.items.map((p) => (p.id === postId ? update(p) : p)),
      });
      return mutate(
        context,
        `reaction:${postId}:${kind}`,
        sources,
        each((post) =>
          post.viewerReactions.includes(kind) === add
            ? post
            : {
                ...post,
                viewerReactions: add ? [...post.viewerReactions, kind] : post.viewerReactions.filter((k) => k !== kind),
                // A bookmark is private: pressed for the reader, never counted.
                reactions: kind === 'bookmark' ? post.reactions : { ...post.reactions, [kind]: Math.max(0, post.reactions[kind] + (add ? 1 : -1)) },
              },
        ),
        async () => {
          const update = await (add ? posts.reactions.add(postId, kind) : posts.reactions.remove(postId, kind));
          // The reading list (bookmarkStores) is asked again once the server has the bookmark.
          if (kind === 'bookmark') invalidate(context, ['myBookmarks']);
          return update;
        },
        // The answer's count of this kind; the others' counts as the page has them: the answer
        // was counted when ours was written, and live events since are newer.
        (update) => each((post) => ({ ...post, reactions: { ...post.reactions, [kind]: update.reactions[kind] }, viewerReactions: update.viewerReactions })),
      );
    },
    toggleFollow(threadId, on) {
      const entry = one.peek(threadId);
      const follow = on ?? !entry?.source.data?.viewer?.following;
      return mutate(
        context,
        `follow:${threadId}`,
        entry ? [entry.source] : [],
        (thread) =>
          !thread.viewer || thread.viewer.following === follow
            ? thread
            : {
                ...thread,
                viewer: { ...thread.viewer, following: follow },
                counts: { ...thread.counts, followers: Math.max(0, thread.counts.followers + (follow ? 1 : -1)) },
              },
        () => (follow ? threads.follow(threadId) : threads.unfollow(threadId)),
        (thread) => () => thread,
      );
    },
  };
});
