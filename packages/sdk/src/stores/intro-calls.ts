import { APIError } from '../core/errors.js';
import type { BodyOf, QueryOf } from '../core/types.js';
import { IntroCalls, type IntroCall } from '../resources/intro-calls.js';
import { family } from './cache.js';
import { personal } from './personal.js';
import { invalidate } from './invalidate.js';
import { keyOf } from './key-of.js';
import { liveFeed, type LiveEvent } from './live.js';
import { pagedSource } from './paged-source.js';
import type { PagedState, PagedStore } from './query.js';
import { knowingViewer } from './viewer-events.js';

/**
 * The filters of `introCalls`: one `status` (`booked` or `cancelled`) or none, and the page size.
 *
 * @example
 * ```ts
 * const upcoming: IntroCallListParams = { status: 'booked' };
 * ```
 */
export type IntroCallListParams = Omit<QueryOf<'listIntroCalls'>, 'cursor'>;

/**
 * The stores of the signed-in person's intro calls (every one needs a user token).
 *
 * @example
 * ```ts
 * const { introCalls, bookIntroCall, updateIntroCall, cancelIntroCall } = introCallStores(context);
 * ```
 */
export interface IntroCallStores {
  /**
   * The signed-in person's intro calls, as booker and as mentor, in order of `startsAt`.
   * The stores' own bookings, link changes and cancellations show in it at once, and the other
   * person's (or another tab's) arrive live (`intro_call.booked`, `intro_call.updated`,
   * `intro_call.cancelled`): the call joins, changes in or leaves each list by its filter, as the
   * signed-in person sees it, and on a booking or cancellation the mentor's slots reload.
   *
   * @example
   * ```ts
   * stores.introCalls({ status: 'booked' }).subscribe(({ items }) => renderCalls(items));
   * ```
   */
  introCalls(params?: IntroCallListParams): PagedStore<PagedState<IntroCall>>;
  /**
   * Books the mentor's free intro call at one of their slots. The call joins every `introCalls`
   * list it matches at once; the lists (`['introCalls']`) and the mentor's slots
   * (`['mentorSlots', mentorId]`: the call takes its slot) reload. A refusal rejects with its
   * typed error (`ConflictError`, code `slot_unavailable` or `conflict`, which also reloads the
   * mentor's slots; `UnprocessableEntityError`; `NotFoundError`), sets `lastError` and
   * changes no list.
   *
   * @example
   * ```ts
   * const call = await stores.bookIntroCall('men_demomentor', { startsAt: slot.startsAt, message: 'Do we fit?' });
   * ```
   */
  bookIntroCall(mentorId: string, body: BodyOf<'bookIntroCall'>): Promise<IntroCall>;
  /**
   * Sets, changes or clears (`null`) the meeting link of a booked intro call that has not ended.
   * Its new version replaces it in every list at once, and the lists (`['introCalls']`) reload;
   * the mentor's slots do not (the time is the same). A refusal (`UnprocessableEntityError` on
   * `/meetingUrl`, `ConflictError` `invalid_transition`, `NotFoundError`) rejects, sets
   * `lastError` and changes no list.
   *
   * @example
   * ```ts
   * await stores.updateIntroCall(call.id, { meetingUrl: 'https://meet.example/daniel-priya' });
   * ```
   */
  updateIntroCall(introCallId: string, body: BodyOf<'updateIntroCall'>): Promise<IntroCall>;
  /**
   * Cancels a booked intro call that has not started. Its new version replaces it in every list
   * at once; the lists (`['introCalls']`: a `booked` list drops it) and the mentor's slots
   * (`['mentorSlots', mentorId]`: the slot opens again) reload. A refusal (`ConflictError`
   * `invalid_transition`, `NotFoundError`) sets `lastError` and changes no list.
   *
   * @example
   * ```ts
   * await stores.cancelIntroCall(call.id, { reason: 'Something came up; I will book another time.' });
   * ```
   */
  cancelIntroCall(introCallId: string, body?: BodyOf<'cancelIntroCall'>): Promise<IntroCall>;
}

/** The events that carry an intro call, as the person who acted sees it. */
const isIntroCallEvent = (event: LiveEvent): event is Extract<LiveEvent, { type: 'intro_call.booked' | 'intro_call.updated' | 'intro_call.cancelled' }> =>
  event.type === 'intro_call.booked' || event.type === 'intro_call.updated' || event.type === 'intro_call.cancelled';

/** The API's order of intro calls: by `startsAt`. */
const byStart = (a: IntroCall, b: IntroCall) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0);

/**
 * Intro call stores of a context: a domain of their own, so that a page without intro calls
 * does not carry them.
 *
 * @example
 * ```ts
 * const { introCalls } = introCallStores(createStoreContext(core));
 * ```
 */
export const introCallStores = /* @__PURE__ */ personal((context): IntroCallStores => {
  const api = new IntroCalls(context.core);
  const live = liveFeed(context);
  const lists = family(
    context,
    (params: IntroCallListParams) => ['introCalls', keyOf(params)],
    (params) => ({
      params,
      ...pagedSource(
        (cursor, signal) => api.list({ ...params, ...(cursor ? { cursor } : {}) } as IntroCallListParams, { signal }),
        (state) => state,
        context.timing,
        () => live.watch(),
      ),
    }),
    { cancelIdle: true },
  );

  /** The server's version of a call, in every list whose filter it matches (by `startsAt`) and in no other. */
  const place = (call: IntroCall) => {
    for (const { params, source } of lists.entries.values()) {
      source.set((pages) => {
        const others = pages.items.filter((c) => c.id !== call.id);
        return { ...pages, items: params.status && params.status !== call.status ? others : [...others, call].sort(byStart) };
      });
    }
  };

  /** Our own role in a call a list holds. */
  const knownRole = (id: string) => {
    for (const { source } of lists.entries.values()) {
      const call = source.base?.items.find((c) => c.id === id);
      if (call) return call.viewerRole;
    }
    return undefined;
  };
  /** An event's call carries the view of whoever acted: ours is the role a list knows, else who we are tells it. */
  const heard = (event: LiveEvent) => {
    if (!isIntroCallEvent(event)) return;
    const call = event.data;
    const me = context.user.get();
    const viewerRole = knownRole(call.id) ?? (me && (call.mentor.userId === me ? 'mentor' : 'mentee'));
    if (viewerRole) place({ ...call, viewerRole });
    else invalidate(context, ['introCalls']); // who we are could not be learned: the lists ask the API
    // A new link leaves the mentor's calendar as it was.
    if (event.type !== 'intro_call.updated') invalidate(context, ['mentorSlots', call.mentor.id]);
  };
  const needsViewer = (event: LiveEvent) => isIntroCallEvent(event) && lists.entries.size > 0 && !knownRole(event.data.id);
  context.onDispose(live.listen(knowingViewer(context, needsViewer, heard)));

  // The request starts inside the try, so that a bad id (refused before sending) rejects and sets lastError too.
  const settle = async (request: () => PromiseLike<IntroCall>, mentorId?: string, movesSlots = true): Promise<IntroCall> => {
    try {
      const call = await request();
      place(call);
      // Lists reload for what the stores cannot know (the other person's changes, pages not loaded).
      invalidate(context, ['introCalls']);
      if (movesSlots) invalidate(context, ['mentorSlots', call.mentor.id]);
      return call;
    } catch (error) {
      // A booking refused with a 409 (the slot taken meanwhile) means the slots shown are stale.
      if (mentorId && error instanceof APIError && error.status === 409) invalidate(context, ['mentorSlots', mentorId]);
      throw context.fail(error);
    }
  };

  return {
    introCalls: (params = {}) => lists(params).store,
    bookIntroCall: (mentorId, body) => settle(() => api.book(mentorId, body), mentorId),
    updateIntroCall: (introCallId, body) => settle(() => api.update(introCallId, body), undefined, false),
    cancelIntroCall: (introCallId, body = {}) => settle(() => api.cancel(introCallId, body)),
  };
});
