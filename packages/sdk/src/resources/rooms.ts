import type { APIPromise } from '../core/api-promise.js';
import type { BaseCore, RequestOptions } from '../core/base-core.js';
import { list, type PagePromise } from '../core/pagination.js';
import type { BodyOf, ItemOf, QueryOf, ResultOf, Schema } from '../core/types.js';
import { Resource, seg } from './resource.js';

/**
 * A mentorship room as one of its two participants sees it: mentor, mentee, goal, cadence,
 * term, `status` (`requested`, `active`, `paused`, then one of the final `declined`,
 * `withdrawn`, `expired`, `completed`, `closed_early`), the next session, goal progress and
 * the viewer's own `viewerRole` and `unreadCount`.
 *
 * @example
 * ```ts
 * const room: Room = await client.rooms.retrieve(roomId);
 * if (room.status === 'requested' && room.viewerRole === 'mentor') showAcceptButton();
 * ```
 */
export type Room = Schema<'Room'>;
/**
 * One participant's review of a room that ended: `rating` (1–5) for the other participant,
 * `body` (Markdown), an outcome for every goal that was not dropped and, from the mentee, their
 * `selfEfficacy` at the end (1–5; `null` in the mentor's).
 *
 * @example
 * ```ts
 * const { data }: { data: RoomReview[] } = await client.rooms.reviews.list(roomId);
 * const mentees = data.find((review) => review.authorRole === 'mentee');
 * ```
 */
export type RoomReview = Schema<'RoomReview'>;
type Options = RequestOptions;
const room = (id: string) => `/v1/rooms/${seg(id)}`;

/**
 * Mentorship Rooms: structured long-term 1:1s with goals, sessions and messages.
 * Every method needs a user token.
 *
 * @example
 * ```ts
 * const client = new Menteo({ publishableKey: 'pk_test_demo', token: getToken });
 * const room = await client.rooms.create({ mentorId: 'men_demomentor', goal: 'Lead my first team', cadence: 'weekly', termWeeks: 12 });
 * await client.rooms.messages.send(room.id, { body: 'Looking forward to it!' });
 * ```
 */
export class Rooms extends Resource {
  /** The room's goals. */
  readonly goals: RoomGoals;
  /** The room's sessions. */
  readonly sessions: RoomSessions;
  /** The room's messages. */
  readonly messages: RoomMessages;
  /** The room's agreement: proposed by one participant, accepted by the other. */
  readonly agreement: RoomAgreement;
  /** The reviews written once the room ended. */
  readonly reviews: RoomReviews;

  constructor(core: BaseCore) {
    super(core);
    this.goals = new RoomGoals(core);
    this.sessions = new RoomSessions(core);
    this.messages = new RoomMessages(core);
    this.agreement = new RoomAgreement(core);
    this.reviews = new RoomReviews(core);
  }

  /**
   * Asks a mentor for a room (status `requested` until the mentor accepts).
   *
   * @example
   * ```ts
   * const room = await client.rooms.create({ mentorId: 'men_demomentor', goal: 'Grow from senior engineer to engineering manager within a year', cadence: 'biweekly', termWeeks: 24 });
   * ```
   */
  create(body: BodyOf<'createRoom'>, options?: Options): APIPromise<Room> {
    return this.core.request({ ...options, method: 'POST', path: '/v1/rooms', body });
  }

  /**
   * The rooms you take part in, newest activity first.
   *
   * @example
   * ```ts
   * for await (const room of client.rooms.list({ status: ['active'] })) console.log(room.goal);
   * ```
   */
  list(params: Omit<QueryOf<'listRooms'>, 'cursor'> = {}, options?: Options): PagePromise<ItemOf<'listRooms'>> {
    return list(this.core, '/v1/rooms', params, options);
  }

  /**
   * One room.
   *
   * @example
   * ```ts
   * const room = await client.rooms.retrieve(roomId);
   * ```
   */
  retrieve(roomId: string, options?: Options): APIPromise<Room> {
    return this.core.request({ ...options, method: 'GET', path: room(roomId) });
  }

  /**
   * The mentor accepts a requested room.
   *
   * @example
   * ```ts
   * await client.rooms.accept(roomId);
   * ```
   */
  accept(roomId: string, body: BodyOf<'acceptRoom'> = {}, options?: Options): APIPromise<Room> {
    return this.#transition(roomId, 'accept', body, options);
  }
  /**
   * The mentor declines a requested room.
   *
   * @example
   * ```ts
   * await client.rooms.decline(roomId, { reason: 'No capacity until March' });
   * ```
   */
  decline(roomId: string, body: BodyOf<'declineRoom'> = {}, options?: Options): APIPromise<Room> {
    return this.#transition(roomId, 'decline', body, options);
  }
  /**
   * The mentee withdraws a request.
   *
   * @example
   * ```ts
   * await client.rooms.withdraw(roomId);
   * ```
   */
  withdraw(roomId: string, body: BodyOf<'withdrawRoom'> = {}, options?: Options): APIPromise<Room> {
    return this.#transition(roomId, 'withdraw', body, options);
  }
  /**
   * Pauses an active room.
   *
   * @example
   * ```ts
   * await client.rooms.pause(roomId, { reason: 'Parental leave' });
   * ```
   */
  pause(roomId: string, body: BodyOf<'pauseRoom'> = {}, options?: Options): APIPromise<Room> {
    return this.#transition(roomId, 'pause', body, options);
  }
  /**
   * Resumes a paused room.
   *
   * @example
   * ```ts
   * await client.rooms.resume(roomId);
   * ```
   */
  resume(roomId: string, body: BodyOf<'resumeRoom'> = {}, options?: Options): APIPromise<Room> {
    return this.#transition(roomId, 'resume', body, options);
  }
  /**
   * Completes an active room.
   *
   * @example
   * ```ts
   * await client.rooms.complete(roomId);
   * ```
   */
  complete(roomId: string, body: BodyOf<'completeRoom'> = {}, options?: Options): APIPromise<Room> {
    return this.#transition(roomId, 'complete', body, options);
  }
  /**
   * Closes an active room early, with a reason.
   *
   * @example
   * ```ts
   * await client.rooms.close(roomId, { reason: 'Changed teams' });
   * ```
   */
  close(roomId: string, body: BodyOf<'closeRoom'>, options?: Options): APIPromise<Room> {
    return this.#transition(roomId, 'close', body, options);
  }
  /**
   * Marks messages up to `messageId` as read.
   *
   * @example
   * ```ts
   * await client.rooms.markRead(roomId, { messageId });
   * ```
   */
  markRead(roomId: string, body: BodyOf<'markRoomRead'>, options?: Options): APIPromise<Room> {
    return this.core.request({ ...options, method: 'POST', path: `${room(roomId)}/read`, body });
  }

  #transition(roomId: string, action: string, body: object | undefined, options?: Options): APIPromise<Room> {
    return this.core.request({ ...options, method: 'POST', path: `${room(roomId)}/${action}`, body });
  }
}

/**
 * Goals of a room: what success looks like, with progress.
 *
 * @example
 * ```ts
 * const goal = await client.rooms.goals.create(roomId, { title: 'Run my first planning meeting', targetDate: '2026-03-31' });
 * await client.rooms.goals.update(roomId, goal.id, { progress: 100, status: 'achieved' });
 * ```
 */
export class RoomGoals extends Resource {
  /**
   * @example
   * ```ts
   * const { data } = await client.rooms.goals.list(roomId);
   * ```
   */
  list(roomId: string, params: Omit<QueryOf<'listRoomGoals'>, 'cursor'> = {}, options?: Options): PagePromise<ItemOf<'listRoomGoals'>> {
    return list(this.core, `${room(roomId)}/goals`, params, options);
  }
  /**
   * @example
   * ```ts
   * await client.rooms.goals.create(roomId, { title: 'Run my first planning meeting' });
   * ```
   */
  create(roomId: string, body: BodyOf<'createRoomGoal'>, options?: Options): APIPromise<ResultOf<'createRoomGoal'>> {
    return this.core.request({ ...options, method: 'POST', path: `${room(roomId)}/goals`, body });
  }
  /**
   * @example
   * ```ts
   * await client.rooms.goals.update(roomId, goalId, { progress: 60 });
   * ```
   */
  update(roomId: string, goalId: string, body: BodyOf<'updateRoomGoal'>, options?: Options): APIPromise<ResultOf<'updateRoomGoal'>> {
    return this.core.request({ ...options, method: 'PATCH', path: `${room(roomId)}/goals/${seg(goalId)}`, body });
  }
  /**
   * @example
   * ```ts
   * await client.rooms.goals.delete(roomId, goalId);
   * ```
   */
  delete(roomId: string, goalId: string, options?: Options): APIPromise<void> {
    return this.core.request({ ...options, method: 'DELETE', path: `${room(roomId)}/goals/${seg(goalId)}` });
  }
}

/**
 * Sessions of a room: booked from the mentor's slots.
 *
 * @example
 * ```ts
 * const { data: [slot] } = await client.mentors.slots('men_demomentor', { start, end, timeZone: 'Europe/Berlin' });
 * if (slot) await client.rooms.sessions.book(roomId, { startsAt: slot.startsAt, agenda: 'Delegation' });
 * ```
 */
export class RoomSessions extends Resource {
  /**
   * @example
   * ```ts
   * for await (const s of client.rooms.sessions.list(roomId)) console.log(s.startsAt);
   * ```
   */
  list(roomId: string, params: Omit<QueryOf<'listRoomSessions'>, 'cursor'> = {}, options?: Options): PagePromise<ItemOf<'listRoomSessions'>> {
    return list(this.core, `${room(roomId)}/sessions`, params, options);
  }
  /**
   * Books a slot (a taken or past slot → `ConflictError` with code `slot_unavailable`).
   *
   * @example
   * ```ts
   * await client.rooms.sessions.book(roomId, { startsAt: slot.startsAt });
   * ```
   */
  book(roomId: string, body: BodyOf<'bookRoomSession'>, options?: Options): APIPromise<ResultOf<'bookRoomSession'>> {
    return this.core.request({ ...options, method: 'POST', path: `${room(roomId)}/sessions`, body });
  }
  /**
   * @example
   * ```ts
   * await client.rooms.sessions.update(roomId, sessionId, { agenda: 'Feedback on my first 1:1s' });
   * ```
   */
  update(roomId: string, sessionId: string, body: BodyOf<'updateRoomSession'>, options?: Options): APIPromise<ResultOf<'updateRoomSession'>> {
    return this.core.request({ ...options, method: 'PATCH', path: `${room(roomId)}/sessions/${seg(sessionId)}`, body });
  }
  /**
   * @example
   * ```ts
   * await client.rooms.sessions.accept(roomId, sessionId);
   * ```
   */
  accept(roomId: string, sessionId: string, options?: Options): APIPromise<ResultOf<'acceptRoomSession'>> {
    return this.#action(roomId, sessionId, 'accept', undefined, options);
  }
  /**
   * @example
   * ```ts
   * await client.rooms.sessions.reschedule(roomId, sessionId, { startsAt });
   * ```
   */
  reschedule(roomId: string, sessionId: string, body: BodyOf<'rescheduleRoomSession'>, options?: Options): APIPromise<ResultOf<'rescheduleRoomSession'>> {
    return this.#action(roomId, sessionId, 'reschedule', body, options);
  }
  /**
   * @example
   * ```ts
   * await client.rooms.sessions.cancel(roomId, sessionId, { reason: 'Sick' });
   * ```
   */
  cancel(roomId: string, sessionId: string, body: BodyOf<'cancelRoomSession'> = {}, options?: Options): APIPromise<ResultOf<'cancelRoomSession'>> {
    return this.#action(roomId, sessionId, 'cancel', body, options);
  }
  /**
   * @example
   * ```ts
   * await client.rooms.sessions.complete(roomId, sessionId, { notes: 'Agreed on a delegation plan' });
   * ```
   */
  complete(roomId: string, sessionId: string, body: BodyOf<'completeRoomSession'> = {}, options?: Options): APIPromise<ResultOf<'completeRoomSession'>> {
    return this.#action(roomId, sessionId, 'complete', body, options);
  }
  /**
   * @example
   * ```ts
   * await client.rooms.sessions.markNoShow(roomId, sessionId);
   * ```
   */
  markNoShow(roomId: string, sessionId: string, options?: Options): APIPromise<ResultOf<'markRoomSessionNoShow'>> {
    return this.#action(roomId, sessionId, 'no-show', undefined, options);
  }
  /**
   * After a completed session, says whether it gave the kind of help you needed (`yes`,
   * `partly`, `no`): once per participant (a second answer → `ConflictError`).
   *
   * @example
   * ```ts
   * const session = await client.rooms.sessions.answerHelpFit(roomId, sessionId, { answer: 'partly' });
   * console.log(session.hat, session.helpFit); // 'mentor' { mentee: 'partly', mentor: null }
   * ```
   */
  answerHelpFit(
    roomId: string,
    sessionId: string,
    body: BodyOf<'answerRoomSessionHelpFit'>,
    options?: Options,
  ): APIPromise<ResultOf<'answerRoomSessionHelpFit'>> {
    return this.#action(roomId, sessionId, 'help-fit', body, options);
  }
  #action<T>(roomId: string, sessionId: string, action: string, body: object | undefined, options?: Options): APIPromise<T> {
    return this.core.request({ ...options, method: 'POST', path: `${room(roomId)}/sessions/${seg(sessionId)}/${action}`, body });
  }
}

/**
 * Messages of a room, newest first; only the two participants can read or write.
 *
 * @example
 * ```ts
 * const { data: [latest] } = await client.rooms.messages.list(roomId, { limit: 20 });
 * if (latest) await client.rooms.markRead(roomId, { messageId: latest.id });
 * ```
 */
export class RoomMessages extends Resource {
  /**
   * @example
   * ```ts
   * const page = await client.rooms.messages.list(roomId, { limit: 50 });
   * ```
   */
  list(roomId: string, params: Omit<QueryOf<'listRoomMessages'>, 'cursor'> = {}, options?: Options): PagePromise<ItemOf<'listRoomMessages'>> {
    return list(this.core, `${room(roomId)}/messages`, params, options);
  }
  /**
   * @example
   * ```ts
   * await client.rooms.messages.send(roomId, { body: 'Thanks, see you Thursday!' });
   * ```
   */
  send(roomId: string, body: BodyOf<'sendRoomMessage'>, options?: Options): APIPromise<ResultOf<'sendRoomMessage'>> {
    return this.core.request({ ...options, method: 'POST', path: `${room(roomId)}/messages`, body });
  }
}

/**
 * The agreement of a room: the expectations both participants sign (Markdown). Either one
 * proposes it, which signs it for them and clears the other's sign-off; the other accepts it.
 * `room.agreementSignedAt` keeps both sign-offs with their times. Open while the room is
 * `requested`, `active` or `paused` (`ConflictError` otherwise).
 *
 * @example
 * ```ts
 * await asMentor.rooms.agreement.propose(roomId, { agreement: '- We meet every other week.\n- Agendas the day before.' });
 * const room = await asMentee.rooms.agreement.accept(roomId);
 * console.log(room.agreementSignedAt); // { mentor: '2026-…', mentee: '2026-…' }
 * ```
 */
export class RoomAgreement extends Resource {
  /**
   * Proposes the agreement (and signs it for you); the other participant is asked to accept it.
   *
   * @example
   * ```ts
   * const room = await client.rooms.agreement.propose(roomId, { agreement: 'We meet every other week for an hour.' });
   * ```
   */
  propose(roomId: string, body: BodyOf<'proposeRoomAgreement'>, options?: Options): APIPromise<Room> {
    return this.core.request({ ...options, method: 'POST', path: `${room(roomId)}/agreement`, body });
  }
  /**
   * Accepts the agreement the other participant proposed (none, or one you signed already → `ConflictError`).
   *
   * @example
   * ```ts
   * const room = await client.rooms.agreement.accept(roomId);
   * ```
   */
  accept(roomId: string, options?: Options): APIPromise<Room> {
    return this.core.request({ ...options, method: 'POST', path: `${room(roomId)}/agreement/accept` });
  }
}

/**
 * Reviews of a room once it is `completed` or `closed_early`: one per participant, read by both.
 * The mentee's is published on the mentor's profile and moves their rating.
 *
 * @example
 * ```ts
 * const goals = await client.rooms.goals.list(roomId, { limit: 100 }).toArray({ limit: 100 });
 * await client.rooms.reviews.create(roomId, {
 *   rating: 5,
 *   body: 'Asked the questions that made me find my own answers.',
 *   goalOutcomes: goals.filter((g) => g.status !== 'dropped').map((g) => ({ goalId: g.id, outcome: 'achieved' })),
 *   selfEfficacy: 4,
 * });
 * ```
 */
export class RoomReviews extends Resource {
  /**
   * The room's reviews, oldest first (at most one per participant; not paginated).
   *
   * @example
   * ```ts
   * const { data } = await client.rooms.reviews.list(roomId);
   * ```
   */
  list(roomId: string, options?: Options): APIPromise<ResultOf<'listRoomReviews'>> {
    return this.core.request({ ...options, method: 'GET', path: `${room(roomId)}/reviews` });
  }
  /**
   * Writes your review: a room still running or a second review → `ConflictError`; a goal
   * without its outcome, or the mentee without `selfEfficacy` → `UnprocessableEntityError`.
   *
   * @example
   * ```ts
   * await client.rooms.reviews.create(roomId, { rating: 4, body: 'Came prepared to every session.', goalOutcomes: [{ goalId, outcome: 'achieved' }] });
   * ```
   */
  create(roomId: string, body: BodyOf<'reviewRoom'>, options?: Options): APIPromise<RoomReview> {
    return this.core.request({ ...options, method: 'POST', path: `${room(roomId)}/reviews`, body });
  }
}
