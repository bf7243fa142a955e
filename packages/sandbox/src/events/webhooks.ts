import { createHmac } from 'node:crypto';
import { prepared, type Db } from '../db/database.js';
import { latestSeq, type WireEvent } from './event-log.js';
import { readOrgEvent, readOrgEvents } from './org-events.js';

/** The sandbox's documented default webhook signing secret (Standard Webhooks format): org_demo's. */
export const defaultWebhookSecret = `whsec_${Buffer.from('menteo-sandbox-demo-webhook-secret').toString('base64')}`;

/**
 * The signing secret an organization's endpoint gets when none is configured: org_demo's is
 * the documented demo secret, every other organization has its own, so no organization can
 * verify — or forge — another's deliveries with the secret it was given.
 *
 * @example
 * ```ts
 * defaultWebhookSecretFor('org_demo') === defaultWebhookSecret; // true
 * defaultWebhookSecretFor('org_acme'); // 'whsec_bWVudGVvLXNhbmRib3gtb3JnX2FjbWUtd2ViaG9vay1zZWNyZXQ='
 * ```
 */
export function defaultWebhookSecretFor(orgId: string): string {
  if (orgId === 'org_demo') return defaultWebhookSecret;
  return `whsec_${Buffer.from(`menteo-sandbox-${orgId}-webhook-secret`).toString('base64')}`;
}

/** Where one organization's events go, and the secret they are signed with. */
export interface WebhookEndpoint {
  orgId: string;
  url: string;
  /** `whsec_…` */
  secret: string;
}

export interface WebhookOptions {
  endpoints: readonly WebhookEndpoint[];
  /** Delay before each retry; a delivery is abandoned after the last one. */
  retryDelaysMs: number[];
  /** The sandbox's clock: when deliveries are due and recorded. */
  now: () => Date;
  /**
   * The machine's clock, for the signature's `webhook-timestamp` only: receivers check it
   * against their own clock for replay protection, so a sandbox started `--now` elsewhere in
   * time must still sign with the time the request is really sent. Default `Date.now`.
   */
  sentAt?: () => number;
  fetch: typeof fetch;
  log: (line: string) => void;
}

/**
 * Delivers each organization's events — the ones its people receive (see 050-event-orgs.sql)
 * — to that organization's endpoints only, signed the Standard Webhooks way with the
 * endpoint's own secret: `webhook-signature: v1,<base64 HMAC-SHA256(secret, "<id>.<timestamp>.<body>")>`.
 * Deliveries are recorded per endpoint in `webhook_endpoint_deliveries`, so retries survive a
 * restart. Delivery runs beside request handling, in callbacks and timers: a failure there
 * (a database error included) is logged and never reaches the process.
 *
 * @example
 * ```ts
 * const webhooks = new WebhookDeliverer(db, { endpoints: [{ orgId: 'org_demo', url, secret }], retryDelaysMs: [1000], now, fetch, log });
 * // after a transaction that appended events commits:
 * webhooks.kick();
 * ```
 */
export class WebhookDeliverer {
  private readonly endpoints: EndpointDeliverer[];

  constructor(db: Db, options: WebhookOptions) {
    this.endpoints = options.endpoints.map((endpoint) => new EndpointDeliverer(db, endpoint, options));
  }

  /** Picks up newly committed events. Never throws. */
  kick(): void {
    for (const endpoint of this.endpoints) endpoint.kick();
  }

  stop(): void {
    for (const endpoint of this.endpoints) endpoint.stop();
  }
}

class EndpointDeliverer {
  private cursor: number;
  private running = false;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly endpoint: WebhookEndpoint,
    private readonly options: WebhookOptions,
  ) {
    const { orgId, url } = endpoint;
    // Start after what is already in the log: a fresh sandbox does not replay its seed.
    const recorded = prepared(db, 'SELECT COALESCE(MAX(event_seq), 0) AS seq FROM webhook_endpoint_deliveries WHERE org_id = ? AND url = ?').get(
      orgId,
      url,
    ) as { seq: number };
    this.cursor = recorded.seq || latestSeq(db);
    const pending = prepared(
      db,
      'SELECT event_seq, attempts FROM webhook_endpoint_deliveries WHERE org_id = ? AND url = ? AND delivered_at IS NULL AND attempts < ?',
    ).all(orgId, url, options.retryDelaysMs.length + 1) as { event_seq: number; attempts: number }[];
    for (const row of pending) this.schedule(row.event_seq, 0);
  }

  kick(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      for (;;) {
        const events = readOrgEvents(this.db, this.endpoint.orgId, this.cursor, 100);
        for (const event of events) {
          prepared(this.db, 'INSERT OR IGNORE INTO webhook_endpoint_deliveries (org_id, url, event_seq) VALUES (?, ?, ?)').run(
            this.endpoint.orgId,
            this.endpoint.url,
            Number(event.id),
          );
          this.cursor = Number(event.id);
          void this.attempt(event);
        }
        if (events.length < 100) break;
      }
    } catch (error) {
      // The cursor stays before the event that failed: the next commit picks it up again.
      this.fail('could not queue new events', error);
    } finally {
      this.running = false;
    }
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private schedule(seq: number, delayMs: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.stopped) return;
      try {
        const event = readOrgEvent(this.db, this.endpoint.orgId, seq);
        if (event) void this.attempt(event);
      } catch (error) {
        this.fail(`could not read evt_${seq} for a retry`, error);
      }
    }, delayMs);
    timer.unref?.();
    this.timers.add(timer);
  }

  /** One delivery attempt; settles without throwing, whatever fails. */
  private async attempt(event: WireEvent): Promise<void> {
    try {
      await this.deliver(event);
    } catch (error) {
      this.fail(`delivery of evt_${event.id} failed`, error);
    }
  }

  private async deliver(event: WireEvent): Promise<void> {
    if (this.stopped) return;
    const { orgId, url, secret } = this.endpoint;
    const body = JSON.stringify(event);
    const timestamp = Math.floor((this.options.sentAt ?? Date.now)() / 1000);
    const id = `evt_${event.id}`;
    let status = 0;
    try {
      const response = await this.options.fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'menteo-sandbox-webhooks/1',
          ...signWebhook(secret, id, timestamp, body),
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
    const row = prepared(
      this.db,
      `UPDATE webhook_endpoint_deliveries SET attempts = attempts + 1, last_status = ?, delivered_at = CASE WHEN ? THEN ? ELSE NULL END
       WHERE org_id = ? AND url = ? AND event_seq = ? RETURNING attempts`,
    ).get(status, status >= 200 && status < 300 ? 1 : 0, this.options.now().toISOString(), orgId, url, Number(event.id)) as { attempts: number } | undefined;
    if ((status >= 200 && status < 300) || !row) return;
    const delay = this.options.retryDelaysMs[row.attempts - 1];
    if (delay === undefined) {
      this.options.log(`webhook ${id} to ${url} (${orgId}) abandoned after ${row.attempts} attempts (last status ${status || 'network error'})`);
      return;
    }
    this.schedule(Number(event.id), delay);
  }

  private fail(what: string, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    try {
      this.options.log(`webhook to ${this.endpoint.url} (${this.endpoint.orgId}): ${what}: ${reason}`);
    } catch {
      // A failing logger must not take the process down either.
    }
  }
}

/**
 * The Standard Webhooks headers for one delivery. With several secrets (a rotation's window),
 * one signature per secret, space-separated: a receiver holding any one of them verifies it.
 *
 * @example
 * ```ts
 * const headers = signWebhook(defaultWebhookSecret, 'evt_1', Math.floor(Date.now() / 1000), body);
 * signWebhook([newSecret, oldSecret], 'evt_2', timestamp, body)['webhook-signature']; // 'v1,… v1,…'
 * ```
 */
export function signWebhook(secret: string | readonly string[], id: string, timestamp: number, body: string): Record<string, string> {
  const signatures = [secret].flat().map((one) => {
    const key = Buffer.from(one.replace(/^whsec_/, ''), 'base64');
    return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
  });
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signatures.join(' ') };
}
