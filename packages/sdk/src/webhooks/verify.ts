import type { components } from '@menteo/api';
import { INVALID_SECRET, fail, fromBase64, secretKey, signature, timingSafeEqual, utf8 } from './crypto.js';

/**
 * A webhook delivery's body: the contract's `Event` union, discriminated by `type`.
 * `switch (event.type)` narrows `event.data` (a `Room` for `room.updated`, a `Post` for `thread.post.created`…).
 *
 * @example
 * ```ts
 * const event: WebhookEvent = await webhooks.unwrap(rawBody, headers, secret);
 * switch (event.type) {
 *   case 'room.updated': await syncRoom(event.data.id, event.data.status); break;
 *   case 'thread.post.created': await notifyFollowers(event.data.threadId); break;
 * }
 * ```
 */
export type WebhookEvent = components['schemas']['Event'];

/**
 * The `type` of a {@link WebhookEvent}, e.g. `'thread.post.created'`.
 *
 * @example
 * ```ts
 * const handled = new Set<WebhookEventType>(['room.updated', 'session.updated']);
 * if (!handled.has(event.type)) return new Response(null, { status: 204 });
 * ```
 */
export type WebhookEventType = WebhookEvent['type'];

/**
 * The raw request body, exactly as received: a string or its bytes (a Node `Buffer` is a `Uint8Array`).
 *
 * @example
 * ```ts
 * // Express: keep the bytes, since JSON parsed and re-serialized no longer matches the signature
 * app.post('/hooks', express.raw({ type: 'application/json' }), async (req, res) => {
 *   const body: WebhookBody = req.body; // a Buffer
 *   const event = await webhooks.unwrap(body, req.headers, process.env.MENTEO_WEBHOOK_SECRET!);
 *   res.sendStatus(204);
 * });
 * ```
 */
export type WebhookBody = string | Uint8Array | ArrayBuffer;

/**
 * Request headers: a Fetch `Headers`, or a plain object such as Node's `req.headers` (keys in any case; arrays take the first value).
 *
 * @example
 * ```ts
 * const headers: WebhookHeaders = request.headers; // or Node's req.headers, or a plain object:
 * await verify(body, { 'Webhook-Id': id, 'Webhook-Timestamp': timestamp, 'Webhook-Signature': signature }, secret);
 * ```
 */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/**
 * Options of {@link verify} and {@link unwrap}.
 *
 * @example
 * ```ts
 * // A recorded delivery replayed in a test: judge its age as of when it was sent
 * await verify(recorded.body, recorded.headers, secret, { now: () => recorded.receivedAt, tolerance: 60 });
 * ```
 */
export interface VerifyOptions {
  /** How far, in seconds, the `webhook-timestamp` may be from now, either way. Default 300; a finite number ≥ 0 (anything else throws a `RangeError`). */
  tolerance?: number;
  /** The current time in milliseconds (for tests). Default `Date.now`. */
  now?: () => number;
}

function bodyBytes(body: unknown): Uint8Array {
  if (typeof body === 'string') return utf8(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  return fail(
    'parsed_body',
    "Pass the raw request body (string or bytes), not parsed JSON: re-serialized JSON does not match the signature. E.g. express.raw({ type: 'application/json' }) or await request.text().",
  );
}

function header(headers: WebhookHeaders, name: string): string {
  const value: unknown =
    typeof headers?.get === 'function'
      ? (headers as Headers).get(name)
      : (headers as Record<string, unknown> | undefined)?.[Object.keys(headers ?? {}).find((k) => k.toLowerCase() === name) ?? ''];
  // Express-like arrays: the first value counts.
  const first: unknown = [value].flat()[0];
  return typeof first === 'string' && first ? first : fail('missing_header', `Missing the ${name} header.`);
}

/**
 * Checks that a webhook delivery comes from Menteo (Standard Webhooks signature) and is recent.
 * Resolves when it does; rejects with a {@link WebhookVerificationError} otherwise.
 * Give it the raw body, before any JSON parsing. Several secrets (during a rotation) and
 * several `v1,…` signatures are accepted: one matching pair suffices.
 *
 * @param rawBody - The request body exactly as received.
 * @param headers - The request headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`).
 * @param secret - Your `whsec_…` secret, or several while rotating.
 * @param options - `tolerance` in seconds (default 300; a `RangeError` when negative, NaN or infinite).
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { verify, WebhookVerificationError } from '@menteo/sdk/webhooks';
 *
 * createServer(async (req, res) => {
 *   const chunks: Buffer[] = [];
 *   for await (const chunk of req) chunks.push(chunk);
 *   const rawBody = Buffer.concat(chunks);
 *   try {
 *     await verify(rawBody, req.headers, process.env.MENTEO_WEBHOOK_SECRET!);
 *   } catch (err) {
 *     res.writeHead(err instanceof WebhookVerificationError ? 400 : 500).end();
 *     return;
 *   }
 *   const event = JSON.parse(rawBody.toString('utf8'));
 *   console.log('verified', event.type);
 *   res.writeHead(204).end();
 * }).listen(3000);
 * ```
 */
export async function verify(rawBody: WebhookBody, headers: WebhookHeaders, secret: string | string[], options: VerifyOptions = {}): Promise<void> {
  const tolerance = options.tolerance ?? 300;
  // NaN or Infinity would make every age pass: replay protection silently off.
  if (!(tolerance >= 0 && tolerance < Infinity)) throw new RangeError(`webhook tolerance must be a finite number of seconds ≥ 0, got ${tolerance}`);
  const body = bodyBytes(rawBody);
  const keys = [secret].flat().map(secretKey);
  if (!keys.length) fail('invalid_secret', INVALID_SECRET);
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');

  if (!/^\d{1,12}$/.test(timestamp)) fail('invalid_timestamp', 'Invalid webhook-timestamp.');
  const age = Math.floor((options.now ?? Date.now)() / 1000) - Number(timestamp);
  // Written to fail closed: a clock that answers NaN makes no age acceptable.
  if (!(Math.abs(age) <= tolerance)) {
    fail(age < 0 ? 'timestamp_in_future' : 'timestamp_too_old', `Timestamp ${age < 0 ? 'in the future' : 'too old'} (tolerance ${tolerance} s).`);
  }

  const received: Uint8Array[] = [];
  for (const part of signatures.split(' ')) {
    try {
      if (part.startsWith('v1,')) received.push(fromBase64(part.slice(3)));
    } catch {
      // not base64: cannot match
    }
  }
  let matched = false;
  for (const key of keys) {
    const expected = await signature(key, id, timestamp, body);
    // Every pair is compared (no early exit), each in constant time.
    for (const candidate of received) matched = timingSafeEqual(expected, candidate) || matched;
  }
  if (!matched) fail('no_matching_signature', 'No matching signature: wrong secret, or not the raw body.');
}

/**
 * {@link verify}, then parses the body into a typed {@link WebhookEvent}.
 * Rejects with a {@link WebhookVerificationError} when verification fails (a `SyntaxError`
 * would mean a verified body that is not JSON, which Menteo never sends).
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { unwrap, WebhookVerificationError } from '@menteo/sdk/webhooks';
 *
 * createServer(async (req, res) => {
 *   const chunks: Buffer[] = [];
 *   for await (const chunk of req) chunks.push(chunk);
 *   try {
 *     const event = await unwrap(Buffer.concat(chunks), req.headers, process.env.MENTEO_WEBHOOK_SECRET!);
 *     switch (event.type) {
 *       case 'thread.post.created': console.log('new post', event.data.id); break;
 *       case 'room.updated': console.log('room is now', event.data.status); break;
 *     }
 *     res.writeHead(204).end();
 *   } catch (err) {
 *     // 400: not from Menteo, or too old. Anything else is our bug: 500, and Menteo retries.
 *     res.writeHead(err instanceof WebhookVerificationError ? 400 : 500).end();
 *   }
 * }).listen(3000);
 * ```
 */
export async function unwrap(rawBody: WebhookBody, headers: WebhookHeaders, secret: string | string[], options?: VerifyOptions): Promise<WebhookEvent> {
  await verify(rawBody, headers, secret, options);
  return JSON.parse(typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody)) as WebhookEvent;
}
