import { MenteoCore, type ClientOptions, type ClientSummary } from './core/client-core.js';
import type { TokenSource } from './core/base-core.js';
import { ETagCache } from './core/etag-cache.js';
import { Events } from './realtime/events.js';
import { Admin } from './resources/admin/index.js';
import { IntroCalls } from './resources/intro-calls.js';
import { Matches } from './resources/matches.js';
import { Mentors } from './resources/mentors.js';
import { Posts } from './resources/posts.js';
import { Recommendations } from './resources/recommendations.js';
import { Roadmaps } from './resources/roadmaps.js';
import { Rooms } from './resources/rooms.js';
import { Sandbox } from './resources/sandbox.js';
import { Threads } from './resources/threads.js';
import { Tokens } from './resources/tokens.js';
import { Auth } from './resources/auth.js';
import { Me, Users } from './resources/users.js';
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
  /**
   * Verify and parse webhooks on your server.
   *
   * @example
   * ```ts
   * const event = await Menteo.webhooks.unwrap(await request.text(), request.headers, env.MENTEO_WEBHOOK_SECRET);
   * ```
   */
  static readonly webhooks = webhooks;

  /**
   * The same as `Menteo.webhooks`, for code that holds a client.
   *
   * @example
   * ```ts
   * const event = await client.webhooks.unwrap(rawBody, req.headers, process.env.MENTEO_WEBHOOK_SECRET!);
   * ```
   */
  readonly webhooks = webhooks;
  /** Search mentors, fetch profiles (batched), reviews and bookable slots. See {@link Mentors}. */
  readonly mentors = new Mentors(this);
  /** Mentors ranked for a leadership or mentorship need, with reasons. See {@link Matches}. */
  readonly matches = new Matches(this);
  /** The need diagnostic's growth plan: mentors, a roadmap and a thread to start. See {@link Recommendations}. */
  readonly recommendations = new Recommendations(this);
  /** Mentorship rooms with their goals, sessions and messages (user token). See {@link Rooms}. */
  readonly rooms = new Rooms(this);
  /** A mentor's free intro calls, booked on their slots before any room (user token). See {@link IntroCalls}. */
  readonly introCalls = new IntroCalls(this);
  /** Curated career paths and each person's progress on them. See {@link Roadmaps}. */
  readonly roadmaps = new Roadmaps(this);
  /** Growth threads and their posts. See {@link Threads}. */
  readonly threads = new Threads(this);
  /** One post by id: edit or delete it, react, comment. See {@link Posts}. */
  readonly posts = new Posts(this);
  /** The signed-in person (user token). See {@link Me}. */
  readonly me = new Me(this);
  /** Public profiles by user id. See {@link Users}. */
  readonly users = new Users(this);
  /** Minting user tokens on your server (secret key). See {@link Auth}. */
  readonly auth = new Auth(this);
  /** Realtime events: a callback subscription or an async iterable, resumable. See {@link Events}. */
  readonly events = new Events(this);
  /** What only the local sandbox serves: its test clock (secret key; production answers 404). See {@link Sandbox}. */
  readonly sandbox = new Sandbox(this);
  /** Your organization's members and internal mentors (secret key, #14). See {@link Admin}. */
  readonly admin = new Admin(this);
  /** The signed-in person's personal access tokens, for their own scripts (user token). See {@link Tokens}. */
  readonly tokens = new Tokens(this);

  /**
   * Creates a client. Unlike a bare {@link MenteoCore}, it answers repeated GETs from an
   * {@link ETagCache} of 500 entries (a `304 Not Modified` costs no body); pass `cache` to
   * size it, or `cache: null` to turn it off.
   *
   * @param options - Credentials, base URL, timeouts, retries and hooks: see {@link ClientOptions}.
   *
   * @example
   * ```ts
   * const client = new Menteo({ publishableKey: 'pk_test_demo', timeout: 10_000, cache: new ETagCache(100) });
   * ```
   */
  constructor(options: ClientOptions = {}) {
    super({ ...options, cache: options.cache === undefined ? new ETagCache() : options.cache });
    this.#options = options;
  }

  // Kept here, not in MenteoCore: a bundle built on the bare core never carries these two.
  readonly #options: ClientOptions;
  /** The token source a sign-in installed since (`null`: none was), which `toJSON` reports instead of the options'. */
  #installed: TokenSource | undefined | null = null;

  override useToken(token: TokenSource | undefined): void {
    super.useToken(token);
    this.#installed = token;
  }

  override forgetToken(): void {
    // A token given as a string is gone after this; a token function is asked again.
    if (typeof (this.#installed === null ? this.#options.token : this.#installed) === 'string') this.#installed = undefined;
    super.forgetToken();
  }

  /**
   * A copy of this client with some options changed (credentials, timeout, …); the copy
   * shares nothing in flight with this one.
   *
   * @example
   * ```ts
   * const asEmployee = client.withOptions({ token: employeeToken });
   * ```
   */
  withOptions(options: ClientOptions): Menteo {
    return new Menteo({ ...this.#options, ...options });
  }

  /**
   * Which credential the client holds, never its value: what `JSON.stringify(client)` shows.
   *
   * @example
   * ```ts
   * JSON.stringify(client); // '{"baseUrl":"https://api.menteo.dev","credential":"publishable"}'
   * ```
   */
  toJSON(): ClientSummary {
    const { secretKey } = this.#options;
    const token = this.#installed === null ? this.#options.token : this.#installed;
    return { baseUrl: this.baseUrl, credential: token !== undefined ? 'token' : secretKey ? 'secret' : 'publishable' };
  }
}
