import { randomBytes } from 'node:crypto';
import type { components } from '@menteo/api';
import { prepared, type Db } from '../../db/database.js';
import { latestSeq } from '../../events/event-log.js';
import { signingSecrets } from '../../events/webhook-managed.js';
import { decodeCursor, pageOf } from '../../http/cursor.js';
import { problem } from '../../http/problem.js';
import { newId } from '../../ids.js';

type Schemas = components['schemas'];
export type WebhookEndpoint = Schemas['WebhookEndpoint'];
type EventType = Schemas['EventType'];

/** How long a rotated-out secret keeps signing deliveries, on the sandbox's clock. */
export const rotationWindowMs = 24 * 3_600_000;

/** A `webhook_endpoints` row. */
export interface EndpointRow {
  id: string;
  org_id: string;
  url: string;
  description: string | null;
  enabled_events: string | null;
  enabled: number;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: string | null;
  cursor_seq: number;
  created_at: string;
  updated_at: string;
}

/**
 * Why `url` cannot receive webhooks, or `undefined` when it can: https anywhere, plain http only
 * on this machine (a sandbox's receiver under development).
 *
 * @example
 * ```ts
 * endpointUrlProblem('http://127.0.0.1:9000/hooks'); // undefined
 * endpointUrlProblem('http://hooks.acme.example/'); // 'must be https (…)'
 * ```
 */
export function endpointUrlProblem(url: string): string | undefined {
  if (!URL.canParse(url)) return 'is not a URL';
  const { protocol, hostname } = new URL(url);
  if (protocol === 'https:') return undefined;
  if (protocol === 'http:' && (hostname === 'localhost' || hostname === '127.0.0.1')) return undefined;
  return 'must be https (or http://localhost / http://127.0.0.1 for local development)';
}

function checkUrl(url: string): void {
  const why = endpointUrlProblem(url);
  if (why) throw problem.invalidField('/url', why);
}

/** A new Standard Webhooks secret: `whsec_` and 24 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** A row as the contract's `WebhookEndpoint`. */
export function presentEndpoint(row: EndpointRow, now: Date): WebhookEndpoint {
  const windowOpen = signingSecrets(row, now).length > 1;
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    enabledEvents: row.enabled_events ? (JSON.parse(row.enabled_events) as EventType[]) : null,
    enabled: row.enabled === 1,
    secret: row.secret,
    previousSecretExpiresAt: windowOpen ? row.previous_secret_expires_at : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The organization's endpoint, or a 404 (another organization's endpoints are not found either). */
export function requireEndpoint(db: Db, orgId: string, endpointId: string): EndpointRow {
  const row = prepared(db, 'SELECT * FROM webhook_endpoints WHERE id = ? AND org_id = ?').get(endpointId, orgId) as EndpointRow | undefined;
  if (!row) throw problem.notFound(`No webhook endpoint ${endpointId} in your organization.`);
  return row;
}

/** A page of the organization's endpoints, oldest first. */
export function listEndpoints(
  db: Db,
  orgId: string,
  query: { limit?: number; cursor?: string },
  now: Date,
): { data: WebhookEndpoint[]; nextCursor: string | null } {
  const list = 'webhook-endpoints';
  const limit = query.limit ?? 20;
  const [createdAt, id] = query.cursor ? decodeCursor(list, query.cursor, 2) : [null, null];
  const rows = prepared(
    db,
    `SELECT * FROM webhook_endpoints WHERE org_id = :org AND (:created IS NULL OR (created_at, id) > (:created, :id))
     ORDER BY created_at, id LIMIT :take`,
  ).all({ org: orgId, created: createdAt ?? null, id: id ?? null, take: limit + 1 }) as EndpointRow[];
  const page = pageOf(rows, limit, list, (r) => [r.created_at, r.id]);
  return { data: page.items.map((row) => presentEndpoint(row, now)), nextCursor: page.nextCursor };
}

/** Registers an endpoint; it receives the organization's events from now on. */
export function createEndpoint(db: Db, orgId: string, body: Schemas['CreateWebhookEndpointRequest'], now: Date): EndpointRow {
  checkUrl(body.url);
  const id = newId('whe');
  const at = now.toISOString();
  prepared(
    db,
    `INSERT INTO webhook_endpoints (id, org_id, url, description, enabled_events, enabled, secret, cursor_seq, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?)`,
  ).run(
    id,
    orgId,
    body.url,
    body.description ?? null,
    body.enabledEvents ? JSON.stringify(body.enabledEvents) : null,
    newWebhookSecret(),
    latestSeq(db),
    at,
    at,
  );
  return requireEndpoint(db, orgId, id);
}

/**
 * Applies a change; sending what is there changes nothing. Enabling a disabled endpoint starts
 * it at the present: the events it missed are not sent.
 */
export function updateEndpoint(db: Db, row: EndpointRow, body: Schemas['UpdateWebhookEndpointRequest'], now: Date): EndpointRow {
  if (body.url !== undefined) checkUrl(body.url);
  const next = {
    url: body.url ?? row.url,
    description: body.description === undefined ? row.description : body.description,
    enabled_events: body.enabledEvents === undefined ? row.enabled_events : body.enabledEvents && JSON.stringify(body.enabledEvents),
    enabled: body.enabled === undefined ? row.enabled : Number(body.enabled),
  };
  if (next.url === row.url && next.description === row.description && next.enabled_events === row.enabled_events && next.enabled === row.enabled) return row;
  const cursor = next.enabled === 1 && row.enabled === 0 ? latestSeq(db) : row.cursor_seq;
  prepared(db, 'UPDATE webhook_endpoints SET url = ?, description = ?, enabled_events = ?, enabled = ?, cursor_seq = ?, updated_at = ? WHERE id = ?').run(
    next.url,
    next.description,
    next.enabled_events,
    next.enabled,
    cursor,
    now.toISOString(),
    row.id,
  );
  return requireEndpoint(db, row.org_id, row.id);
}

/** A new secret; the current one keeps signing for {@link rotationWindowMs}, and any older one stops at once. */
export function rotateSecret(db: Db, row: EndpointRow, now: Date): EndpointRow {
  const expires = new Date(now.getTime() + rotationWindowMs).toISOString();
  prepared(db, 'UPDATE webhook_endpoints SET previous_secret = secret, previous_secret_expires_at = ?, secret = ?, updated_at = ? WHERE id = ?').run(
    expires,
    newWebhookSecret(),
    now.toISOString(),
    row.id,
  );
  return requireEndpoint(db, row.org_id, row.id);
}
