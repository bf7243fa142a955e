import type { ListBody } from '../core/pagination.js';
import type { BodyOf, QueryOf, ResultOf, Schema } from '../core/types.js';
import { seg } from '../resources/resource.js';
import { Rooms, type Room } from '../resources/rooms.js';
import { family } from './cache.js';
import { invalidate, picks } from './invalidate.js';
import { keyOf } from './key-of.js';
import { personal } from './personal.js';
import { liveFeed } from './live.js';
import { mutate } from './optimistic.js';
import { pagedSource } from './paged-source.js';
import { querySource, queryStore, type Pages, type PagedState, type PagedStore, type QueryState, type QueryStore } from './query.js';
import { APIError } from '../core/errors.js';

/**
 * A goal of a room: what success looks like, with its progress.
 *
 * @example
 * ```ts
 * const open: Goal[] = stores.roomGoals(roomId).get().items.filter((g) => g.status === 'open');
 * ```
 */
export type Goal = Schema<'Goal'>;
/**
 * A 60-minute session of a room.
 *
 * @example
 * ```ts
 * const waiting: Session[] = stores.roomSessions(roomId).get().items.filter((s) => s.status === 'pending');
 * ```
 */
export type Session = Schema<'Session'>;
/**
 * A mentor's bookable slots in a range: UTC instants (`startsAt`), each also written in `timeZone`.
 *
 * @example
 * ```ts
 * const { data, timeZone }: MentorSlots = stores.mentorSlots(mentorId, range).get().data!;
 * ```
 */
export type MentorSlots = ResultOf<'listMentorSlots'>;
/**
 * Which slots to list: `start`/`end` (at most 31 days apart) and the zone `localStart` is written in.
 *
 * @example
 * ```ts
 * const range: SlotRange = { start: new Date().toISOString(), end: new Date(Date.now() + 14 * 864e5).toISOString() };
 * ```
 */
export type SlotRange = QueryOf<'listMentorSlots'>;
/**
 * The filters of `roomSessions` (status and time window).
 *
 * @example
 * ```ts
 * const upcoming: SessionListParams = { status: ['pending', 'accepted'], from: new Date().toISOString() };
 * ```
 */
export type SessionListParams = Omit<QueryOf<'listRoomSessions'>, 'cursor'>;
/**
 * What a participant can do to a session (the contract's session lifecycle): accept a proposed
 * time (the mentor), cancel or reschedule before it starts, complete or mark a no-show after.
 *
 * @example
 * ```ts
 * const action: SessionAction = room.viewerRole === 'mentor' ? 'accept' : 'cancel';
 * ```
 */
export type SessionAction = 'accept' | 'cancel' | 'reschedule' | 'complete' | 'noShow';
/**
 * A participant's answer, after a completed session, to "did you get the kind of help you needed?".
 *
 * @example
 * ```ts
 * const answer: HelpFitAnswer = session.hat === 'leader' ? 'yes' : 'partly';
 * ```
 */
export type HelpFitAnswer = Schema<'HelpFitAnswer'>;

/**
 * The plan of a room: goals, sessions and the mentor's slots (every store needs a user token,
 * except `mentorSlots`, which any credential may read).
 *
 * @example
 * ```ts
 * const { roomGoals, roomSessions, mentorSlots, bookSession } = roomPlanStores(context);
 * ```
 */
export interface RoomPlanStores {
  /**
   * A room's goals, oldest first.
   *
   * @example
   * ```ts
   * stores.roomGoals(roomId).subscribe(({ items }) => renderGoals(items));
   * ```
   */
  roomGoals(roomId: string): PagedStore<PagedState<Goal>>;
  /**
   * A room's sessions in order of `startsAt`, kept current by `session.updated` events.
   *
   * @example
   * ```ts
   * stores.roomSessions(roomId, { status: ['pending', 'accepted'] }).subscribe(({ items }) => renderNext(items[0]));
   * ```
   */
  roomSessions(roomId: string, params?: SessionListParams): PagedStore<PagedState<Session>>;
  /**
   * A mentor's open slots in a range; refreshed after a booking, a conflict or a `session.updated` event.
   *
   * @example
   * ```ts
   * stores.mentorSlots('men_demomentor', { start, end, timeZone: 'Europe/Madrid' }).subscribe(({ data }) => data && renderSlots(data.data));
   * ```
   */
  mentorSlots(mentorId: string, range: SlotRange): QueryStore<QueryState<MentorSlots>>;
  /**
   * Books a session at one of the mentor's slots. The room's session lists and the mentor's
   * slots refresh; a taken slot rejects with a `409` `slot_unavailable` (and refreshes the slots).
   *
   * @example
   * ```ts
   * await stores.bookSession(roomId, room.mentor.id, { startsAt: slot.startsAt, agenda: 'Delegation' });
   * ```
   */
  bookSession(roomId: string, mentorId: string, body: BodyOf<'bookRoomSession'>): Promise<Session>;
  /**
   * A session's lifecycle action: accept (the mentor), cancel, reschedule (`{ startsAt }` of
   * another open slot), and after its end complete (`{ notes? }`) or noShow. Its new status shows
   * at once (a reschedule waits for the server's time) and a refusal undoes it.
   *
   * @example
   * ```ts
   * await stores.sessionAction(roomId, sessionId, 'cancel', { reason: 'Sick' });
   * await stores.sessionAction(roomId, sessionId, 'reschedule', { startsAt: slot.startsAt });
   * ```
   */
  sessionAction(roomId: string, sessionId: string, action: SessionAction, body?: SessionActionBody): Promise<Session>;
  /**
   * Changes a session's agenda, shared notes, meeting link or hat (`null` clears one); shown at
   * once, the server's version kept, undone if refused.
   *
   * @example
   * ```ts
   * await stores.updateSession(roomId, sessionId, { notes: '- Delegate the release checklist', hat: 'mentor' });
   * ```
   */
  updateSession(roomId: string, sessionId: string, body: BodyOf<'updateRoomSession'>): Promise<Session>;
  /**
   * Adds a goal (rooms `active` or `paused` only); the goal list refreshes.
   *
   * @example
   * ```ts
   * await stores.createGoal(roomId, { title: 'Run my first planning meeting' });
   * ```
   */
  createGoal(roomId: string, body: BodyOf<'createRoomGoal'>): Promise<Goal>;
  /**
   * Changes a goal (its progress, status, …); shown at once, undone if refused.
   *
   * @example
   * ```ts
   * await stores.updateGoal(roomId, goalId, { progress: 60 });
   * ```
   */
  updateGoal(roomId: string, goalId: string, body: BodyOf<'updateRoomGoal'>): Promise<Goal>;
  /**
   * Deletes a goal (rooms `active` or `paused` only): gone from the list at once, back in its
   * place if the API refuses.
   *
   * @example
   * ```ts
   * await stores.deleteGoal(roomId, goalId);
   * ```
   */
  deleteGoal(roomId: string, goalId: string): Promise<void>;
  /**
   * Moves your read marker to `messageId`; the room and the room lists (their `unreadCount`) reload.
   *
   * @example
   * ```ts
   * await stores.markRoomRead(roomId, newest.id);
   * ```
   */
  markRoomRead(roomId: string, messageId: string): Promise<Room>;
  /**
   * After a completed session, says whether it gave the kind of help you needed (once per
   * participant). The server's session replaces the one in every session list of the room,
   * which then refresh (`['roomSessions', roomId]`); a refusal (`409`: not completed, or
   * answered already) rejects with its typed error and changes no store.
   *
   * @example
   * ```ts
   * const session = await stores.answerHelpFit(roomId, sessionId, 'partly');
   * console.log(session.helpFit); // { mentee: 'partly', mentor: null }
   * ```
   */
  answerHelpFit(roomId: string, sessionId: string, answer: HelpFitAnswer): Promise<Session>;
}

/**
 * The body of a session action: a cancel's reason, a reschedule's new start, a completion's notes.
 *
 * @example
 * ```ts
 * const body: SessionActionBody = { notes: '- Next: draft the Q3 plan.' };
 * await stores.sessionAction(roomId, sessionId, 'complete', body);
 * ```
 */
export type SessionActionBody = BodyOf<'cancelRoomSession'> | BodyOf<'rescheduleRoomSession'> | BodyOf<'completeRoomSession'>;

/** Where each action takes a session at once; a reschedule's status is the server's to say (it depends on who moved it). */
const shownStatus: Record<SessionAction, Session['status'] | undefined> = {
  accept: 'accepted',
  cancel: 'cancelled',
  complete: 'completed',
  noShow: 'no_show',
  reschedule: undefined,
};

type GoalPages = Pages<Goal, Record<string, never>>;
type SessionPages = Pages<Session, Record<string, never>>;

const byStart = (a: Session, b: Session) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0);

/**
 * Room plan stores of a context.
 *
 * @example
 * ```ts
 * const { roomGoals, updateGoal } = roomPlanStores(createStoreContext(core));
 * ```
 */
export const roomPlanStores = /* @__PURE__ */ personal((context): RoomPlanStores => {
  const { core, timing } = context;
  const live = liveFeed(context);
  const api = new Rooms(core);
  const watch = () => live.watch();
  const keep = <T>(state: PagedState<T>) => state;
  const goals = family(
    context,
    (roomId: string) => ['roomGoals', roomId],
    (roomId) =>
      pagedSource(
        (cursor, signal): PromiseLike<ListBody<Goal>> =>
          api.goals.list(roomId, (cursor ? { cursor, limit: 25 } : { limit: 25 }) as QueryOf<'listRoomGoals'>, { signal }),
        keep,
        timing,
        watch,
      ),
  );
  const sessions = family(
    context,
    (roomId: string, params: SessionListParams) => ['roomSessions', roomId, keyOf(params)],
    (roomId, params) =>
      pagedSource(
        (cursor, signal): PromiseLike<ListBody<Session>> =>
          api.sessions.list(roomId, (cursor ? { ...params, cursor } : params) as SessionListParams, { signal }),
        keep,
        timing,
        watch,
      ),
  );
  const slots = family(
    context,
    (mentorId: string, range: SlotRange) => ['mentorSlots', mentorId, keyOf(range)],
    (mentorId, range) => {
      // The transport alone: the `Mentors` class would bring search and batching along.
      const source = querySource(
        (signal) => core.request<MentorSlots>({ method: 'GET', path: `/v1/mentors/${seg(mentorId)}/slots`, query: range, signal }),
        timing,
      );
      return { source, store: queryStore(source) };
    },
    { cancelIdle: true },
  );

  /** Every sessions store of a room, whatever its filters. */
  const sessionsOf = (roomId: string) => ['roomSessions', roomId];
  const sessionSources = (roomId: string) =>
    [...sessions.entries.values()].filter((entry) => picks(sessionsOf(roomId), entry.key)).map((entry) => entry.source);
  /** A session's new version, in every list of its room (lists filtered by status may drop it on their refetch). */
  const upsert =
    (session: Session) =>
    (pages: SessionPages): SessionPages => ({
      ...pages,
      items: [...pages.items.filter((s) => s.id !== session.id), session].sort(byStart),
    });
  const sessionChanged = (session: Session) => {
    for (const source of sessionSources(session.roomId)) source.set(upsert(session));
    invalidate(context, sessionsOf(session.roomId));
  };

  context.onDispose(
    live.listen((event) => {
      if (event.type !== 'session.updated') return;
      sessionChanged(event.data);
      // A booked, moved or cancelled session takes or frees a slot; which mentor's is not in the event.
      invalidate(context, ['mentorSlots']);
    }),
  );

  /** The one request of each session action, with its body. */
  const sendAction = (roomId: string, sessionId: string, action: SessionAction, body: SessionActionBody = {}): Promise<Session> => {
    switch (action) {
      case 'accept':
        return api.sessions.accept(roomId, sessionId);
      case 'reschedule':
        return api.sessions.reschedule(roomId, sessionId, body as BodyOf<'rescheduleRoomSession'>);
      case 'complete':
        return api.sessions.complete(roomId, sessionId, body as BodyOf<'completeRoomSession'>);
      case 'noShow':
        return api.sessions.markNoShow(roomId, sessionId);
      default:
        return api.sessions.cancel(roomId, sessionId, body as BodyOf<'cancelRoomSession'>);
    }
  };

  const goalSources = (roomId: string) => {
    const entry = goals.peek(roomId);
    return entry ? [entry.source] : [];
  };

  return {
    roomGoals: (roomId) => goals(roomId).store,
    roomSessions: (roomId, params = {}) => sessions(roomId, params).store,
    mentorSlots: (mentorId, range) => slots(mentorId, range).store,
    async bookSession(roomId, mentorId, body) {
      try {
        const session = await api.sessions.book(roomId, body);
        sessionChanged(session);
        invalidate(context, ['mentorSlots', mentorId]);
        return session;
      } catch (error) {
        if (error instanceof APIError && error.status === 409) invalidate(context, ['mentorSlots', mentorId]);
        throw context.fail(error);
      }
    },
    sessionAction(roomId, sessionId, action, body) {
      const result = mutate(
        context,
        `session:${sessionId}`,
        sessionSources(roomId),
        (pages) => ({
          ...pages,
          items: pages.items.map((s) => (s.id === sessionId ? { ...s, status: shownStatus[action] ?? s.status } : s)),
        }),
        () => sendAction(roomId, sessionId, action, body),
        upsert,
      );
      // Lists filtered by status may now drop the session, and a cancelled one frees its slot.
      void result.then(
        () => {
          invalidate(context, sessionsOf(roomId));
          invalidate(context, ['mentorSlots']);
        },
        () => {},
      );
      return result;
    },
    updateSession: (roomId, sessionId, body) =>
      mutate(
        context,
        `session:${sessionId}`,
        sessionSources(roomId),
        (pages) => ({ ...pages, items: pages.items.map((s) => (s.id === sessionId ? ({ ...s, ...body } as Session) : s)) }),
        () => api.sessions.update(roomId, sessionId, body),
        upsert,
      ),
    async createGoal(roomId, body) {
      try {
        const goal = await api.goals.create(roomId, body);
        goals.peek(roomId)?.source.set((pages: GoalPages) => (pages.items.some((g) => g.id === goal.id) ? pages : { ...pages, items: [...pages.items, goal] }));
        return goal;
      } catch (error) {
        throw context.fail(error);
      }
    },
    updateGoal: (roomId, goalId, body) =>
      mutate(
        context,
        `goal:${goalId}`,
        goalSources(roomId),
        (pages) => ({
          ...pages,
          items: pages.items.map((g) =>
            g.id === goalId ? ({ ...g, ...body, progress: body.progress ?? (body.status === 'achieved' ? 100 : g.progress) } as Goal) : g,
          ),
        }),
        () => api.goals.update(roomId, goalId, body),
        (goal) => (pages) => ({ ...pages, items: pages.items.map((g) => (g.id === goal.id ? goal : g)) }),
      ),
    deleteGoal: (roomId, goalId) => {
      const without = (pages: GoalPages): GoalPages => ({ ...pages, items: pages.items.filter((g) => g.id !== goalId) });
      return mutate(
        context,
        `goal:${goalId}`,
        goalSources(roomId),
        without,
        () => api.goals.delete(roomId, goalId),
        () => without,
      );
    },
    async answerHelpFit(roomId, sessionId, answer) {
      try {
        const session = await api.sessions.answerHelpFit(roomId, sessionId, { answer });
        sessionChanged(session);
        return session;
      } catch (error) {
        throw context.fail(error);
      }
    },
    async markRoomRead(roomId, messageId) {
      try {
        const room = await api.markRead(roomId, { messageId });
        // The room's own store and the room lists (whose counts live messages raised) recount `unreadCount`.
        invalidate(context, ['room', roomId]);
        invalidate(context, ['rooms']);
        return room;
      } catch (error) {
        throw context.fail(error);
      }
    },
  };
});
