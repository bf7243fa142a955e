import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-core.js';
import { list, type PagePromise } from '../core/pagination.js';
import type { BodyOf, Schema } from '../core/types.js';
import { Resource, seg } from './resource.js';

/**
 * A personal access token as listed: `name`, `prefix` (its first characters), `scopes`,
 * `createdAt`, `lastUsedAt`, `expiresAt`. The token's value is never shown after creation.
 *
 * @example
 * ```ts
 * const { data } = await client.tokens.list();
 * for (const token of data) console.log(token.prefix, token.scopes.join(' '), token.lastUsedAt ?? 'never used');
 * ```
 */
export type PersonalAccessToken = Schema<'PersonalAccessToken'>;

/**
 * A new personal access token with its value, `token` (`mt_pat_…`): the only time it is shown.
 *
 * @example
 * ```ts
 * const created: CreatedPersonalAccessToken = await client.tokens.create({ name: 'Blog cron', scopes: ['threads:write'] });
 * await saveToSecrets('MENTEO_TOKEN', created.token);
 * ```
 */
export type CreatedPersonalAccessToken = Schema<'CreatedPersonalAccessToken'>;

/**
 * What a personal access token may do: `threads:read`, `threads:write`, `rooms:read`,
 * `rooms:write`, `roadmaps:read`, `roadmaps:write`, `profile:read`. An operation its scopes do
 * not cover is a `PermissionDeniedError` with code `insufficient_scope`.
 *
 * @example
 * ```ts
 * const scopes: PersonalAccessTokenScope[] = ['threads:read', 'threads:write'];
 * ```
 */
export type PersonalAccessTokenScope = Schema<'PersonalAccessTokenScope'>;

const tokens = '/v1/me/tokens';

/**
 * The signed-in person's personal access tokens (user token): credentials for their own scripts
 * (a cron posting to their thread), scoped, shown once, revocable. Use one as the client's
 * `token`: `new Menteo({ token: process.env.MENTEO_TOKEN })`.
 *
 * @example
 * ```ts
 * const { token } = await client.tokens.create({ name: 'Blog cron', scopes: ['threads:write'] });
 * const cron = new Menteo({ token });
 * await cron.threads.posts.create(threadId, { kind: 'update', body: 'Weekly notes' });
 * ```
 */
export class Tokens extends Resource {
  /**
   * Creates a token acting as you for its `scopes` (optionally expiring after `expiresInDays`).
   * Keep `token` from the answer: it is not shown again. Unlike other creates this is not
   * replayed for a retry (that would mean keeping the value): a retry after a lost answer makes a
   * second token, which `list()` shows and `revoke()` removes.
   *
   * @example
   * ```ts
   * const created = await client.tokens.create({ name: 'Blog cron', scopes: ['threads:write'], expiresInDays: 90 });
   * ```
   */
  create(body: BodyOf<'createPersonalAccessToken'>, options?: RequestOptions): APIPromise<CreatedPersonalAccessToken> {
    return this.core.request({ ...options, method: 'POST', path: tokens, body });
  }

  /**
   * Your tokens that are not revoked, newest first.
   *
   * @example
   * ```ts
   * for await (const token of client.tokens.list()) console.log(token.name, token.prefix);
   * ```
   */
  list(params: { limit?: number } = {}, options?: RequestOptions): PagePromise<PersonalAccessToken> {
    return list(this.core, tokens, params, options);
  }

  /**
   * Revokes one of your tokens by id: it stops working at once. Someone else's is a `NotFoundError`.
   *
   * @example
   * ```ts
   * await client.tokens.revoke('pat_8Kq2Lm7Xw3Nz5Tb9');
   * ```
   */
  revoke(tokenId: string, options?: RequestOptions): APIPromise<void> {
    return this.core.request({ ...options, method: 'DELETE', path: `${tokens}/${seg(tokenId)}` });
  }
}
