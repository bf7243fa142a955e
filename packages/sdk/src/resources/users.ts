import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/base-core.js';
import type { Schema } from '../core/types.js';
import { Resource, seg } from './resource.js';

/**
 * The signed-in person (user token).
 *
 * @example
 * ```ts
 * const client = new Menteo({ publishableKey: 'pk_test_demo', token: getToken });
 * const me = await client.me.retrieve();
 * ```
 */
export class Me extends Resource {
  /**
   * @example
   * ```ts
   * const me = await client.me.retrieve();
   * ```
   */
  retrieve(options?: RequestOptions): APIPromise<Schema<'Me'>> {
    return this.core.request({ ...options, method: 'GET', path: '/v1/me' });
  }
}

/**
 * Public profiles.
 *
 * @example
 * ```ts
 * const user = await client.users.retrieve('usr_demomentor');
 * ```
 */
export class Users extends Resource {
  /**
   * @example
   * ```ts
   * const user = await client.users.retrieve('usr_demomentor');
   * ```
   */
  retrieve(userId: string, options?: RequestOptions): APIPromise<Schema<'User'>> {
    return this.core.request({ ...options, method: 'GET', path: `/v1/users/${seg(userId)}` });
  }
}
