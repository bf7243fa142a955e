import { prepared, type Db } from '../db/database.js';
import type { EventType } from '../http/handler.js';
import type { WireEvent } from './event-log.js';

/**
 * The event log as one organization's webhooks see it: only the events attributed to it
 * (`event_orgs`, written by a trigger when the event is appended; see 050-event-orgs.sql).
 */

type Row = { seq: number; type: EventType; created_at: string; data: string };

const toWire = (row: Row): WireEvent => ({ id: String(row.seq), type: row.type, createdAt: row.created_at, data: JSON.parse(row.data) as unknown });

/**
 * The organization's events after `afterSeq`, oldest first.
 *
 * @example
 * ```ts
 * for (const event of readOrgEvents(db, 'org_demo', cursor, 100)) deliver(event);
 * ```
 */
export function readOrgEvents(db: Db, orgId: string, afterSeq: number, limit: number): WireEvent[] {
  const rows = prepared(
    db,
    `SELECT e.seq, e.type, e.created_at, e.data FROM event_orgs o JOIN events e ON e.seq = o.event_seq
     WHERE o.org_id = ? AND o.event_seq > ? ORDER BY o.event_seq LIMIT ?`,
  ).all(orgId, afterSeq, limit) as Row[];
  return rows.map(toWire);
}

/** One event of the organization, if it is still in the log (a retry re-reads it). */
export function readOrgEvent(db: Db, orgId: string, seq: number): WireEvent | undefined {
  const row = prepared(
    db,
    `SELECT e.seq, e.type, e.created_at, e.data FROM event_orgs o JOIN events e ON e.seq = o.event_seq
     WHERE o.org_id = ? AND o.event_seq = ?`,
  ).get(orgId, seq) as Row | undefined;
  return row && toWire(row);
}
