import { createHmac } from 'node:crypto';
import { prepared, type Db } from '../db/database.js';
import { latestSeq, readAllEvents, type WireEvent } from './event-log.js';

/** The sandbox's documented default webhook signing secret (Standard Webhooks format). */
export const defaultWebhookSecret = `whsec_${Buffer.from('menteo-sandbox-demo-webhook-secret').toString('base64')}`;

export interface WebhookOptions {
  url: string;
  secret: string;
  /** Delay before each retry; a delivery is abandoned after the last one. */
  retryDelaysMs: number[];
  now: () => Date;
  fetch: typeof fetch;
  log: (line: string) => void;
}

/**
 * Delivers every event to one URL, signed the Standard Webhooks way:
 * `webhook-signature: v1,<base64 HMAC-SHA256(secret, "<id>.<timestamp>.<body>")>`.
 * Deliveries are recorded in `webhook_deliveries`, so retries survive a restart.
 */
export class WebhookDeliverer {
  private cursor: number;
  private running = false;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly options: WebhookOptions,
  ) {
    // Start after what is already in the log: a fresh sandbox does not replay its seed.
    const delivered = prepared(db, 'SELECT COALESCE(MAX(event_seq), 0) AS seq FROM webhook_deliveries WHERE url = ?').get(options.url) as { seq: number };
    this.cursor = delivered.seq || latestSeq(db);
    for (const pending of prepared(db, 'SELECT event_seq, attempts FROM webhook_deliveries WHERE url = ? AND delivered_at IS NULL AND attempts < ?').all(options.url, options.retryDelaysMs.length + 1) as { event_seq: number; attempts: number }[]) {
      this.schedule(pending.event_seq, 0);
    }
  }

  /** Picks up newly committed events. */
  kick(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      for (;;) {
        const events = readAllEvents(this.db, this.cursor, 100);
        for (const event of events) {
          prepared(this.db, 'INSERT OR IGNORE INTO webhook_deliveries (event_seq, url) VALUES (?, ?)').run(Number(event.id), this.options.url);
          this.cursor = Number(event.id);
          void this.attempt(event);
        }
        if (events.length < 100) break;
      }
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
      const event = readAllEvents(this.db, seq - 1, 1)[0];
      if (event && event.id === String(seq)) void this.attempt(event);
    }, delayMs);
    timer.unref?.();
    this.timers.add(timer);
  }

  private async attempt(event: WireEvent): Promise<void> {
    if (this.stopped) return;
    const body = JSON.stringify(event);
    const timestamp = Math.floor(this.options.now().getTime() / 1000);
    const id = `evt_${event.id}`;
    let status = 0;
    try {
      const response = await this.options.fetch(this.options.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'menteo-sandbox-webhooks/1',
          ...signWebhook(this.options.secret, id, timestamp, body),
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
      `UPDATE webhook_deliveries SET attempts = attempts + 1, last_status = ?, delivered_at = CASE WHEN ? THEN ? ELSE NULL END
       WHERE event_seq = ? AND url = ? RETURNING attempts`,
    ).get(status, status >= 200 && status < 300 ? 1 : 0, this.options.now().toISOString(), Number(event.id), this.options.url) as { attempts: number };
    if (status >= 200 && status < 300) return;
    const delay = this.options.retryDelaysMs[row.attempts - 1];
    if (delay === undefined) {
      this.options.log(`webhook ${id} to ${this.options.url} abandoned after ${row.attempts} attempts (last status ${status || 'network error'})`);
      return;
    }
    this.schedule(Number(event.id), delay);
  }
}

/** The Standard Webhooks headers for one delivery. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): Record<string, string> {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': `v1,${signature}` };
}
