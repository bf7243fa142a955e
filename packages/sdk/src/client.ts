import { MenteoCore, type ClientOptions } from './core/client-core.js';
import { ETagCache } from './core/etag-cache.js';
import { Events } from './realtime/events.js';
import { Matches } from './resources/matches.js';
import { Mentors } from './resources/mentors.js';
import { Posts } from './resources/posts.js';
import { Roadmaps } from './resources/roadmaps.js';
import { Rooms } from './resources/rooms.js';
import { Threads } from './resources/threads.js';
import { Auth, Me, Users } from './resources/users.js';
import { webhooks } from './webhooks/index.js';

/**
 * The Menteo API client: every resource as a namespace.
 *
 * @example
 * ```ts
 * import { Menteo } from '@menteo/sdk';
 *
 * const client = new Menteo({ publishableKey: 'pk_test_demo', baseUrl: 'http://127.0.0.1:4010' });
 * const page = await client.mentors.search({ q: 'engineering manager', helpsWith: ['leadership'] });
 * console.log(page.totalCount, page.data[0]?.name);
 * ```
 */
export class Menteo extends MenteoCore {
  /** Verify and parse webhooks on your server. */
  static readonly webhooks = webhooks;

  readonly mentors = new Mentors(this);
  readonly matches = new Matches(this);
  readonly rooms = new Rooms(this);
  readonly roadmaps = new Roadmaps(this);
  readonly threads = new Threads(this);
  readonly posts = new Posts(this);
  readonly me = new Me(this);
  readonly users = new Users(this);
  readonly auth = new Auth(this);
  readonly events = new Events(this);

  constructor(options: ClientOptions = {}) {
    super({ ...options, cache: options.cache === undefined ? new ETagCache() : options.cache });
  }
}
