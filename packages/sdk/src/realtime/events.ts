import { Resource } from '../resources/resource.js';
import { subscribe, type Event, type EventParams, type SubscribeOptions, type Subscription } from './subscription.js';

export type { Event, EventParams, EventType, SubscribeOptions, Subscription } from './subscription.js';

/**
 * Options of `events.stream()`: those of `subscribe` except `onError`, since the error
 * that ends a stream is thrown from the loop instead.
 *
 * @example
 * ```ts
 * const options: StreamOptions = { signal: AbortSignal.timeout(60_000), lastEventId: localStorage.lastEventId };
 * for await (const event of client.events.stream({}, options)) console.log(event.type);
 * ```
 */
export type StreamOptions = Omit<SubscribeOptions, 'onError'>;

/**
 * Realtime events, in order, resumable: Server-Sent Events read through `fetch` (so a
 * user token travels in the `Authorization` header), with polling where streams are not
 * available. Reconnects by itself, resuming after the last event delivered.
 *
 * @example
 * ```ts
 * const sub = client.events.subscribe({ types: ['room.message.created'] }, (event) => {
 *   if (event.type === 'room.message.created') showMessage(event.data.body);
 * });
 * // later
 * sub.close();
 * ```
 */
export class Events extends Resource {
  /**
   * Calls `handler` with every event, until `close()` or `options.signal` aborts, or an
   * error that retrying cannot fix (reported to `onError`).
   *
   * @example
   * ```ts
   * const sub = client.events.subscribe({ threadIds: ['thr_learningtolead'] }, (event) => {
   *   if (event.type === 'thread.post.created') prependPost(event.data);
   * }, { onError: (error) => console.error(error), lastEventId: sessionStorage.lastEventId });
   * addEventListener('pagehide', () => (sessionStorage.lastEventId = sub.lastEventId ?? ''));
   * ```
   */
  subscribe(params: EventParams, handler: (event: Event) => void, options?: SubscribeOptions): Subscription {
    return subscribe(this.core, params, handler, options);
  }

  /**
   * The same events as an async iterable. Breaking out of the loop closes the connection;
   * aborting `options.signal` ends the loop; an error that ends the subscription is thrown.
   *
   * @example
   * ```ts
   * for await (const event of client.events.stream({ types: ['thread.post.created'] })) {
   *   if (event.type === 'thread.post.created' && event.data.kind === 'milestone') break;
   * }
   * ```
   */
  async *stream(params: EventParams = {}, options: StreamOptions = {}): AsyncGenerator<Event, void, undefined> {
    const queue: Event[] = [];
    const end: { error?: Error | undefined; done?: boolean } = {};
    let wake = () => {};
    const enqueue = (event: Event) => {
      queue.push(event);
      wake();
    };
    const subscription = this.subscribe(params, enqueue, { ...options, onError: undefined });
    void subscription.closed.then((error) => {
      end.error = error;
      end.done = true;
      wake();
    });
    try {
      for (;;) {
        if (queue.length) yield queue.shift()!;
        else if (end.error) throw end.error;
        else if (end.done) return;
        else await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      subscription.close();
    }
  }
}
