import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-core.js';
import { list, type PagePromise } from '../core/pagination.js';
import type { BodyOf, QueryOf, Schema } from '../core/types.js';
import { Resource, seg } from './resource.js';

/**
 * A mentor's free intro call with one person, before any room: `mentor`, `mentee` (who booked
 * it), `startsAt`/`endsAt` (the offering's `durationMinutes` from the start of one of the
 * mentor's slots), `status` (`booked` or `cancelled`), the booker's `message`, the
 * `meetingUrl` either person set (http(s) only, or `null`), the viewer's own `viewerRole` and,
 * once cancelled, `cancelReason`.
 *
 * @example
 * ```ts
 * const call: IntroCall = await client.introCalls.retrieve(introCallId);
 * if (call.status === 'booked') console.log(`${call.mentor.name}, ${call.startsAt} for ${call.durationMinutes} min`);
 * ```
 */
export type IntroCall = Schema<'IntroCall'>;

const calls = '/v1/intro-calls';

/**
 * Intro calls: the free short call a mentor offers (an `intro_call` offering) so two people
 * can see whether they fit before anyone asks for a room. It takes one of the mentor's slots
 * (`client.mentors.slots`), which no session can then take. Every method needs a user token.
 *
 * @example
 * ```ts
 * const { data: [slot] } = await client.mentors.slots('men_demomentor', { start, end, timeZone: 'Europe/Berlin' });
 * if (slot) await client.introCalls.book('men_demomentor', { startsAt: slot.startsAt, message: 'Do we fit?' });
 * for await (const call of client.introCalls.list({ status: 'booked' })) console.log(call.startsAt, call.viewerRole);
 * ```
 */
export class IntroCalls extends Resource {
  /**
   * Books the mentor's free intro call at one of their open slots, for the signed-in person.
   * Refused with `ConflictError`: code `slot_unavailable` for a taken, past or unavailable
   * slot, `conflict` when the mentor offers no intro call or you already have one booked with
   * them; `UnprocessableEntityError` for your own profile; `NotFoundError` for a mentor your
   * organization cannot see.
   *
   * @example
   * ```ts
   * const call = await client.introCalls.book('men_demomentor', { startsAt: slot.startsAt, message: 'I lead a team for the first time.' });
   * ```
   */
  book(mentorId: string, body: BodyOf<'bookIntroCall'>, options?: RequestOptions): APIPromise<IntroCall> {
    return this.core.request({ ...options, method: 'POST', path: `/v1/mentors/${seg(mentorId)}/intro-calls`, body });
  }

  /**
   * Your intro calls, as the one who booked them and as the mentor, by `startsAt`; optionally
   * only those in one `status`.
   *
   * @example
   * ```ts
   * const { data } = await client.introCalls.list({ status: 'booked' });
   * ```
   */
  list(params: Omit<QueryOf<'listIntroCalls'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<IntroCall> {
    return list(this.core, calls, params, options);
  }

  /**
   * One intro call, for its two people (`NotFoundError` for anyone else).
   *
   * @example
   * ```ts
   * const call = await client.introCalls.retrieve(introCallId);
   * ```
   */
  retrieve(introCallId: string, options?: RequestOptions): APIPromise<IntroCall> {
    return this.core.request({ ...options, method: 'GET', path: `${calls}/${seg(introCallId)}` });
  }

  /**
   * Sets, changes or clears (`null`) the meeting link of a booked intro call that has not ended
   * (either person may); both people receive `intro_call.updated`. The link must be http(s)
   * (`UnprocessableEntityError` naming `/meetingUrl`); a cancelled or ended call is a
   * `ConflictError` (`invalid_transition`); anyone else gets `NotFoundError`. Sent with an
   * `Idempotency-Key`, as a POST is, so that a retry is one change.
   *
   * @example
   * ```ts
   * const call = await client.introCalls.update(introCallId, { meetingUrl: 'https://meet.example/daniel-priya' });
   * await client.introCalls.update(introCallId, { meetingUrl: null }); // no link any more
   * ```
   */
  update(introCallId: string, body: BodyOf<'updateIntroCall'>, options?: RequestOptions): APIPromise<IntroCall> {
    return this.core.request({ ...options, method: 'PATCH', path: `${calls}/${seg(introCallId)}`, body, idempotent: true });
  }

  /**
   * Cancels a booked intro call that has not started (either person may); the slot opens again.
   * A cancelled or started call is a `ConflictError` (`invalid_transition`).
   *
   * @example
   * ```ts
   * await client.introCalls.cancel(introCallId, { reason: 'Something came up; I will book another time.' });
   * ```
   */
  cancel(introCallId: string, body: BodyOf<'cancelIntroCall'> = {}, options?: RequestOptions): APIPromise<IntroCall> {
    return this.core.request({ ...options, method: 'POST', path: `${calls}/${seg(introCallId)}/cancel`, body });
  }
}
