import { prepared, type Db } from '../db/database.js';
import { newId } from '../ids.js';
import { readOrgEvent, readOrgEvents } from './org-events.js';
import { signWebhook } from './webhooks.js';

/** Settings of {@link ManagedWebhookDeliverer}; the same as the configured endpoints' deliverer. */
export interface ManagedWebhookOptions {
  /** Delay before each retry; a delivery fails after the last one. */
  retryDelaysMs: number[];
  /** The sandbox's clock: deliveries' timestamps, and whether a rotated-out secret still signs. */
  now: () => Date;
  /** The machine's clock, for `webhook-timestamp` only (receivers compare it to theirs). Default `Date.now`. */
  sentAt?: () => number;
  fetch: typeof fetch;
  log: (line: string) => void;
}

/** An endpoint's secrets as stored (`webhook_endpoints`). */
export interface EndpointSecrets {
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: string | null;
}

/**
 * The secrets a delivery is signed with at `now` (the sandbox's clock): the current one, and the
 * previous one while its rotation window is open.
 *
 * @example
 * ```ts
 * signingSecrets({ secret: 'whsec_new', previous_secret: 'whsec_old', previous_secret_expires_at: '2026-12-07T10:00:00.000Z' }, now);
 * // ['whsec_new', 'whsec_old'] until then, ['whsec_new'] after
 * ```
 */
export function signingSecrets(row: EndpointSecrets, now: Date): string[] {
  const open = row.previous_secret !== null && row.previous_secret_expires_at !== null && row.previous_secret_expires_at > now.toISOString();
  return open && row.previous_secret !== null ? [row.secret, row.previous_secret] : [row.secret];
}

const wakers = new WeakMap<Db, () => void>();

/**
 * Asks the deliverer of `db` to look for due deliveries (a redelivery). Call it after the
 * transaction that queued them has committed. Does nothing when no deliverer runs.
 *
 * @example
 * ```ts
 * queueMicrotask(() => wakeWebhooks(ctx.db));
 * ```
 */
export function wakeWebhooks(db: Db): void {
  wakers.get(db)?.();
}

interface Attempt extends EndpointSecrets {
  id: string;
  event_seq: number;
  round_attempts: number;
  org_id: string;
  url: string;
}

/**
 * Delivers the organization's events to the endpoints it registered through the admin API
 * (`webhook_endpoints`, 091-webhook-endpoints.sql): each enabled endpoint gets the events of its
 * own organization after its cursor, filtered by its event types, each recorded as a delivery
 * (`org_webhook_deliveries`) and retried on the `retryDelaysMs` schedule. While a rotation's window
 * is open a delivery carries two signatures, `v1,<new> v1,<previous>`: a receiver holding either
 * secret verifies it. Like {@link WebhookDeliverer}, it runs beside request handling and never throws.
 *
 * @example
 * ```ts
 * const managed = new ManagedWebhookDeliverer(db, { retryDelaysMs: [1000], now, fetch, log });
 * managed.kick(); // after a transaction that appended events commits
 * ```
 */
export class ManagedWebhookDeliverer {
  private readonly inFlight = new Set<string>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly options: ManagedWebhookOptions,
  ) {
    wakers.set(db, () => this.kick());
  }

  /** Queues newly committed events and attempts every due delivery. Never throws. */
  kick(): void {
    if (this.stopped) return;
    try {
      this.queueNewEvents();
      const due = prepared(this.db, "SELECT id FROM org_webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY event_seq")
        .pluck()
        .all(this.options.now().toISOString()) as string[];
      for (const id of due) void this.attempt(id);
    } catch (error) {
      this.fail('could not queue deliveries', error);
    }
  }

  stop(): void {
    this.stopped = true;
    wakers.delete(this.db);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private queueNewEvents(): void {
    const endpoints = prepared(this.db, 'SELECT id, org_id, enabled_events, cursor_seq FROM webhook_endpoints WHERE enabled = 1').all() as {
      id: string;
      org_id: string;
      enabled_events: string | null;
      cursor_seq: number;
    }[];
    const insert = prepared(
      this.db,
      `INSERT OR IGNORE INTO org_webhook_deliveries (id, endpoint_id, event_seq, event_type, status, created_at, next_attempt_at)
       VALUES (?, ?, ?, ?, 'pending', ?, ?)`,
    );
    const advance = prepared(this.db, 'UPDATE webhook_endpoints SET cursor_seq = ? WHERE id = ?');
    for (const endpoint of endpoints) {
      const types = endpoint.enabled_events ? new Set(JSON.parse(endpoint.enabled_events) as string[]) : undefined;
      let cursor = endpoint.cursor_seq;
      for (;;) {
        const events = readOrgEvents(this.db, endpoint.org_id, cursor, 100);
        const at = this.options.now().toISOString();
        for (const event of events) {
          if (!types || types.has(event.type)) insert.run(newId('whd'), endpoint.id, Number(event.id), event.type, at, at);
          cursor = Number(event.id);
        }
        advance.run(cursor, endpoint.id);
        if (events.length < 100) break;
      }
    }
  }

  /** One attempt of one delivery; settles without throwing. */
  private async attempt(deliveryId: string): Promise<void> {
    if (this.stopped || this.inFlight.has(deliveryId)) return;
    this.inFlight.add(deliveryId);
    try {
      await this.deliver(deliveryId);
    } catch (error) {
      this.fail(`delivery ${deliveryId} failed`, error);
    } finally {
      this.inFlight.delete(deliveryId);
    }
  }

  private async deliver(deliveryId: string): Promise<void> {
    const row = prepared(
      this.db,
      `SELECT d.id, d.event_seq, d.round_attempts, e.org_id, e.url, e.secret, e.previous_secret, e.previous_secret_expires_at
       FROM org_webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id = ? AND d.status = 'pending'`,
    ).get(deliveryId) as Attempt | undefined;
    if (!row) return;
    const event = readOrgEvent(this.db, row.org_id, row.event_seq);
    if (!event) return;
    const body = JSON.stringify(event);
    const timestamp = Math.floor((this.options.sentAt ?? Date.now)() / 1000);
    let status = 0;
    try {
      const response = await this.options.fetch(row.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'menteo-sandbox-webhooks/1',
          ...signWebhook(signingSecrets(row, this.options.now()), `evt_${event.id}`, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch {
      status = 0;
    }
    if (this.stopped) return;
    const now = this.options.now();
    const ok = status >= 200 && status < 300;
    const delay = ok ? undefined : this.options.retryDelaysMs[row.round_attempts];
    const next = delay === undefined ? null : new Date(now.getTime() + delay).toISOString();
    prepared(
      this.db,
      `UPDATE org_webhook_deliveries SET attempts = attempts + 1, round_attempts = round_attempts + 1, response_status = ?, last_attempt_at = ?,
         status = ?, next_attempt_at = ?, delivered_at = CASE WHEN ? THEN ? ELSE delivered_at END
       WHERE id = ?`,
    ).run(status, now.toISOString(), ok ? 'succeeded' : next ? 'pending' : 'failed', next, ok ? 1 : 0, now.toISOString(), row.id);
    if (ok) return;
    if (delay === undefined) {
      this.options.log(
        `webhook evt_${event.id} to ${row.url} (${row.org_id}) failed after ${row.round_attempts + 1} attempts (last status ${status || 'network error'})`,
      );
      return;
    }
    // Retries run on the machine's timers, like the configured endpoints' (a frozen sandbox clock must not stall them).
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.attempt(row.id);
    }, delay);
    timer.unref?.();
    this.timers.add(timer);
  }

  private fail(what: string, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    try {
      this.options.log(`webhooks (admin endpoints): ${what}: ${reason}`);
    } catch {
      // A failing logger must not take the process down either.
    }
  }
}
