import { secretKey, signature, toBase64, utf8 } from './crypto.js';

/**
 * Options of {@link sign}.
 *
 * @example
 * ```ts
 * const options: SignOptions = { id: 'msg_test', timestamp: Math.floor(Date.now() / 1000) - 600 };
 * const headers = await sign(body, secret, options); // ten minutes old: verify() rejects it
 * ```
 */
export interface SignOptions {
  /** The `webhook-id`. Default: a random `msg_…`. */
  id?: string;
  /** The `webhook-timestamp`, Unix seconds. Default: now. */
  timestamp?: number;
}

/**
 * The three Standard Webhooks headers of a delivery, as {@link sign} returns them: spread
 * them into a test request's headers.
 *
 * @example
 * ```ts
 * const headers: WebhookSignatureHeaders = await sign(body, secret, { id: 'msg_test', timestamp: 1767225600 });
 * headers['webhook-signature']; // 'v1,…'
 * ```
 */
export type WebhookSignatureHeaders = {
  /** The delivery's unique id (`msg_…`): the same on every retry of one delivery, so use it to drop duplicates. */
  'webhook-id': string;
  /** When the delivery was signed, in Unix seconds (a decimal string); {@link verify} refuses it beyond its `tolerance`. */
  'webhook-timestamp': string;
  /** `v1,<base64>`: the HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` under the secret. A delivery may carry several, space-separated; {@link verify} needs one to match. */
  'webhook-signature': string;
};

/**
 * Signs a payload the way Menteo signs its deliveries, to test your webhook handler
 * without a real delivery. Pass the same string as the request body.
 *
 * @example
 * ```ts
 * import { sign } from '@menteo/sdk/webhooks';
 *
 * const body = JSON.stringify({ id: '42', type: 'room.updated', createdAt: new Date().toISOString(), data: room });
 * const headers = await sign(body, process.env.MENTEO_WEBHOOK_SECRET!);
 * const res = await fetch('http://localhost:3000/hooks', {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json', ...headers },
 *   body,
 * });
 * console.assert(res.status === 204);
 * ```
 */
export async function sign(payload: string, secret: string, options: SignOptions = {}): Promise<WebhookSignatureHeaders> {
  const id = options.id ?? `msg_${Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => (b + 256).toString(16).slice(1)).join('')}`;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const mac = await signature(secretKey(secret), id, timestamp, utf8(payload));
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${toBase64(mac)}` };
}
