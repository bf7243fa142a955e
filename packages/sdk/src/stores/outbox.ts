import { atom, type ReadableAtom } from 'nanostores';
import type { RequestOptions } from '../core/base-core.js';
import { APIConnectionError, APIError, MenteoError } from '../core/errors.js';
import type { BodyOf } from '../core/types.js';
import { domain } from './context.js';
import { identify, type Identity } from './identity.js';
import type { KeyValueStorage } from './storage.js';

export type { KeyValueStorage } from './storage.js';

/**
 * A write waiting to reach the server, kept in storage with the `Idempotency-Key` that
 * every attempt sends: a replay after a lost answer is recognized by the server, not doubled.
 *
 * @example
 * ```ts
 * stores.outbox.entries.subscribe((entries) => banner(entries.length ? `${entries.length} waiting to be sent` : ''));
 * ```
 */
export type OutboxEntry = {
  /** The `Idempotency-Key` every attempt sends (`menteo-<uuid>`); it also names the entry, and the pending item's id is `pending_<key>`. */
  key: string;
  /** When the write was made (ISO 8601): the time the pending item shows until the server's answer replaces it. */
  createdAt: string;
  /**
   * The person who made it (`usr_…`): it is sent only with a token of theirs. Set by the outbox
   * once it knows who is signed in; until then the entry is kept in memory only.
   */
  userId?: string | undefined;
} & (
  | {
      /** A post to one of your growth threads. */
      kind: 'post';
      /** The thread's id. */
      target: string;
      /** The post, as `client.threads.posts.create` takes it. */
      body: BodyOf<'createThreadPost'>;
    }
  | {
      /** A message in a mentorship room. */
      kind: 'message';
      /** The room's id. */
      target: string;
      /** The message, as `client.rooms.messages.send` takes it. */
      body: BodyOf<'sendRoomMessage'>;
    }
);

/**
 * Where a write is: on the wire, or waiting for the network.
 *
 * @example
 * ```ts
 * const label: Record<PendingState, string> = { sending: 'Sending…', queued: 'Waiting for the network' };
 * ```
 */
export type PendingState = 'sending' | 'queued';

/**
 * How the stores show an entry until it is sent.
 *
 * @example
 * ```ts
 * const shown: Shown<Post> = { status: (state) => mark(state), commit: (post) => replace(post), rollback: () => remove() };
 * ```
 */
export interface Shown<R> {
  status(state: PendingState): void;
  commit(result: R): void;
  rollback(): void;
}

type Kind = OutboxEntry['kind'];
type EntryOf<K extends Kind> = Extract<OutboxEntry, { kind: K }>;

/**
 * What the outbox needs of each kind of write.
 *
 * @example
 * ```ts
 * outbox.register('message', { send: (entry, options) => messages.send(entry.target, entry.body, options), show });
 * ```
 */
export interface Sender<E extends OutboxEntry, R> {
  send(entry: E, options: RequestOptions): PromiseLike<R>;
  show(entry: E): Shown<R>;
}

/**
 * Failures worth sending again later rather than undoing: the network, a server asking to come
 * back, or a token that ran out (a new one may be the same person's; the next run asks who it is).
 */
const transient = (error: unknown) =>
  error instanceof APIConnectionError || (error instanceof APIError && (error.status === 503 || error.status === 429 || error.code === 'token_expired'));

/**
 * Posts and messages on their way to the server, kept per signed-in person. Each is written
 * to that person's storage key *before* the first attempt (so closing the page mid-request loses
 * nothing), shown as pending, sent in order, and removed only once the server answered. Each run
 * first asks who the token belongs to: an entry is sent only with a token of the person who wrote
 * it (another person's entries wait in storage for them, unseen), and with that exact token, so
 * a refresh cannot carry it over to someone else. A network failure, or a token function that
 * fails, keeps it queued until `flush()` (on `online`, or after a backoff); an API error removes
 * it and undoes it.
 *
 * @example
 * ```ts
 * const outbox = new Outbox(localStorage, 'menteo.outbox:https://api.menteo.dev', () => navigator.onLine, context.fail, () => identify(context));
 * outbox.register('post', { send: (e, o) => threads.posts.create(e.target, e.body, o), show });
 * ```
 */
export class Outbox {
  readonly #entries = atom<OutboxEntry[]>([]);
  /** The entries waiting, oldest first. */
  readonly entries: ReadableAtom<OutboxEntry[]> = this.#entries;
  #senders: Partial<Record<Kind, Sender<OutboxEntry, unknown>>> = {};
  #shown = new Map<string, Shown<unknown>>();
  #waiting = new Map<string, { resolve(value: unknown): void; reject(error: unknown): void }>();
  #draining: Promise<void> | undefined;
  #again = false;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #delay = 1000;
  /** Whose entries these are; until someone is known, they are kept in memory. */
  #user: string | undefined;
  /** The `Authorization` value the last send was answered `token_expired` to. */
  #expired: string | undefined;
  /** The entries while no one is known, or once storage refused a write (full, or blocked): kept here so nothing is lost. */
  #memory: OutboxEntry[] | undefined = [];

  /**
   * @param storageKey - The prefix of the storage keys: each person's entries are under `<storageKey>:<user id>`.
   * @param identify - Who the client's token belongs to now (`undefined` for a key); see {@link Identity}.
   *   Given the `Authorization` value of a send answered `token_expired`, it gets a fresh token first.
   */
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly storageKey: string,
    private readonly online: () => boolean,
    private readonly fail: (error: unknown) => MenteoError,
    private readonly identify: (expired?: string) => Promise<Identity | undefined>,
  ) {}

  #read(): OutboxEntry[] {
    if (this.#memory) return this.#memory;
    try {
      return (JSON.parse(this.storage.getItem(`${this.storageKey}:${this.#user}`) ?? '[]') as OutboxEntry[] | null) ?? [];
    } catch {
      return [];
    }
  }

  #write(entries: OutboxEntry[]): void {
    try {
      if (this.#memory) this.#memory = entries;
      else if (entries.length) this.storage.setItem(`${this.storageKey}:${this.#user}`, JSON.stringify(entries));
      else this.storage.removeItem(`${this.storageKey}:${this.#user}`);
    } catch {
      this.#memory = entries;
    }
    this.#entries.set(entries);
  }

  // Read, change, write each time: another tab may have changed the list meanwhile.
  #remove(key: string): void {
    this.#write(this.#read().filter((entry) => entry.key !== key));
  }

  /**
   * Follows the signed-in person: the first one known takes over what was written meanwhile
   * (theirs: their page wrote it) and their stored entries are shown; when the person changes,
   * or signs out, what was shown of the previous one is taken back (still in their storage,
   * unless they signed out) and what they wrote unsaved is dropped.
   *
   * @internal The outbox of a context follows `context.user` by itself.
   */
  follow(userId: string | undefined): void {
    if (userId === this.#user) return;
    const loose = this.#user ? [] : (this.#memory ?? []).filter((entry) => !entry.userId);
    for (const [key, shown] of this.#shown) {
      if (loose.some((entry) => entry.key === key)) continue;
      shown.rollback();
      this.#waiting.get(key)?.reject(new MenteoError('Not sent: the person who wrote it is no longer signed in.'));
      this.#shown.delete(key);
      this.#waiting.delete(key);
    }
    this.#user = userId;
    this.#memory = userId ? undefined : [];
    for (const entry of loose) entry.userId = userId;
    this.#write([...this.#read(), ...loose]);
    for (const entry of this.#read()) {
      const sender = this.#senders[entry.kind];
      if (sender && !this.#shown.has(entry.key)) this.#shown.set(entry.key, sender.show(entry));
    }
  }

  /**
   * Handles one kind of write; shows its entries left from an earlier page and sends them.
   *
   * @internal The stores register the two kinds themselves (`threadStores` posts,
   * `roomStores` messages), and the kinds are a closed set: registering again would replace
   * the SDK's own sender. Write with `createPost` and `sendMessage` instead.
   */
  register<K extends Kind, R>(kind: K, sender: Sender<EntryOf<K>, R>): void {
    const untyped = sender as unknown as Sender<OutboxEntry, unknown>;
    this.#senders[kind] = untyped;
    for (const entry of this.#read()) if (entry.kind === kind && !this.#shown.has(entry.key)) this.#shown.set(entry.key, untyped.show(entry));
    void this.flush();
  }

  /**
   * Queues a write and sends it when it can; resolves with the server's answer once it is in.
   *
   * @example
   * ```ts
   * const entry: OutboxEntry = { kind: 'message', key: `menteo-${crypto.randomUUID()}`, createdAt: new Date().toISOString(), target: roomId, body: { body: 'See you Thursday!' } };
   * const message = await outbox.submit<Message>(entry);
   * ```
   */
  submit<R>(entry: OutboxEntry): Promise<R> {
    entry.userId = this.#user; // none yet: in memory until the first run learns who it is
    this.#write([...this.#read(), entry]);
    const shown = this.#senders[entry.kind]!.show(entry);
    this.#shown.set(entry.key, shown);
    shown.status(this.online() ? 'sending' : 'queued');
    const result = new Promise<R>((resolve, reject) => this.#waiting.set(entry.key, { resolve: resolve as (value: unknown) => void, reject }));
    result.catch(() => {}); // the failure is in `lastError` too: a caller need not await
    void this.flush();
    return result;
  }

  /**
   * Sends what is waiting, in order; one run at a time, so nothing is sent twice by this page.
   *
   * @example
   * ```ts
   * addEventListener('online', () => void outbox.flush());
   * ```
   */
  flush(): Promise<void> {
    if (this.#draining) {
      // Picked up by the run in progress before it ends.
      this.#again = true;
      return this.#draining;
    }
    clearTimeout(this.#retry);
    this.#draining = this.#drain();
    return this.#draining;
  }

  async #drain(): Promise<void> {
    await null; // `#draining` is set before anything below runs, and cleared in the same tick the loop ends
    try {
      do {
        this.#again = false;
        let blocked = false;
        let who: Identity | undefined;
        try {
          // Who the token speaks for now: their entries are the ones shown and sent (`follow`).
          who = await this.identify(this.#expired);
          this.#expired = undefined;
          this.follow(who?.userId);
        } catch (error) {
          // No token now (the token function failed) or no network: every entry waits, none is
          // dropped. A credential the API refuses outright fails what was written with it.
          blocked = !(error instanceof APIError && (error.status === 401 || error.status === 403) && error.code !== 'token_expired');
          if (!blocked) for (const entry of this.#read()) if (!entry.userId) this.#failed(entry, error);
        }
        for (const entry of this.#read()) {
          const sender = this.#senders[entry.kind];
          const shown = this.#shown.get(entry.key);
          if (!sender) continue;
          // Later entries wait behind a blocked one: posts arrive in the order they were written.
          if (blocked || !this.online()) {
            shown?.status('queued');
            continue;
          }
          // Never under another identity: sent only as the person who wrote it, who is still the one signed in.
          if (entry.userId !== who?.userId || entry.userId !== this.#user) continue;
          const waiting = this.#waiting.get(entry.key);
          shown?.status('sending');
          try {
            const result = await sender.send(entry, { idempotencyKey: entry.key, authorization: who?.authorization });
            this.#remove(entry.key);
            shown?.commit(result);
            waiting?.resolve(result);
            this.#delay = 1000;
          } catch (error) {
            if (transient(error)) {
              if (error instanceof APIError && error.code === 'token_expired') this.#expired = who?.authorization;
              blocked = true;
              shown?.status('queued');
              continue;
            }
            this.#failed(entry, error);
            continue;
          }
          this.#shown.delete(entry.key);
          this.#waiting.delete(entry.key);
        }
        if (blocked && this.online() && this.#read().length) {
          // The device says it is online but the API did not answer: try again, backing off.
          clearTimeout(this.#retry);
          this.#retry = setTimeout(() => void this.flush(), this.#delay);
          this.#delay = Math.min(this.#delay * 2, 60_000);
        }
      } while (this.#again);
    } finally {
      this.#draining = undefined;
    }
  }

  /** Removes an entry the API refused, undoes it and reports why. */
  #failed(entry: OutboxEntry, error: unknown): void {
    this.#remove(entry.key);
    this.#shown.get(entry.key)?.rollback();
    const failure = this.fail(error); // not inside `waiting?.…`: a restored entry has no waiter, and must still report
    this.#waiting.get(entry.key)?.reject(failure);
    this.#shown.delete(entry.key);
    this.#waiting.delete(entry.key);
  }

  /**
   * Stops the retry timer.
   *
   * @example
   * ```ts
   * context.onDispose(() => outbox.close());
   * ```
   */
  close(): void {
    clearTimeout(this.#retry);
  }
}

const onlineEvent = (callback: () => void) => {
  globalThis.addEventListener?.('online', callback);
  return () => globalThis.removeEventListener?.('online', callback);
};

/**
 * The outbox of a context, made on first use by the stores that write posts and messages;
 * it sends what it holds when the device comes back online.
 *
 * @example
 * ```ts
 * outboxOf(context).entries.subscribe((entries) => banner(entries.length ? `${entries.length} waiting` : ''));
 * ```
 */
export const outboxOf = /* @__PURE__ */ domain((context): Outbox => {
  const { options } = context;
  const outbox = new Outbox(
    context.storage,
    `menteo.outbox:${context.scope}`,
    options.online ?? (() => globalThis.navigator?.onLine !== false),
    context.fail,
    (expired) => identify(context, expired),
  );
  const stopListening = (options.onOnline ?? onlineEvent)(() => void outbox.flush());
  const stopFollowing = context.user.listen((userId) => outbox.follow(userId));
  context.onDispose(() => {
    stopListening();
    stopFollowing();
    outbox.close();
  });
  return outbox;
});
