import { prepared, type Db } from '../db/database.js';
import type { Audience, EventType } from '../http/handler.js';

/** An event as it goes on the wire (SSE `data:`, webhook body, JSON polling). */
export interface WireEvent {
  id: string;
  type: EventType;
  createdAt: string;
  data: unknown;
}

/**
 * An event just appended, as the fan-out needs it: who it is for, and its wire form
 * serialized once (every subscriber it reaches gets the same bytes).
 *
 * @example
 * ```ts
 * bus.publish([appendEvent(db, type, data, audience, now)]); // a LoggedEvent, after commit
 * ```
 */
export interface LoggedEvent {
  seq: number;
  type: EventType;
  /** The people it is addressed to. */
  userIds: readonly string[];
  /** Whether anyone watching `threadId` may receive it. */
  public: boolean;
  threadId: string | undefined;
  /** The `WireEvent` as JSON. */
  json: string;
  /** Each stream re-reads it for its reader (see `Audience.readerView`). */
  readerView: boolean;
}

/**
 * Appends an event to the log; the caller's transaction decides whether it ever happened,
 * and publishes the returned event once it committed.
 *
 * @example
 * ```ts
 * const logged = appendEvent(db, 'room.updated', room, { userIds: [mentee, mentor] }, now);
 * ```
 */
export function appendEvent(db: Db, type: EventType, data: unknown, audience: Audience, now: Date): LoggedEvent {
  const userIds = [...new Set(audience.userIds)];
  const createdAt = now.toISOString();
  const dataJson = JSON.stringify(data);
  const result = prepared(db, 'INSERT INTO events (type, created_at, audience, public, thread_id, data) VALUES (?, ?, ?, ?, ?, ?)').run(
    type,
    createdAt,
    JSON.stringify(userIds),
    audience.public ? 1 : 0,
    audience.threadId ?? null,
    dataJson,
  );
  const seq = Number(result.lastInsertRowid);
  // The same text as JSON.stringify(WireEvent), without serializing `data` twice.
  const json = `{"id":"${seq}","type":${JSON.stringify(type)},"createdAt":"${createdAt}","data":${dataJson}}`;
  return { seq, type, userIds, public: audience.public === true, threadId: audience.threadId, json, readerView: audience.readerView === true };
}

/** Which events a subscriber receives. */
export interface EventFilter {
  /** The signed-in person: events addressed to them. */
  userId?: string;
  /** Public activity of these threads (a blog widget's live updates). */
  threadIds: string[];
  /** Only these types; empty means all. */
  types: string[];
}

/** Events after `afterSeq` that the filter lets through, oldest first. */
export function readEvents(db: Db, afterSeq: number, filter: EventFilter, limit: number): WireEvent[] {
  const rows = prepared(
    db,
    `SELECT seq, type, created_at, data FROM events
     WHERE seq > ?
       AND (
         (? IS NOT NULL AND EXISTS (SELECT 1 FROM json_each(events.audience) WHERE value = ?))
         OR (public = 1 AND thread_id IN (SELECT value FROM json_each(?)))
       )
       AND (json_array_length(?) = 0 OR type IN (SELECT value FROM json_each(?)))
     ORDER BY seq LIMIT ?`,
  ).all(
    afterSeq,
    filter.userId ?? null,
    filter.userId ?? null,
    JSON.stringify(filter.threadIds),
    JSON.stringify(filter.types),
    JSON.stringify(filter.types),
    limit,
  ) as { seq: number; type: EventType; created_at: string; data: string }[];
  return rows.map(toWire);
}

/** The newest event's seq (0 when there is none): where a fresh subscription starts. */
export function latestSeq(db: Db): number {
  return (prepared(db, 'SELECT COALESCE(MAX(seq), 0) AS seq FROM events').get() as { seq: number }).seq;
}

function toWire(row: { seq: number; type: EventType; created_at: string; data: string }): WireEvent {
  return { id: String(row.seq), type: row.type, createdAt: row.created_at, data: JSON.parse(row.data) as unknown };
}
