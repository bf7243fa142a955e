import type { Db } from '../db/database.js';
import type { EventType, Principal } from '../http/handler.js';
import { sseFrame, type EventBus, type Subscriber } from './event-bus.js';
import { latestSeq, type EventFilter, type LoggedEvent, type WireEvent } from './event-log.js';
import { currentView, readReplayPage } from './replay.js';

/** Events read from the log per pull while a stream replays history. */
const replayBatch = 100;
/** What the stream keeps queued before it stops pulling history: about one page. */
const highWaterMark = 16 * 1024;
/** Timers cannot wait longer than this (about 24.8 days). */
const maxTimerMs = 2 ** 31 - 1;

const encoder = new TextEncoder();

/**
 * What one stream needs to know.
 *
 * @example
 * ```ts
 * const options: SseSubscriberOptions = { db, bus, now, log, principal, filter, position, replay: true, expiresAt, requestId, release };
 * ```
 */
export interface SseSubscriberOptions {
  db: Db;
  bus: EventBus;
  now: () => Date;
  log: (line: string) => void;
  principal: Principal;
  filter: EventFilter;
  /** Deliver what comes after this seq. */
  position: number;
  /** True when `position` came from the client (`Last-Event-ID`): history is replayed first. */
  replay: boolean;
  /** When the user token ends (ms since the epoch); the stream ends with it. */
  expiresAt: number | undefined;
  requestId: string;
  /** Gives the stream's place back (the caps). */
  release: () => void;
}

/**
 * One `text/event-stream` response. It first replays history from the log, a page per
 * `pull` (so a client reading slowly, or `Last-Event-ID: 0` on a long log, never has more
 * than about a page read ahead), then switches to the live events the bus offers it.
 * A client that stops reading while live events keep coming is dropped once
 * `maxQueuedBytes` wait for it: every message it did read carries its id, so it resumes
 * with `Last-Event-ID` and loses nothing. When the user token expires, the stream sends
 * `menteo.token_expired` (with the id to resume from) and ends.
 *
 * @example
 * ```ts
 * const subscriber = new SseSubscriber({ db, bus, now, log, principal, filter, position: 0, replay: true, expiresAt: undefined, requestId, release });
 * return new Response(subscriber.stream, { headers: { 'Content-Type': 'text/event-stream' } });
 * ```
 */
export class SseSubscriber implements Subscriber {
  readonly stream: ReadableStream<Uint8Array>;
  readonly userId: string | undefined;
  readonly threadIds: ReadonlySet<string>;
  readonly types: ReadonlySet<EventType>;
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  private state: 'replay' | 'live' | 'closed';
  private position: number;
  private unsubscribe = () => {};
  private expiry: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: SseSubscriberOptions) {
    this.userId = options.filter.userId;
    this.threadIds = new Set(options.filter.threadIds);
    this.types = new Set(options.filter.types as EventType[]);
    this.position = options.position;
    this.state = options.replay ? 'replay' : 'live';
    this.stream = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          this.controller = controller;
          controller.enqueue(encoder.encode(`retry: 2000\n: connected ${options.requestId}\n\n`));
          // Registered before anything else can commit, so no live event falls between the position and the stream.
          this.unsubscribe = options.bus.subscribe(this);
          this.scheduleExpiry();
        },
        pull: () => this.replayPage(),
        cancel: () => this.end(),
      },
      { highWaterMark, size: (chunk) => chunk.byteLength },
    );
  }

  offer(event: LoggedEvent, frame: Uint8Array): void {
    // While replaying, the log brings this event in its turn.
    if (this.state !== 'live' || event.seq <= this.position) return;
    if (this.expired()) {
      this.expire();
      return;
    }
    const own = event.readerView ? this.readerFrame(event) : frame;
    if (own) this.controller.enqueue(own);
    this.position = event.seq;
    this.checkBacklog();
  }

  /** The event as this stream's reader may see it now (as a replay reads it), or nothing when they may not. */
  private readerFrame(event: LoggedEvent): Uint8Array | undefined {
    const seen = currentView(this.options.db, JSON.parse(event.json) as WireEvent, this.options.principal);
    return seen && sseFrame(event.seq, event.type, JSON.stringify(seen));
  }

  tick(): void {
    if (this.state === 'closed') return;
    if (this.expired()) {
      this.expire();
      return;
    }
    this.controller.enqueue(encoder.encode(': heartbeat\n\n'));
    this.checkBacklog();
  }

  /** Ends the stream because its client went away. */
  end(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.unsubscribe();
    this.options.release();
    clearTimeout(this.expiry);
  }

  /** Ends the stream from the server's side (the request was aborted). */
  close(): void {
    if (this.state === 'closed') return;
    this.end();
    try {
      this.controller.close();
    } catch {
      // already closed or errored
    }
  }

  private replayPage(): void {
    if (this.state !== 'replay') return;
    if (this.expired()) {
      this.expire();
      return;
    }
    const { db, filter, principal } = this.options;
    const page = readReplayPage(db, this.position, filter, principal, replayBatch);
    for (const event of page.events) {
      // Large events fill the queue before the page ends: the rest is read again on the next pull.
      if ((this.controller.desiredSize ?? 0) <= 0) return;
      this.controller.enqueue(sseFrame(Number(event.id), event.type, JSON.stringify(event)));
      this.position = Number(event.id);
    }
    this.position = page.scannedTo;
    if (page.exhausted) {
      // Caught up: everything up to the log's head was read, in this same turn, so the bus offers the rest.
      this.position = Math.max(this.position, latestSeq(db));
      this.state = 'live';
    }
  }

  private checkBacklog(): void {
    const queued = highWaterMark - (this.controller.desiredSize ?? 0);
    if (queued <= this.options.bus.limits.maxQueuedBytes) return;
    this.end();
    this.options.log(`[${this.options.requestId}] event stream dropped: its client left ${queued} bytes unread (it can resume with Last-Event-ID)`);
    // Erroring (not closing) frees the queue now, instead of when a client that does not read finally does.
    this.controller.error(new Error('event stream dropped: the client read too slowly'));
  }

  private expired(): boolean {
    return this.options.expiresAt !== undefined && this.options.now().getTime() >= this.options.expiresAt;
  }

  private expire(): void {
    const lastEventId = String(this.position);
    const notice = JSON.stringify({
      code: 'token_expired',
      detail: 'The user token expired; reconnect with a fresh token and Last-Event-ID to resume.',
      lastEventId,
    });
    this.controller.enqueue(encoder.encode(`id: ${lastEventId}\nevent: menteo.token_expired\ndata: ${notice}\n\n`));
    this.end();
    this.controller.close();
  }

  /** Ends the stream at the token's expiry when nothing else happens then (the sandbox's clock may run apart from timers: checked again on firing). */
  private scheduleExpiry(): void {
    const { expiresAt } = this.options;
    if (expiresAt === undefined || this.state === 'closed') return;
    // At least a moment apart: a test's frozen clock just short of the expiry must not spin the timer.
    const wait = Math.min(maxTimerMs, Math.max(250, expiresAt - this.options.now().getTime()));
    this.expiry = setTimeout(() => {
      if (this.state === 'closed') return;
      if (this.expired()) this.expire();
      else this.scheduleExpiry();
    }, wait);
    this.expiry.unref?.();
  }
}
