import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/base-core.js';
import { list, type PagePromise } from '../../core/pagination.js';
import type { BodyOf, QueryOf, Schema } from '../../core/types.js';
import { Resource, seg } from '../resource.js';

/**
 * A person of your organization as your directory describes them, in SCIM 2.0 names:
 * `externalUserId` (SCIM `externalId`), `userName`, `displayName`, `emails`, `title`,
 * `department`, `active`, and their `mentorId` if they mentor.
 *
 * @example
 * ```ts
 * const member: Member = await client.admin.members.retrieve('usr_demomentee');
 * if (!member.active) console.log(`${member.displayName} is deactivated`);
 * ```
 */
export type Member = Schema<'Member'>;

/**
 * One row of {@link AdminMembers.bulkUpsert}: a member's fields keyed by `externalUserId`, and
 * optionally their `mentor` profile.
 *
 * @example
 * ```ts
 * const row: BulkMemberRow = { externalUserId: 'E-10442', displayName: 'Sam Lee', emails: [{ value: 'sam@acme.example', primary: true }] };
 * ```
 */
export type BulkMemberRow = Schema<'BulkMemberRow'>;

/**
 * What a bulk upsert did: a `summary` and one result per row, in request order (`created`,
 * `updated`, `unchanged` or `failed` with `errors` whose `pointer` points into the request).
 *
 * @example
 * ```ts
 * const result: BulkUpsertResult = await client.admin.members.bulkUpsert({ members: rows, dryRun: true });
 * for (const row of result.results.filter((r) => r.status === 'failed')) console.log(row.index, row.errors);
 * ```
 */
export type BulkUpsertResult = Schema<'BulkUpsertMembersResult'>;

const members = '/v1/org/members';

/**
 * Your organization's members (secret key, from your backend): create, read, list, update,
 * deactivate, and the HR sync's bulk upsert. Another organization's people are `NotFoundError`.
 *
 * @example
 * ```ts
 * const admin = new Menteo({ secretKey: process.env.MENTEO_SECRET_KEY });
 * const sam = await admin.admin.members.create({ externalUserId: 'E-10442', displayName: 'Sam Lee' });
 * for await (const member of admin.admin.members.list({ active: true })) console.log(member.displayName);
 * ```
 */
export class AdminMembers extends Resource {
  /**
   * Adds a person before they ever sign in. An `externalUserId` another member has is a
   * `ConflictError`; a bad field an `UnprocessableEntityError` naming it.
   *
   * @example
   * ```ts
   * const member = await client.admin.members.create({ externalUserId: 'E-10442', displayName: 'Sam Lee', department: 'Platform' });
   * ```
   */
  create(body: BodyOf<'createMember'>, options?: RequestOptions): APIPromise<Member> {
    return this.core.request({ ...options, method: 'POST', path: members, body });
  }

  /**
   * Your members by id, a page at a time or with `for await`; filter by `active` or find one by
   * `externalUserId`.
   *
   * @example
   * ```ts
   * const { data: [sam] } = await client.admin.members.list({ externalUserId: 'E-10442' });
   * ```
   */
  list(params: Omit<QueryOf<'listMembers'>, 'cursor'> = {}, options?: RequestOptions): PagePromise<Member> {
    return list(this.core, members, params, options);
  }

  /**
   * One member by their Menteo id.
   *
   * @example
   * ```ts
   * const member = await client.admin.members.retrieve('usr_3kq9XbZ2mP0aLw9T');
   * ```
   */
  retrieve(userId: string, options?: RequestOptions): APIPromise<Member> {
    return this.core.request({ ...options, method: 'GET', path: `${members}/${seg(userId)}` });
  }

  /**
   * Changes the fields sent and keeps the others (`null` clears an optional one). Sending what
   * is already there changes nothing.
   *
   * @example
   * ```ts
   * await client.admin.members.update(member.id, { title: 'Staff engineer', department: null });
   * ```
   */
  update(userId: string, body: BodyOf<'updateMember'>, options?: RequestOptions): APIPromise<Member> {
    return this.core.request({ ...options, method: 'PATCH', path: `${members}/${seg(userId)}`, body });
  }

  /**
   * Deactivates a member: their user tokens stop working at once, no new one can be minted, and
   * their mentor profile leaves search; their history stays. `update(id, { active: true })`
   * brings them back.
   *
   * @example
   * ```ts
   * await client.admin.members.deactivate(member.id);
   * ```
   */
  deactivate(userId: string, options?: RequestOptions): APIPromise<Member> {
    return this.update(userId, { active: false }, options);
  }

  /**
   * Creates or updates up to 1,000 members by `externalUserId`, each row on its own: a bad row
   * is a `failed` result with JSON pointers into the request and leaves no trace. Re-sending the
   * same rows answers `unchanged`; `dryRun: true` answers the same without writing.
   *
   * @example
   * ```ts
   * const preview = await client.admin.members.bulkUpsert({ members: rows, dryRun: true });
   * if (preview.summary.failed === 0) await client.admin.members.bulkUpsert({ members: rows });
   * ```
   */
  bulkUpsert(body: { members: BulkMemberRow[]; dryRun?: boolean }, options?: RequestOptions): APIPromise<BulkUpsertResult> {
    return this.core.request({ ...options, method: 'POST', path: `${members}/bulk`, body });
  }
}
