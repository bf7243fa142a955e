import type { BaseCore } from '../core/base-core.js';
import { APIError, MenteoError } from '../core/errors.js';
import type { QueryOf, Schema } from '../core/types.js';
import { backoff, sleep } from './reconnect.js';
import { sseParser } from './sse-parser.js';

/** A server's `retry:` below this is raised to it: `retry: 0` would otherwise make every reconnect immediate, backoff or not. */
const minServerRetryMs = 100;
/** A stream that stayed open this long was a success, even without an event: the next drop starts the backoff over. */
const healthyStreamMs = 30_000;
/** The message the API sends before it ends a stream whose user token expired. */
const tokenExpiredEvent = 'menteo.token_expired';

/**
 * A realtime event; `type` tells what `data` holds.
 *
 * @example
 * ```ts
 * (event: Event) => { if (event.type === 'room.message.created') console.log(event.data.body); }
 * ```
 */
export type Event = Schema<'Event'>;

/**
 * The name of a kind of event, e.g. `thread.post.created` or `room.updated`.
 *
 * @example
 * ```ts
 * const types: EventType[] = ['thread.post.created', 'room.message.created'];
 * const sub = client.events.subscribe({ types }, onEvent);
 * ```
 */
export type EventType = Schema<'EventType'>;

/**
 * Which events to receive: a user token gets the events addressed to that person; any
 * credential gets the public activity of `threadIds`. `types` narrows either.
 *
 * @example
 * ```ts
 * const params: EventParams = { types: ['thread.post.created'], threadIds: ['thr_learningtolead'] };
 * const sub = client.events.subscribe(params, (event) => console.log(event.type));
 * ```
 */
export type EventParams = Pick<QueryOf<'streamEvents'>, 'types' | 'threadIds'>;

/**
 * How a subscription runs: when it stops, where it resumes, how it reports and reconnects.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const options: SubscribeOptions = { signal: controller.signal, lastEventId: localStorage.lastEventId, onError: console.error };
 * client.events.subscribe({ threadIds: ['thr_learningtolead'] }, onEvent, options);
 * ```
 */
export interface SubscribeOptions {
  /** Aborting it closes the subscription. */
  signal?: AbortSignal | undefined;
  /** Resume after this event id (one you saw before): nothing in between is lost. */
  lastEventId?: string | undefined;
  /** Called each time the stream (re)connects, or polling succeeds again after a failure. */
  onOpen?: (() => void) | undefined;
  /**
   * Called before each wait for a reconnect after a failure or a dropped stream, with how long
   * it will wait (what a page shows as "reconnecting in 4 s").
   */
  onReconnect?: ((delayMs: number) => void) | undefined;
  /**
   * Called with the error that ended the subscription (an `APIError`: a refused credential,
   * bad parameters), and with anything your handler throws. Network failures, 429 and 5xx
   * are retried and not reported.
   */
  onError?: ((error: unknown) => void) | undefined;
  /** `sse` (default where `fetch` can stream) or `poll`: JSON requests every `pollIntervalMs`. */
  transport?: 'sse' | 'poll' | undefined;
  /** Default 3000. */
  pollIntervalMs?: number | undefined;
  /** The first reconnect's delay until the server sets one with `retry:`; it doubles per failure, up to 30 s. Default 1000. */
  reconnectDelayMs?: number | undefined;
  /** A stream silent this long (the server sends a heartbeat every 15 s) is presumed dead and reopened. Default 45 000. */
  heartbeatTimeoutMs?: number | undefined;
}

/**
 * A live subscription: reconnects by itself until closed.
 *
 * @example
 * ```ts
 * const sub = client.events.subscribe({}, onEvent);
 * localStorage.lastEventId = sub.lastEventId; // to resume after a reload
 * sub.close();
 * ```
 */
export interface Subscription {
  /** The id of the last event delivered; pass it as `lastEventId` to resume later. */
  readonly lastEventId: string | undefined;
  /** Settles once everything stopped: with the error that ended it, or `undefined` after `close()`. */
  readonly closed: Promise<Error | undefined>;
  /**
   * Stops: aborts the request in flight and clears every timer.
   *
   * @example
   * ```ts
   * const sub = client.events.subscribe({ threadIds: ['thr_learningtolead'] }, onEvent);
   * addEventListener('pagehide', () => sub.close());
   * ```
   */
  close(): void;
}

/**
 * Subscribes to the events endpoint over `fetch` (so the `Authorization` header works in
 * browsers too), resuming with `Last-Event-ID` after every drop.
 *
 * @example
 * ```ts
 * const sub = subscribe(core, { threadIds: ['thr_learningtolead'] }, (e) => console.log(e.type));
 * ```
 */
export function subscribe(core: BaseCore, params: EventParams, handler: (event: Event) => void, options: SubscribeOptions = {}): Subscription {
  const stop = new AbortController();
  const { signal } = stop;
  const close = () => stop.abort();
  options.signal?.addEventListener('abort', close);
  if (options.signal?.aborted) close();
  let lastEventId = options.lastEventId;
  let poll = options.transport === 'poll' || typeof ReadableStream === 'undefined';
  let base = options.reconnectDelayMs ?? 1000;
  let open = false;
  // Reconnect attempts since the last success: a delivered event or a healthy stream (see `read`), or a poll answered.
  let attempt = 0;

  const deliver = (event: Event, id: string) => {
    if (signal.aborted) return; // close() from a handler stops the rest of the chunk too
    lastEventId = id;
    try {
      handler(event);
    } catch (error) {
      options.onError?.(error);
    }
  };
  const opened = () => {
    if (!open) options.onOpen?.();
    open = true;
  };

  /** Reads one stream to its end; true when the server ended it because the token expired. */
  const read = async (body: ReadableStream<Uint8Array>, connection: AbortController): Promise<boolean> => {
    const reader = body.getReader();
    const openedAt = Date.now();
    let expired = false;
    // Not every fetch ends the body when its signal aborts (mocks, some polyfills): cancel it ourselves.
    const cancel = () => void reader.cancel().catch(() => {});
    connection.signal.addEventListener('abort', cancel);
    const feed = sseParser(
      (message) => {
        if (message.event === tokenExpiredEvent) {
          // Not an event for the handler: the server's word on where to resume once a fresh token is in hand.
          const notice = parseNotice(message.data);
          lastEventId = notice?.lastEventId ?? (message.id || lastEventId);
          expired = true;
          return;
        }
        let event: Event;
        try {
          event = JSON.parse(message.data) as Event;
        } catch {
          // Skipped, not retried: reconnecting would only bring the same bytes back.
          return options.onError?.(new MenteoError(`Unreadable event ${message.id}: ${message.data.slice(0, 80)}`));
        }
        attempt = 0;
        deliver(event, message.id);
      },
      (ms) => (base = Math.max(ms, minServerRetryMs)),
      lastEventId,
    );
    let idle: ReturnType<typeof setTimeout> | undefined;
    try {
      for (;;) {
        clearTimeout(idle);
        idle = setTimeout(() => connection.abort(), options.heartbeatTimeoutMs ?? 45_000);
        const { done, value } = await reader.read();
        if (done) return expired;
        feed(value);
      }
    } finally {
      if (Date.now() - openedAt >= healthyStreamMs) attempt = 0;
      clearTimeout(idle);
      connection.signal.removeEventListener('abort', cancel);
      cancel();
    }
  };

  const run = async (): Promise<Error | undefined> => {
    let refreshed = false;
    while (!signal.aborted) {
      const connection = new AbortController();
      const abort = () => connection.abort();
      signal.addEventListener('abort', abort);
      let wait: number | undefined;
      try {
        const url = new URL(`${core.baseUrl}/v1/events`);
        for (const [name, list] of Object.entries(params)) if (list?.length) url.searchParams.set(name, list.join());
        if (poll && lastEventId) url.searchParams.set('after', lastEventId);
        const authorization = await core.authorization();
        const headers: Record<string, string> = { Authorization: authorization, Accept: poll ? 'application/json' : 'text/event-stream' };
        if (!poll && lastEventId) headers['Last-Event-ID'] = lastEventId;
        const response = await core.fetch(url, { headers, signal: connection.signal });
        if (!response.ok) {
          const error = new APIError(response.status, await response.json().catch(() => undefined), response.headers);
          // One refresh per failure streak: a token function that keeps returning expired tokens must not loop.
          if (error.code === 'token_expired' && !refreshed && (await core.refreshToken(authorization))) {
            refreshed = true;
            wait = 0;
          } else if (response.status < 500 && response.status !== 408 && response.status !== 429) {
            return error;
          } else {
            throw error;
          }
        } else {
          refreshed = false;
          if (poll) {
            attempt = 0;
            const page = (await response.json()) as Schema<'EventPage'>;
            opened();
            for (const event of page.data) deliver(event, event.id);
            if (!signal.aborted) lastEventId = page.lastEventId;
            // A full page means more are waiting.
            wait = page.data.length < 100 ? (options.pollIntervalMs ?? 3000) : 0;
          } else if (response.body && /^text\/event-stream/i.test(response.headers.get('content-type') ?? '')) {
            opened();
            // The same single-flight refresh as a 401: the token function is asked once, however many streams expire together.
            if ((await read(response.body, connection)) && !signal.aborted) {
              refreshed = (await core.refreshToken(authorization)) || refreshed;
              wait = 0;
            }
          } else {
            // This fetch cannot stream (no body stream), or something in between answered for the API: poll instead.
            response.body?.cancel().catch(() => {});
            poll = true;
            wait = 0;
          }
        }
      } catch (error) {
        if (signal.aborted) break;
        const retryAfter = (error instanceof APIError && error.retryAfter) || 0;
        wait = Math.max(retryAfter * 1000, backoff(attempt++, base));
        options.onReconnect?.(wait);
        open = false;
      } finally {
        signal.removeEventListener('abort', abort);
      }
      if (wait === undefined) {
        open = false;
        wait = backoff(attempt++, base);
        options.onReconnect?.(wait);
      }
      await sleep(wait, signal);
    }
    return undefined;
  };

  const closed = run()
    .catch((error: Error) => error)
    .then((error) => {
      options.signal?.removeEventListener('abort', close);
      stop.abort();
      if (error) options.onError?.(error);
      return error;
    });
  return {
    close,
    closed,
    get lastEventId() {
      return lastEventId;
    },
  };
}

function parseNotice(data: string): { lastEventId?: string } | undefined {
  try {
    const notice = JSON.parse(data) as { lastEventId?: unknown };
    return typeof notice.lastEventId === 'string' && /^\d{1,15}$/.test(notice.lastEventId) ? { lastEventId: notice.lastEventId } : {};
  } catch {
    return undefined;
  }
}
