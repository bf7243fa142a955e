import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/base-core.js';
import { list, type PagePromise } from '../../core/pagination.js';
import type { BodyOf, QueryOf, Schema } from '../../core/types.js';
import { Resource, seg } from '../resource.js';

/**
 * One of your organization's mentor profiles as you manage it: the public profile's fields
 * plus `active`, `visibility` (`internal` or `public`), `capacity.max`, `acceptingRequests`,
 * and weekly `availability` windows in the mentor's `timeZone`.
 *
 * @example
 * ```ts
 * const mentor: OrgMentor = await client.admin.mentors.retrieve('men_7Hq2Lx9PzC4vWm1K');
 * console.log(mentor.availability.map((w) => `${w.day} ${w.start}-${w.end} ${mentor.timeZone}`));
 * ```
 */
export type OrgMentor = Schema<'OrgMentor'>;

const mentors = '/v1/org/mentors';

/**
 * Your organization's internal mentors (secret key): make a member a mentor, update the
 * profile, deactivate it. An internal mentor is found by your own people in
 * `client.mentors.search` like any seeded internal mentor, and by nobody else.
 *
 * @example
 * ```ts
 * const mentor = await client.admin.mentors.create({ userId: member.id, headline: 'Platform lead', timeZone: 'Europe/Madrid' });
 * await client.admin.mentors.update(mentor.id, { capacity: { max: 3 }, availability: [{ day: 2, start: '16:00', end: '18:00' }] });
 * ```
 */
export class AdminMentors extends Resource {
  /**
   * Gives an active member a mentor profile (`internal` by default). A member who already
   * has one, or is deactivated, is a `ConflictError`; an unknown time zone an
   * `UnprocessableEntityError` naming `/timeZone`.
   *
   * @example
   * ```ts
   * const mentor = await client.admin.mentors.create({ userId: member.id, headline: 'I help new leads', timeZone: 'Europe/Madrid', helpsWith: ['leadership'] });
   * ```
   */
  create(body: BodyOf<'createOrgMentor'>, options?: RequestOptions): APIPromise<OrgMentor> {
    return this.core.request({ ...options, method: 'POST', path: mentors, body });
  }

  /**
   * Your mentor profiles by id (deactivated ones too, unless `active` filters them).
   *
   * @example
   * ```ts
   * for await (const mentor of client.admin.mentors.list({ active: true })) console.log(mentor.name, mentor.capacity.max);
   * ```
   */
  list(params: Omit<QueryOf<'listOrgMentors'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<OrgMentor> {
    return list(this.core, mentors, params, options);
  }

  /**
   * One of your mentor profiles (another organization's is a `NotFoundError`).
   *
   * @example
   * ```ts
   * const mentor = await client.admin.mentors.retrieve(mentorId);
   * ```
   */
  retrieve(mentorId: string, options?: RequestOptions): APIPromise<OrgMentor> {
    return this.core.request({ ...options, method: 'GET', path: `${mentors}/${seg(mentorId)}` });
  }

  /**
   * Changes the fields sent and keeps the others.
   *
   * @example
   * ```ts
   * await client.admin.mentors.update(mentorId, { acceptingRequests: false });
   * ```
   */
  update(mentorId: string, body: BodyOf<'updateOrgMentor'>, options?: RequestOptions): APIPromise<OrgMentor> {
    return this.core.request({ ...options, method: 'PATCH', path: `${mentors}/${seg(mentorId)}`, body });
  }

  /**
   * Takes the profile out of search and matching (its rooms go on); `update(id, { active: true })`
   * lists it again.
   *
   * @example
   * ```ts
   * await client.admin.mentors.deactivate(mentorId);
   * ```
   */
  deactivate(mentorId: string, options?: RequestOptions): APIPromise<OrgMentor> {
    return this.update(mentorId, { active: false }, options);
  }
}
