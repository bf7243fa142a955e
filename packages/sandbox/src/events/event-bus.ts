import type { EventType } from '../http/handler.js';
import { Problem } from '../http/problem.js';
import type { LoggedEvent } from './event-log.js';
import { getOrAdd } from '../get-or-add.js';

/**
 * Bounds on open event streams.
 *
 * @example
 * ```ts
 * createSandbox({ streams: { maxPerIp: 1000 } }); // a load test from one machine
 * ```
 */
export interface StreamLimits {
  /** Open streams per person (user token) or secret key; 0 = unlimited. Default 50. */
  maxPerCredential: number;
  /** Open streams per client IP address; 0 = unlimited. Default 20. */
  maxPerIp: number;
  /** Bytes a stream may have queued for a client that does not read; past this it is dropped (the client resumes with Last-Event-ID). Default 1 MiB. */
  maxQueuedBytes: number;
  /** How often an idle stream sends a comment (so proxies keep it open) and checks its token. Default 15 s. */
  heartbeatMs: number;
}

/**
 * The defaults of {@link StreamLimits}.
 *
 * @example
 * ```ts
 * const limits = { ...defaultStreamLimits, heartbeatMs: 25 };
 * ```
 */
export const defaultStreamLimits: StreamLimits = { maxPerCredential: 50, maxPerIp: 20, maxQueuedBytes: 1024 * 1024, heartbeatMs: 15_000 };

/**
 * One open stream, as the bus sees it: what it matches, and where to offer events.
 *
 * @example
 * ```ts
 * const unsubscribe = bus.subscribe(new SseSubscriber(options));
 * ```
 */
export interface Subscriber {
  /** The signed-in person: events addressed to them. */
  readonly userId: string | undefined;
  /** Public activity of these threads. */
  readonly threadIds: ReadonlySet<string>;
  /** Only these types; empty means all. */
  readonly types: ReadonlySet<EventType>;
  /** A committed event this subscriber matches; `frame` is its SSE message, shared by every subscriber. */
  offer(event: LoggedEvent, frame: Uint8Array): void;
  /** The periodic heartbeat. */
  tick(): void;
}

/**
 * Who opens a stream, for the caps: the person or secret key (none for a publishable key), and the client's address.
 *
 * @example
 * ```ts
 * const owner: StreamOwner = { credential: undefined, ip: '203.0.113.7' }; // a blog visitor's widget
 * ```
 */
export interface StreamOwner {
  credential: string | undefined;
  ip: string;
}

const encoder = new TextEncoder();

/**
 * One Server-Sent Events frame: an event's id, type and JSON.
 *
 * @example `controller.enqueue(sseFrame(event.seq, event.type, event.json));`
 */
export const sseFrame = (seq: number, type: string, json: string): Uint8Array => encoder.encode(`id: ${seq}\nevent: ${type}\ndata: ${json}\n\n`);

/**
 * Fans committed events out to open streams. Subscribers are indexed by the person and the
 * threads they watch, so an event is offered only to those it can reach: a write costs
 * O(subscribers it matches), never a pass over every idle stream, and never a read of the
 * log. Fan-out runs after the writer's request, on `setImmediate`, batched per turn.
 *
 * @example
 * ```ts
 * const bus = new EventBus({ maxPerIp: 100 });
 * bus.publish([appendEvent(db, 'room.updated', room, audience, now)]); // after commit
 * ```
 */
export class EventBus {
  readonly limits: StreamLimits;
  private readonly byUser = new Map<string, Set<Subscriber>>();
  private readonly byThread = new Map<string, Set<Subscriber>>();
  private readonly all = new Set<Subscriber>();
  private readonly perCredential = new Map<string, number>();
  private readonly perIp = new Map<string, number>();
  private pending: LoggedEvent[] = [];
  private scheduled = false;
  private heartbeat: ReturnType<typeof setInterval> | undefined;

  constructor(limits: Partial<StreamLimits> = {}) {
    this.limits = { ...defaultStreamLimits, ...limits };
  }

  /**
   * Takes a place for a new stream of `owner`, or throws 429 when the person or the address
   * already holds its share. Returns the function that gives the place back (once).
   *
   * @example
   * ```ts
   * const release = bus.admit({ credential: 'user:org_demo:usr_x', ip: '127.0.0.1' });
   * ```
   */
  admit(owner: StreamOwner): () => void {
    const { maxPerCredential, maxPerIp } = this.limits;
    if (owner.credential !== undefined && maxPerCredential > 0 && (this.perCredential.get(owner.credential) ?? 0) >= maxPerCredential) {
      throw tooMany(`This credential already has ${maxPerCredential} open event streams; close one before opening another.`);
    }
    if (maxPerIp > 0 && (this.perIp.get(owner.ip) ?? 0) >= maxPerIp) {
      throw tooMany(`This address already has ${maxPerIp} open event streams; close one before opening another.`);
    }
    if (owner.credential !== undefined) increment(this.perCredential, owner.credential, 1);
    increment(this.perIp, owner.ip, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (owner.credential !== undefined) increment(this.perCredential, owner.credential, -1);
      increment(this.perIp, owner.ip, -1);
    };
  }

  /** Registers a subscriber; returns its removal. */
  subscribe(subscriber: Subscriber): () => void {
    this.all.add(subscriber);
    if (subscriber.userId !== undefined) addTo(this.byUser, subscriber.userId, subscriber);
    for (const threadId of subscriber.threadIds) addTo(this.byThread, threadId, subscriber);
    if (!this.heartbeat) {
      this.heartbeat = setInterval(() => {
        for (const s of this.all) s.tick();
      }, this.limits.heartbeatMs);
      this.heartbeat.unref?.();
    }
    return () => {
      if (!this.all.delete(subscriber)) return;
      if (subscriber.userId !== undefined) removeFrom(this.byUser, subscriber.userId, subscriber);
      for (const threadId of subscriber.threadIds) removeFrom(this.byThread, threadId, subscriber);
      if (this.all.size === 0 && this.heartbeat) {
        clearInterval(this.heartbeat);
        this.heartbeat = undefined;
      }
    };
  }

  /** Hands over events that just committed; they reach subscribers after the current turn, off the writer's path. */
  publish(events: readonly LoggedEvent[]): void {
    if (events.length === 0) return;
    this.pending.push(...events);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Open streams. */
  get size(): number {
    return this.all.size;
  }

  private flush(): void {
    const events = this.pending;
    this.pending = [];
    this.scheduled = false;
    for (const event of events) {
      let frame: Uint8Array | undefined;
      const offer = (subscriber: Subscriber) => {
        if (subscriber.types.size > 0 && !subscriber.types.has(event.type)) return;
        frame ??= sseFrame(event.seq, event.type, event.json);
        // A subscriber reached twice (a follower also watching the thread) ignores the second offer by its position.
        subscriber.offer(event, frame);
      };
      for (const userId of event.userIds) this.byUser.get(userId)?.forEach(offer);
      if (event.public && event.threadId !== undefined) this.byThread.get(event.threadId)?.forEach(offer);
    }
  }
}

function tooMany(detail: string): Problem {
  return new Problem(429, 'rate_limited', detail, undefined, { 'Retry-After': '10' });
}

function increment(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
}

function addTo(index: Map<string, Set<Subscriber>>, key: string, subscriber: Subscriber): void {
  getOrAdd(index, key, () => new Set()).add(subscriber);
}

function removeFrom(index: Map<string, Set<Subscriber>>, key: string, subscriber: Subscriber): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(subscriber);
  if (set.size === 0) index.delete(key);
}
