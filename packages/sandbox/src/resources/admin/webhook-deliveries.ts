import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { wakeWebhooks } from '../../events/webhook-managed.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import { problem } from '../../http/problem.js';
import type { EndpointRow } from './webhook-endpoints.js';

type Schemas = components['schemas'];
export type WebhookDelivery = Schemas['WebhookDelivery'];

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_seq: number;
  event_type: Schemas['EventType'];
  status: Schemas['WebhookDeliveryStatus'];
  attempts: number;
  response_status: number | null;
  created_at: string;
  last_attempt_at: string | null;
  next_attempt_at: string | null;
  delivered_at: string | null;
}

function present(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    eventId: `evt_${row.event_seq}`,
    eventType: row.event_type,
    status: row.status,
    attempts: row.attempts,
    responseStatus: row.response_status,
    createdAt: row.created_at,
    lastAttemptAt: row.last_attempt_at,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    deliveredAt: row.delivered_at,
  };
}

/** A page of the endpoint's deliveries, newest event first. */
export function listDeliveries(
  db: Db,
  endpoint: EndpointRow,
  query: { limit?: number; cursor?: string; status?: Schemas['WebhookDeliveryStatus'] },
): { data: WebhookDelivery[]; nextCursor: string | null } {
  const list = `webhook-deliveries:${endpoint.id}`;
  const limit = query.limit ?? 20;
  const [before] = query.cursor ? decodeCursor(list, query.cursor, 1) : [null];
  const rows = prepared(
    db,
    `SELECT * FROM org_webhook_deliveries WHERE endpoint_id = :endpoint AND (:status IS NULL OR status = :status)
       AND (:before IS NULL OR event_seq < :before)
     ORDER BY event_seq DESC LIMIT :take`,
  ).all({ endpoint: endpoint.id, status: query.status ?? null, before: before ?? null, take: limit + 1 }) as DeliveryRow[];
  const page = pageOf(rows, limit, list, (r) => [r.event_seq]);
  return { data: page.items.map(present), nextCursor: page.nextCursor };
}

/**
 * Queues a delivery again, now, with its retries starting over; the deliverer is woken once the
 * request's transaction has committed. A delivery still pending is a 409 (it is already queued).
 */
export function redeliver(db: Db, endpoint: EndpointRow, deliveryId: string, now: Date): WebhookDelivery {
  const row = prepared(db, 'SELECT * FROM org_webhook_deliveries WHERE id = ? AND endpoint_id = ?').get(deliveryId, endpoint.id) as DeliveryRow | undefined;
  if (!row) throw problem.notFound(`No delivery ${deliveryId} for webhook endpoint ${endpoint.id}.`);
  if (row.status === 'pending') throw problem.conflict(`Delivery ${deliveryId} is already queued (next attempt ${row.next_attempt_at}).`);
  const queued = prepared(db, "UPDATE org_webhook_deliveries SET status = 'pending', round_attempts = 0, next_attempt_at = ? WHERE id = ? RETURNING *").get(
    now.toISOString(),
    row.id,
  ) as DeliveryRow;
  // A microtask runs once the handler's synchronous transaction has committed.
  queueMicrotask(() => wakeWebhooks(db));
  return present(queued);
}
