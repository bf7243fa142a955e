import { atom, type ReadableAtom } from 'nanostores';
import type { RequestOptions } from '../core/client-core.js';
import { APIConnectionError, APIError, type MenteoError } from '../core/errors.js';
import type { BodyOf } from '../core/types.js';
import { domain } from './context.js';
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

/** Failures worth sending again later rather than undoing: the network, or a server asking to come back. */
const transient = (error: unknown) => error instanceof APIConnectionError || (error instanceof APIError && (error.status === 503 || error.status === 429));

/**
 * Posts and messages on their way to the server. Each is written to storage *before* the
 * first attempt (so closing the page mid-request loses nothing), shown as pending, sent in
 * order, and removed only once the server answered. A network failure keeps it queued until
 * `flush()` (on `online`, or after a backoff); an API error removes it and undoes it.
 *
 * @example
 * ```ts
 * const outbox = new Outbox(localStorage, 'menteo.outbox:https://api.menteo.dev', () => navigator.onLine, context.fail);
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
  /** The entries, once storage refused a write (full, or blocked): kept here so nothing is lost. */
  #memory: OutboxEntry[] | undefined;

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly storageKey: string,
    private readonly online: () => boolean,
    private readonly fail: (error: unknown) => MenteoError,
  ) {
    this.#entries.set(this.#read());
  }

  #read(): OutboxEntry[] {
    if (this.#memory) return this.#memory;
    try {
      return (JSON.parse(this.storage.getItem(this.storageKey) ?? '[]') as OutboxEntry[] | null) ?? [];
    } catch {
      return [];
    }
  }

  #write(entries: OutboxEntry[]): void {
    try {
      if (this.#memory) this.#memory = entries;
      else if (entries.length) this.storage.setItem(this.storageKey, JSON.stringify(entries));
      else this.storage.removeItem(this.storageKey);
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
   * Handles one kind of write; shows its entries left from an earlier page and sends them.
   *
   * @internal The stores register the two kinds themselves (`threadStores` posts,
   * `roomStores` messages), and the kinds are a closed set: registering again would replace
   * the SDK's own sender. Write with `createPost` and `sendMessage` instead.
   */
  register<K extends Kind, R>(kind: K, sender: Sender<EntryOf<K>, R>): void {
    const untyped = (this.#senders[kind] = sender as unknown as Sender<OutboxEntry, unknown>);
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
    return (this.#draining = this.#drain());
  }

  async #drain(): Promise<void> {
    await null; // `#draining` is set before anything below runs, and cleared in the same tick the loop ends
    try {
      do {
        this.#again = false;
        let blocked = false;
        for (const entry of this.#read()) {
          const sender = this.#senders[entry.kind];
          const shown = this.#shown.get(entry.key);
          if (!sender) continue;
          // Later entries wait behind a blocked one: posts arrive in the order they were written.
          if (blocked || !this.online()) {
            shown?.status('queued');
            continue;
          }
          const waiting = this.#waiting.get(entry.key);
          shown?.status('sending');
          try {
            const result = await sender.send(entry, { idempotencyKey: entry.key });
            this.#remove(entry.key);
            shown?.commit(result);
            waiting?.resolve(result);
            this.#delay = 1000;
          } catch (error) {
            if (transient(error)) {
              blocked = true;
              shown?.status('queued');
              continue;
            }
            this.#remove(entry.key);
            shown?.rollback();
            const failure = this.fail(error); // not inside `waiting?.…`: a restored entry has no waiter, and must still report
            waiting?.reject(failure);
          }
          this.#shown.delete(entry.key);
          this.#waiting.delete(entry.key);
        }
        if (blocked && this.online()) {
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
  const outbox = new Outbox(context.storage, `menteo.outbox:${context.scope}`, options.online ?? (() => globalThis.navigator?.onLine !== false), context.fail);
  const stopListening = (options.onOnline ?? onlineEvent)(() => void outbox.flush());
  context.onDispose(() => {
    stopListening();
    outbox.close();
  });
  return outbox;
});
