import type { RoomAction as LifecycleAction } from '@menteo/api/room-lifecycle';
import type { ListBody } from '../core/pagination.js';
import { newIdempotencyKey } from '../core/runtime.js';
import type { BodyOf, ItemOf, QueryOf, Schema } from '../core/types.js';
import { Rooms, type Room } from '../resources/rooms.js';
import { family } from './cache.js';
import { invalidate } from './invalidate.js';
import { keyOf } from './key-of.js';
import { personal } from './personal.js';
import { liveFeed, type LiveEvent } from './live.js';
import { outboxOf, type PendingState } from './outbox.js';
import { pagedSource } from './paged-source.js';
import { querySource, queryStore, type Pages, type PagedState, type PagedStore, type QueryState, type QueryStore } from './query.js';
import { placeRoom, viewerOf, withMessage } from './room-inbox.js';
import { knowingViewer } from './viewer-events.js';
import type { Pending } from './threads.js';

/**
 * A message of a room's conversation.
 *
 * @example
 * ```ts
 * const last: Message | undefined = stores.roomMessages(roomId).get().items[0];
 * ```
 */
export type Message = Schema<'Message'>;
/**
 * The room lifecycle actions (`transitionRoom`), as the contract's lifecycle names them.
 *
 * @example
 * ```ts
 * const action: RoomAction = viewerRole === 'mentor' ? 'accept' : 'withdraw';
 * ```
 */
export type RoomAction = LifecycleAction;
// Which actions exist, where they lead and who may take them is the contract's
// (`x-menteo-lifecycle`): the stores pass it on, so that elements need not copy it.
export { roomActionsFor, roomExpiry, roomStatusesAllowing, roomTransitions } from '@menteo/api/room-lifecycle';
/**
 * The rooms list's filters.
 *
 * @example
 * ```ts
 * stores.rooms({ status: ['active', 'paused'] } satisfies RoomListParams);
 * ```
 */
export type RoomListParams = Omit<QueryOf<'listRooms'>, 'cursor'>;

/**
 * The room stores (every one needs a user token).
 *
 * @example
 * ```ts
 * const { room, rooms, roomMessages, sendMessage, transitionRoom } = roomStores(context);
 * ```
 */
export interface RoomStores {
  /**
   * One room, kept current by `room.updated` events.
   *
   * @example
   * ```ts
   * stores.room(roomId).subscribe(({ data }) => data && renderStatus(data.status));
   * ```
   */
  room(roomId: string): QueryStore<QueryState<Room>>;
  /**
   * Your rooms, newest activity first (inbox order), kept current live: a room new to you (a
   * request you receive, one you sent from another tab, one that now matches the filters) joins
   * the lists it matches in its place; a message moves its room's `lastMessageAt`, `unreadCount`
   * and place; a room that no longer matches a list's filters leaves it.
   *
   * @example
   * ```ts
   * stores.rooms({ status: ['active'] }).subscribe(({ items }) => renderList(items));
   * ```
   */
  rooms(params?: RoomListParams): PagedStore<PagedState<ItemOf<'listRooms'>>>;
  /**
   * A room's messages, newest first (reverse them for a chat view); new ones arrive live.
   *
   * @example
   * ```ts
   * stores.roomMessages(roomId).subscribe(({ items }) => renderChat(items.toReversed()));
   * ```
   */
  roomMessages(roomId: string): PagedStore<PagedState<Pending<Message>>>;
  /**
   * Sends a message: shown at once as pending, kept in the outbox while offline, sent once.
   *
   * @example
   * ```ts
   * await stores.sendMessage(roomId, { body: 'See you Thursday!' });
   * ```
   */
  sendMessage(roomId: string, body: BodyOf<'sendRoomMessage'>): Promise<Message>;
  /**
   * Asks a mentor for a room; your room lists refresh.
   *
   * @example
   * ```ts
   * await stores.createRoom({ mentorId: 'men_demomentor', goal: 'Grow into an engineering manager role', cadence: 'biweekly', termWeeks: 24 });
   * ```
   */
  createRoom(body: BodyOf<'createRoom'>): Promise<Room>;
  /**
   * Moves a room through its lifecycle (`close` needs a `reason`). The room store takes the
   * server's answer and room lists refresh; a refused transition rejects (and sets `lastError`).
   *
   * @example
   * ```ts
   * await stores.transitionRoom(roomId, 'pause', { reason: 'Parental leave' });
   * ```
   */
  transitionRoom(roomId: string, action: RoomAction, body?: BodyOf<'pauseRoom'>): Promise<Room>;
  /**
   * Proposes the room's agreement (signed by you, the other's sign-off cleared). The room store
   * takes the server's answer and room lists refresh, as after a transition.
   *
   * @example
   * ```ts
   * await stores.proposeAgreement(roomId, '- We meet every other week.\n- Agendas the day before.');
   * ```
   */
  proposeAgreement(roomId: string, agreement: string): Promise<Room>;
  /**
   * Accepts the agreement the other participant proposed; the room store shows both sign-offs.
   *
   * @example
   * ```ts
   * const room = await stores.acceptAgreement(roomId);
   * console.log(room.agreementSignedAt.mentee);
   * ```
   */
  acceptAgreement(roomId: string): Promise<Room>;
}

type MessagePages = Pages<Message, Omit<ListBody<Message>, 'data' | 'nextCursor'>>;

/**
 * Room stores of a context.
 *
 * @example
 * ```ts
 * const { roomMessages } = roomStores(createStoreContext(core));
 * ```
 */
export const roomStores = /* @__PURE__ */ personal((context): RoomStores => {
  const { core, timing } = context;
  const live = liveFeed(context);
  const outbox = outboxOf(context);
  const api = new Rooms(core);
  const watch = () => live.watch();
  const one = family(
    context,
    (roomId: string) => ['room', roomId],
    (roomId) => {
      const source = querySource((signal) => api.retrieve(roomId, { signal }), timing, watch);
      return { source, store: queryStore(source) };
    },
  );
  const lists = family(
    context,
    (params: RoomListParams) => ['rooms', keyOf(params)],
    (params) => ({
      params,
      ...pagedSource(
        (cursor, signal) => api.list({ ...params, ...(cursor ? { cursor } : {}) } as RoomListParams, { signal }),
        (state) => state,
        timing,
        watch,
      ),
    }),
    { cancelIdle: true },
  );
  const chats = family(
    context,
    (roomId: string) => ['roomMessages', roomId],
    (roomId) =>
      pagedSource(
        (cursor, signal): PromiseLike<ListBody<Message>> => api.messages.list(roomId, (cursor ? { cursor } : {}) as QueryOf<'listRoomMessages'>, { signal }),
        (state): PagedState<Pending<Message>> => state,
        timing,
        watch,
      ),
  );

  const addMessage = (message: Message) => (pages: MessagePages) =>
    pages.items.some((m) => m.id === message.id) ? pages : { ...pages, items: [message, ...pages.items] };

  /** Our own view of a room, if a store holds one. */
  const ours = (roomId: string): Room | undefined => {
    // The lists first: they count unread messages live, the room's own store does not.
    for (const { source } of lists.entries.values()) {
      const found = source.base?.items.find((r) => r.id === roomId);
      if (found) return found;
    }
    return one.peek(roomId)?.source.base;
  };
  /** Whether a room list is shown now: only then is a room we hold no view of worth a request. */
  const listShown = () => [...lists.entries.values()].some(({ source }) => source.mounted);
  /** Our view of a room, in every list: where it matches the filters, in inbox order; out of the others. */
  const place = (room: Room) => {
    for (const { params, source } of lists.entries.values()) source.set((pages) => placeRoom(pages, params, room));
  };
  /** Our view of a room we hold none of, from the API (its event carried the other participant's). */
  const fetchPlace = (roomId: string) =>
    void api.retrieve(roomId).then(place, () => {
      for (const { source } of lists.entries.values()) source.invalidate();
    });

  /** A `room.updated` event carries the acting participant's view; keep our own role and unread count. */
  const updated = (room: Room) => {
    const known = ours(room.id);
    const merge = (mine: Room) => ({ ...room, viewerRole: mine.viewerRole, unreadCount: mine.unreadCount });
    one.peek(room.id)?.source.set(merge);
    if (known) return place(merge(known));
    const me = context.user.get();
    if (viewerOf(room) === me) place(room);
    // A request reaches its mentor as `room.requested` next, with their own view.
    else if (listShown() && !(room.status === 'requested' && room.mentor.userId === me)) fetchPlace(room.id);
  };

  const follow = (event: LiveEvent) => {
    if (event.type === 'room.updated') updated(event.data);
    // The mentor's own view of a new request: trusted as it is.
    else if (event.type === 'room.requested') place(event.data);
    else if (event.type === 'room.message.created') {
      const message = event.data;
      chats.peek(message.roomId)?.source.set(addMessage(message));
      one
        .peek(message.roomId)
        ?.source.set((room) => (room.lastMessageAt && room.lastMessageAt >= message.createdAt ? room : { ...room, lastMessageAt: message.createdAt }));
      const known = ours(message.roomId);
      if (known) place(withMessage(known, message));
      // A room past the pages loaded rises to the top of the inbox: its view comes from the API.
      else if (listShown()) fetchPlace(message.roomId);
    }
  };
  // Whose view a room event carries is told by who we are (learned once, if a room.updated needs it).
  const needsViewer = (event: LiveEvent) => event.type === 'room.updated' && listShown() && !ours(event.data.id);
  context.onDispose(live.listen(knowingViewer(context, needsViewer, follow)));

  outbox.register('message', {
    send: (entry, options) => api.messages.send(entry.target, entry.body, options),
    show(entry) {
      const { source } = chats(entry.target);
      let pending: PendingState = 'queued';
      const drop = source.layer((pages) => {
        const room = one.peek(entry.target)?.source.base;
        const mentor = room?.mentor;
        const author =
          mentor && room.viewerRole === 'mentor'
            ? { id: mentor.userId, name: mentor.name, avatarUrl: mentor.avatarUrl, headline: mentor.title }
            : (room?.mentee ?? { id: '', name: '', avatarUrl: null, headline: null });
        const message: Pending<Message> = {
          id: `pending_${entry.key}`,
          roomId: entry.target,
          author,
          body: entry.body.body,
          createdAt: entry.createdAt,
          pending,
        };
        return { ...pages, items: [message, ...pages.items] };
      });
      return {
        status(state) {
          pending = state;
          source.publish();
        },
        commit: (message) => drop(addMessage(message)),
        rollback: () => drop(),
      };
    },
  });

  const settle = async (request: PromiseLike<Room>): Promise<Room> => {
    try {
      const room = await request;
      one.peek(room.id)?.source.set(() => room);
      // The room may now belong to other lists (filtered by status), or to one at all (a new room).
      invalidate(context, ['rooms']);
      return room;
    } catch (error) {
      throw context.fail(error);
    }
  };

  return {
    room: (roomId) => one(roomId).store,
    rooms: (params = {}) => lists(params).store,
    roomMessages: (roomId) => chats(roomId).store,
    sendMessage: (roomId, body) =>
      outbox.submit<Message>({ kind: 'message', key: newIdempotencyKey(), target: roomId, body, createdAt: new Date().toISOString() }),
    createRoom: (body) => settle(api.create(body)),
    transitionRoom: (roomId, action, body = {}) => settle(api[action](roomId, body as BodyOf<'closeRoom'>)),
    proposeAgreement: (roomId, agreement) => settle(api.agreement.propose(roomId, { agreement })),
    acceptAgreement: (roomId) => settle(api.agreement.accept(roomId)),
  };
});
