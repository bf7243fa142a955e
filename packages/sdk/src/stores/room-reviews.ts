import type { BodyOf } from '../core/types.js';
import { RoomReviews, type RoomReview } from '../resources/rooms.js';
import { family } from './cache.js';
import { personal } from './personal.js';
import { invalidate } from './invalidate.js';
import { liveFeed } from './live.js';
import { querySource, queryStore, type QueryState, type QueryStore } from './query.js';

/**
 * The stores of the reviews written once a room ended (every one needs a user token).
 *
 * @example
 * ```ts
 * const { roomReviews, reviewRoom } = roomReviewStores(context);
 * ```
 */
export interface RoomReviewStores {
  /**
   * The reviews of a room that ended, oldest first (at most one per participant), kept current
   * by `room.reviewed` events.
   *
   * @example
   * ```ts
   * stores.roomReviews(roomId).subscribe(({ data }) => data && renderReviews(data));
   * ```
   */
  roomReviews(roomId: string): QueryStore<QueryState<RoomReview[]>>;
  /**
   * Writes your review of a room that ended. The review joins `roomReviews` at once; the room
   * (`['room', roomId]`: its `reviewedBy`, the mentee's `selfEfficacy.atEnd`) and room lists
   * (`['rooms']`) reload, and after the mentee's review the mentor profiles (`['mentor']`: the
   * rating moved; a review does not name its mentor). A refusal — `409` for a second review or a
   * room still running, `422` for a missing outcome or `selfEfficacy` — rejects with its typed
   * error (`ConflictError`, `UnprocessableEntityError`), sets `lastError` and changes no store.
   *
   * @example
   * ```ts
   * await stores.reviewRoom(roomId, { rating: 5, body: 'Great questions.', goalOutcomes: [{ goalId, outcome: 'achieved' }], selfEfficacy: 4 });
   * ```
   */
  reviewRoom(roomId: string, body: BodyOf<'reviewRoom'>): Promise<RoomReview>;
}

/**
 * Room review stores of a context: a domain of their own, so that a page showing a room before
 * it ends does not carry them.
 *
 * @example
 * ```ts
 * const { roomReviews } = roomReviewStores(createStoreContext(core));
 * ```
 */
export const roomReviewStores = /* @__PURE__ */ personal((context): RoomReviewStores => {
  const live = liveFeed(context);
  const api = new RoomReviews(context.core);
  const reviews = family(
    context,
    (roomId: string) => ['roomReviews', roomId],
    (roomId) => {
      const source = querySource(
        (signal) => api.list(roomId, { signal }).then(({ data }) => data),
        context.timing,
        () => live.watch(),
      );
      return { source, store: queryStore(source) };
    },
  );

  /** A review written, ours or (live) the other participant's; the room itself hears of it by its own `room.updated`. */
  const reviewed = (review: RoomReview) => {
    reviews.peek(review.roomId)?.source.set((list) => (list.some((r) => r.id === review.id) ? list : [...list, review]));
    if (review.authorRole === 'mentee') invalidate(context, ['mentor']);
  };
  context.onDispose(
    live.listen((event) => {
      if (event.type === 'room.reviewed') reviewed(event.data);
    }),
  );

  return {
    roomReviews: (roomId) => reviews(roomId).store,
    async reviewRoom(roomId, body) {
      try {
        const review = await api.create(roomId, body);
        reviewed(review);
        invalidate(context, ['room', roomId]);
        invalidate(context, ['rooms']);
        return review;
      } catch (error) {
        throw context.fail(error);
      }
    },
  };
});
