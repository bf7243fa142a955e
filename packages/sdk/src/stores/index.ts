/**
 * `@menteo/sdk/stores`: the data layer of Menteo's web components, on nanostores. A
 * component never fetches; it subscribes to a store. Stores are shared by key (every card
 * of mentor X uses one store and one request), revalidate stale data, follow live events,
 * show writes optimistically and keep unsent posts and messages in an outbox.
 *
 * @example
 * ```ts
 * import { MenteoCore } from '@menteo/sdk';
 * import { createStores } from '@menteo/sdk/stores';
 *
 * const stores = createStores(new MenteoCore({ publishableKey: 'pk_test_demo', token: getToken }));
 * stores.threadPosts('thr_learningtolead').subscribe(({ items, pendingNew }) => render(items, pendingNew));
 * await stores.createPost('thr_learningtolead', { kind: 'update', body: 'Week 3: first skip-level done.' });
 * ```
 * @packageDocumentation
 */
import type { BaseCore } from '../core/base-core.js';
import type { WritableAtom } from 'nanostores';
import { createStoreContext, type StoreContext, type StoresOptions } from './context.js';
import { draftOf } from './draft.js';
import { invalidate } from './invalidate.js';
import type { KeySelector } from './keys.js';
import { signOut } from './identity.js';
import { introCallStores, type IntroCallStores } from './intro-calls.js';
import { liveFeed, type LiveFeed } from './live.js';
import { outboxOf, type Outbox } from './outbox.js';
import { meStores, type MeStores } from './me.js';
import { mentorStores, type MentorStores } from './mentors.js';
import { roadmapStores, type RoadmapStores } from './roadmaps.js';
import { roomPlanStores, type RoomPlanStores } from './room-plans.js';
import { roomReviewStores, type RoomReviewStores } from './room-reviews.js';
import { roomStores, type RoomStores } from './rooms.js';
import { threadEditStores, type ThreadEditStores } from './thread-edits.js';
import { postsWithOutbox, threadStores, type ThreadStores } from './threads.js';

export { createStoreContext, domain, type StoreContext, type StoresOptions } from './context.js';
export { personal } from './personal.js';
export type { QueryState, QueryStore, PagedState, PagedStore, Status, Timing } from './query.js';
export { outboxOf, type KeyValueStorage, type OutboxEntry, type PendingState, type Outbox } from './outbox.js';
export { liveFeed, type LiveFeed, type LiveEvent } from './live.js';
export { draftOf } from './draft.js';
export { identify, signOut, type Identity } from './identity.js';
export { matchStores, mentorProfileStores, mentorSearchStores, mentorStores, type MentorStores, type MentorSearchState } from './mentors.js';
export { threadStores, type ThreadStores, type ThreadPostsState, type ThreadPostsStore, type Pending } from './threads.js';
export { threadEditStores, type ThreadEditStores } from './thread-edits.js';
export {
  roomStores,
  roomActionsFor,
  roomExpiry,
  roomStatusesAllowing,
  roomTransitions,
  type RoomStores,
  type RoomAction,
  type RoomListParams,
  type Message,
} from './rooms.js';
export { roadmapStores, withTotals, type RoadmapStores } from './roadmaps.js';
export {
  roomPlanStores,
  type RoomPlanStores,
  type Goal,
  type Session,
  type MentorSlots,
  type SlotRange,
  type SessionListParams,
  type SessionAction,
  type HelpFitAnswer,
  type SessionActionBody,
} from './room-plans.js';
export { roomReviewStores, type RoomReviewStores } from './room-reviews.js';
export { introCallStores, type IntroCallStores, type IntroCallListParams } from './intro-calls.js';
export { meStores, type MeStores } from './me.js';
export { commentStores, groupReplies, type CommentStores, type CommentThread, type Comment, type CommentDeletion, type HiddenComments } from './comments.js';
export { moderationStores, type ModerationStores, type Report, type ReportTarget } from './moderation.js';
export { threadPageStores, type ThreadPageStores } from './thread-page.js';
export { bookmarkStores, type BookmarkStores, type Bookmark, type ReadingListEntry } from './bookmarks.js';
export { postLinkTargetStores, type PostLinkTargetStores, type PostLinkTargets } from './post-link-targets.js';
export { invalidate } from './invalidate.js';
export { keyOf } from './key-of.js';
export type { KeySelector, StoreKey } from './keys.js';
export { seedStores, type SeedEntry } from './seed.js';
export { pagesOf, type Pages } from './query.js';
export { memoryStorage } from './storage.js';

/**
 * Every store of one client.
 *
 * @example
 * ```ts
 * const stores: MenteoStores = createStores(core);
 * stores.lastError.subscribe((error) => error && toast(error.message));
 * ```
 */
export type MenteoStores = StoreContext &
  MentorStores &
  ThreadStores &
  ThreadEditStores &
  RoomStores &
  RoomPlanStores &
  RoomReviewStores &
  IntroCallStores &
  RoadmapStores &
  MeStores &
  EveryPiece;

/**
 * The per-context pieces `createStores` makes at once (a domain-picking page makes them on
 * first use with `liveFeed`, `outboxOf` and `draftOf`).
 *
 * @example
 * ```ts
 * const stores = createStores(core);
 * stores.outbox.entries.subscribe((waiting) => console.log(`${waiting.length} unsent`));
 * ```
 */
export interface EveryPiece {
  /** The one event subscription the live stores share (open only while one is subscribed). */
  readonly live: LiveFeed;
  /** Posts and messages not yet confirmed by the server (`outbox.entries` is a store of them). */
  readonly outbox: Outbox;
  /**
   * The draft text of a composer, persisted while typed.
   *
   * @example
   * ```ts
   * const $draft = stores.draft('post:thr_learningtolead');
   * textarea.value = $draft.get();
   * textarea.oninput = () => $draft.set(textarea.value);
   * ```
   */
  draft(key: string): WritableAtom<string>;
  /**
   * Tells the stores that data changed on the server: every store whose key the selector
   * picks refetches now if it is subscribed, else on its next subscriber (until then it keeps
   * its data). A store's key is the name of the store function, then its arguments (objects as
   * `keyOf` writes them): `stores.roomSessions(roomId, params)` is
   * `['roomSessions', roomId, keyOf(params)]`. A selector is a key prefix or a test of each
   * key. The stores' own writes name the keys they change this way; call it after a change
   * they did not make (your server acted on a webhook, another app wrote).
   *
   * @example
   * ```ts
   * stores.invalidate(['rooms']); // every list of rooms, whatever its filters
   * stores.invalidate(['room', roomId]); // one room
   * stores.invalidate((key) => key.includes(roomId)); // every store about that room
   * ```
   */
  invalidate(selector: KeySelector): void;
  /**
   * Sends what the outbox holds (it does so by itself when the device comes online).
   *
   * @example
   * ```ts
   * retryButton.onclick = () => void stores.flush();
   * ```
   */
  flush(): Promise<void>;
  /**
   * Signs the person out of the stores: deletes their unsent posts and messages and their
   * drafts, forgets the client's token (the next request asks the token function again) and
   * empties every store. Call it from your own sign-out, before the next person signs in.
   *
   * @example
   * ```ts
   * signOutButton.onclick = async () => {
   *   await stores.signOut();
   *   location.assign('/signed-out');
   * };
   * ```
   */
  signOut(): Promise<void>;
}

/**
 * Creates the stores of one client: one per `<menteo-provider>`, so two providers on a page
 * (two accounts, two APIs) never share data. Pass a `MenteoCore` (or a `Menteo`, which is
 * one); the stores use the resource classes themselves. Pages that want only some domains
 * use `createStoreContext` with `mentorStores(context)`, `threadStores(context)`, … instead,
 * and bundle only those.
 *
 * @example
 * ```ts
 * const stores = createStores(new MenteoCore({ publishableKey: 'pk_test_demo' }), { staleMs: 60_000 });
 * const $mentor = stores.mentor('men_demomentor');
 * const stop = $mentor.subscribe(({ data }) => data && console.log(data.name));
 * ```
 */
export function createStores(client: BaseCore, options?: StoresOptions): MenteoStores {
  const context = createStoreContext(client, options);
  // The context itself becomes the stores object, so `threadStores(stores)` finds the same stores.
  const pieces: EveryPiece = {
    live: liveFeed(context),
    outbox: outboxOf(context),
    draft: (key) => draftOf(context, key),
    invalidate: (selector) => invalidate(context, selector),
    flush: () => outboxOf(context).flush(),
    signOut: () => signOut(context),
  };
  // Every store at once, the outbox included: posts written offline on an earlier page are shown and sent now.
  postsWithOutbox(context, outboxOf);
  return Object.assign(
    context,
    pieces,
    mentorStores(context),
    threadStores(context),
    threadEditStores(context),
    roomStores(context),
    roomPlanStores(context),
    roomReviewStores(context),
    introCallStores(context),
    roadmapStores(context),
    meStores(context),
  );
}
