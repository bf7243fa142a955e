/**
 * Verifying Menteo's webhook deliveries (Standard Webhooks), with WebCrypto only:
 * the same code runs in Node ≥ 20, browsers and edge runtimes.
 *
 * @example
 * ```ts
 * import { webhooks } from '@menteo/sdk/webhooks';
 * const event = await webhooks.unwrap(await request.text(), request.headers, env.MENTEO_WEBHOOK_SECRET);
 * if (event.type === 'thread.post.created') console.log(event.data.id);
 * ```
 * @packageDocumentation
 */
import { sign } from './sign.js';
import { unwrap, verify } from './verify.js';

export { WebhookVerificationError, type WebhookVerificationErrorReason } from './errors.js';
export { sign, type SignOptions, type WebhookSignatureHeaders } from './sign.js';
export { unwrap, verify, type VerifyOptions, type WebhookBody, type WebhookEvent, type WebhookEventType, type WebhookHeaders } from './verify.js';

/**
 * The webhook helpers in one object (also available as `Menteo.webhooks`).
 *
 * @example
 * ```ts
 * import { webhooks, WebhookVerificationError } from '@menteo/sdk/webhooks';
 *
 * // In a Fetch-style handler (Cloudflare Workers, Deno, Bun, Next.js route handlers):
 * export async function POST(request: Request): Promise<Response> {
 *   try {
 *     const event = await webhooks.unwrap(await request.text(), request.headers, process.env.MENTEO_WEBHOOK_SECRET!);
 *     if (event.type === 'room.updated') console.log(event.data.status);
 *     return new Response(null, { status: 204 });
 *   } catch (err) {
 *     return new Response(null, { status: err instanceof WebhookVerificationError ? 400 : 500 });
 *   }
 * }
 * ```
 */
export const webhooks = {
  /** Checks a delivery's signature and age; rejects with a {@link WebhookVerificationError}. See {@link verify}. */
  verify,
  /** {@link verify}, then parses the body into a typed {@link WebhookEvent}. See {@link unwrap}. */
  unwrap,
  /** Signs a payload as Menteo does, to test your handler without a real delivery. See {@link sign}. */
  sign,
} as const;
