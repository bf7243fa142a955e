import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { AdjustableClock, clockFrom, type ClockStart } from './clock.js';
import { openDatabase, type Db } from './db/database.js';
import { EventBus, type StreamLimits } from './events/event-bus.js';
import { webhookEndpoints, type WebhookEndpointOption } from './events/webhook-endpoints.js';
import { ManagedWebhookDeliverer } from './events/webhook-managed.js';
import { WebhookDeliverer } from './events/webhooks.js';
import { Faults } from './http/faults.js';
import { RateLimiter, type RateLimitOptions } from './http/rate-limit.js';
import { schedulePruning } from './maintenance.js';
import { ReminderTimer } from './reminder-timer.js';
import { hasDemoProgram, seedDemoProgram } from './seed/demo-program.js';
import { isSeeded, seedDatabase } from './seed/index.js';

export interface SandboxOptions {
  /** SQLite file, or `:memory:`. Default `.menteo/sandbox.db`. */
  db?: string;
  /**
   * With `db: ':memory:'`, start from this serialized database (`db.serialize()`) instead of an
   * empty one: the test harness hands every sandbox a copy of one seeded world.
   */
  image?: Buffer;
  /** Delete the database file first and seed a fresh world. */
  reset?: boolean;
  /** PRNG seed of the demo world. Default 42. */
  seed?: number;
  /** How many mentors to seed (at least 50). Default 500. */
  mentors?: number;
  /**
   * Add org_demo's program history (seed/demo-program.ts: internal mentors, their mentees and 15
   * weeks of rooms, sessions and goals up to the clock's start), so its program insights show
   * every figure. Added once to a database that lacks it, a persistent one too. Default false.
   */
  demoProgram?: boolean;
  /** Deliver org_demo's events (the documented demo organization's), signed, to this URL. */
  webhookUrl?: string;
  /** Signing secret for `webhookUrl` (`whsec_…`). Default: the documented demo secret. */
  webhookSecret?: string;
  /**
   * One webhook endpoint per organization: each receives only the events of its own people,
   * signed with its own secret (default: the organization's sandbox secret, see
   * `defaultWebhookSecretFor`). `webhookUrl` is shorthand for `webhooks.org_demo`.
   */
  webhooks?: Record<string, WebhookEndpointOption>;
  /** Delays between webhook retries. Default 1 s, 5 s, 30 s, 2 min, 10 min. */
  webhookRetryDelaysMs?: number[];
  /** Added latency per request (fault injection). */
  latencyMs?: number;
  /** Probability that a request fails (fault injection, 0–1). */
  failRate?: number;
  /**
   * Requests per budget per window (0 = unlimited), and failed authentications per client
   * address (see {@link RateLimitOptions}). Default 1200 requests and 60 failures per 60 s.
   */
  rateLimit?: RateLimitOptions;
  /**
   * Caps on open event streams (`GET /v1/events`): per person or secret key (default 50), per
   * client IP (default 20; 0 = unlimited), the bytes a client may leave unread before it is
   * dropped (default 1 MiB), and the heartbeat period (default 15 s).
   */
  streams?: Partial<StreamLimits>;
  /**
   * The clock: the seed's "today" and every later "now". An instant (`Date` or ISO 8601 string)
   * starts the clock there and lets it advance in real time; a function is used as it is.
   * Default: the machine's clock.
   */
  now?: ClockStart;
  /** Where diagnostics go. Default stderr. */
  log?: (line: string) => void;
  /**
   * Origins (`https://ws-42.cloud-ide.example`) whose pages may use the test keys, beside this
   * machine's own `http(s)://localhost:*`: a cloud development environment, a tunnel.
   */
  allowOrigins?: readonly string[];
}

/** The seeded world needs this many mentors: an internal pool, and mentors free for the demo rooms. */
export const minMentors = 50;

/** A running (or runnable) sandbox. */
export interface Sandbox {
  /** The hono app: `app.request('/v1/mentors', ...)` works in-process without a port. */
  app: Hono;
  db: Db;
  /** Handles one fetch-style request in-process. */
  fetch(request: Request): Promise<Response>;
  /** The sandbox's clock reading: the `now` it was given, plus every `POST /v1/sandbox/clock` move. */
  now(): Date;
  /** Starts listening; resolves with the base URL. */
  listen(options?: { port?: number; host?: string }): Promise<{ url: string; port: number }>;
  /**
   * Sends the session reminders due on the sandbox's clock now, and returns how many it sent.
   * The sandbox sends them by itself when their moment comes on its clock and at start-up;
   * call this after moving a clock you own (a `now` function), which the sandbox cannot see.
   *
   * @example
   * ```ts
   * setNow(new Date(Date.parse(session.startsAt) - 3_600_000));
   * sandbox.sendDueReminders(); // 1: the session's 1 h reminder
   * ```
   */
  sendDueReminders(): number;
  /** Stops the server, the webhook deliverer and the reminders, and closes the database. */
  close(): Promise<void>;
}

/**
 * Creates a sandbox: opens (and seeds, when empty) the database and builds the app.
 *
 * @example
 * ```ts
 * const sandbox = createSandbox({ db: ':memory:' });
 * const { url } = await sandbox.listen({ port: 0 });
 * ```
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const path = options.db ?? '.menteo/sandbox.db';
  if (options.mentors !== undefined && !(Number.isInteger(options.mentors) && options.mentors >= minMentors)) {
    throw new RangeError(`mentors must be a whole number of at least ${minMentors} (got ${options.mentors})`);
  }
  for (const origin of options.allowOrigins ?? []) {
    // What a browser sends as Origin: scheme, host and port only, no path or trailing slash.
    if (!URL.canParse(origin) || new URL(origin).origin !== origin) {
      throw new RangeError(`allow-origin must be an origin such as https://ws-42.cloud-ide.example, with no path (got ${origin})`);
    }
  }
  if (options.reset && path !== ':memory:') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
  // The clock the sandbox-only `POST /v1/sandbox/clock` moves forward, on top of the one given.
  const clock = new AdjustableClock(clockFrom(options.now ?? (() => new Date())));
  const now = clock.now;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const db = openDatabase(path, options.image);
  if (!isSeeded(db)) seedDatabase(db, { seed: options.seed ?? 42, mentors: options.mentors ?? 500, now: now() });
  if (options.demoProgram && !hasDemoProgram(db)) seedDemoProgram(db, { seed: options.seed ?? 42, now: now() });

  const bus = new EventBus(options.streams);
  let endpoints: ReturnType<typeof webhookEndpoints>;
  try {
    endpoints = webhookEndpoints(db, options);
  } catch (error) {
    db.close();
    throw error;
  }
  const retryDelaysMs = options.webhookRetryDelaysMs ?? [1_000, 5_000, 30_000, 120_000, 600_000];
  const configuredWebhooks = endpoints.length ? new WebhookDeliverer(db, { endpoints, retryDelaysMs, now, fetch: globalThis.fetch, log }) : undefined;
  // The endpoints registered through the admin API (#14), beside the configured ones.
  const managedWebhooks = new ManagedWebhookDeliverer(db, { retryDelaysMs, now, fetch: globalThis.fetch, log });
  const webhooks = {
    kick: () => {
      configuredWebhooks?.kick();
      managedWebhooks.kick();
    },
    stop: () => {
      configuredWebhooks?.stop();
      managedWebhooks.stop();
    },
  };
  const reminders = new ReminderTimer({
    db,
    now,
    publish: (events) => {
      bus.publish(events);
      webhooks.kick();
    },
    log,
    // The machine's clock (or one started from an instant) can jump without telling, e.g. after a
    // laptop sleeps: look again every minute. A clock function's owner calls sendDueReminders().
    ...(typeof options.now === 'function' ? {} : { recheckMs: 60_000 }),
  });
  // A move of the clock runs inside its request's transaction: the reminders it made due are
  // sent in a microtask, i.e. once that transaction has committed, and before the answer goes out
  // (the request's async envelope resumes only after the microtasks queued before it).
  clock.onMove(() => queueMicrotask(() => reminders.check()));
  const app = createApp({
    db,
    bus,
    now,
    clock,
    log,
    devOrigins: options.allowOrigins ?? [],
    faults: new Faults({ latencyMs: options.latencyMs ?? 0, failRate: options.failRate ?? 0, seed: options.seed ?? 42 }),
    rateLimiter: new RateLimiter(options.rateLimit ?? { limit: 1200, windowSeconds: 60 }),
    onEventsCommitted: () => {
      webhooks.kick();
      // A session just accepted may have a reminder sooner than the timer's.
      reminders.reschedule();
    },
  });

  // Old events, expired tokens and idempotency keys: at start-up, then hourly on the sandbox's clock.
  const stopPruning = schedulePruning(db, now, log);
  let server: ServerType | undefined;
  return {
    app,
    db,
    fetch: async (request) => app.fetch(request),
    now,
    sendDueReminders: () => reminders.check(),
    listen: ({ port = 4010, host = '127.0.0.1' } = {}) =>
      new Promise((resolve, reject) => {
        server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
          const shownHost = host.includes(':') ? `[${host}]` : host;
          resolve({ url: `http://${shownHost}:${info.port}`, port: info.port });
        });
        // Idle connections stay open 65 s, not Node's 5 s: a client reusing one just as the server
        // closes it sees "fetch failed" for a request that never arrived (Node's fetch expires its
        // sockets a second before the server's timeout, on a coarse timer that a busy process
        // delays past it). Longer than the 60 s of the proxies a sandbox may sit behind, as servers do.
        if ('keepAliveTimeout' in server) {
          server.keepAliveTimeout = 65_000;
          server.headersTimeout = 66_000;
        }
        server.once('error', reject);
      }),
    close: async () => {
      stopPruning();
      reminders.stop();
      webhooks.stop();
      if (server) {
        const s = server;
        await new Promise<void>((resolve) => {
          s.close(() => resolve());
          // Open SSE streams would keep close() waiting forever.
          (s as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
      }
      db.close();
    },
  };
}
