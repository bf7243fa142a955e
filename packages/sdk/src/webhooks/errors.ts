import { MenteoError } from '../core/errors.js';

/**
 * Why a webhook delivery was rejected by {@link verify} or {@link unwrap}.
 *
 * @example
 * ```ts
 * catch (err) {
 *   const reason: WebhookVerificationErrorReason | undefined = err instanceof WebhookVerificationError ? err.reason : undefined;
 *   if (reason === 'parsed_body') console.error('Pass the raw body: express.raw(), not express.json()');
 * }
 * ```
 */
export type WebhookVerificationErrorReason =
  /** `webhook-id`, `webhook-timestamp` or `webhook-signature` is absent. */
  | 'missing_header'
  /** `webhook-timestamp` is not a Unix time in seconds. */
  | 'invalid_timestamp'
  /** The delivery is older than the tolerance (a possible replay). */
  | 'timestamp_too_old'
  /** The delivery is dated further ahead than the tolerance. */
  | 'timestamp_in_future'
  /** No `v1` signature matches any of the secrets: wrong secret, or the body was altered (or re-serialized). */
  | 'no_matching_signature'
  /** A secret is not a `whsec_<base64>` value. */
  | 'invalid_secret'
  /** A parsed object was passed instead of the raw request body. */
  | 'parsed_body';

/**
 * Thrown when a webhook delivery cannot be trusted. Answer such requests with a 400.
 * The message never contains the secret or the received signature.
 *
 * @example
 * ```ts
 * try {
 *   await verify(rawBody, req.headers, process.env.MENTEO_WEBHOOK_SECRET!);
 * } catch (err) {
 *   if (err instanceof WebhookVerificationError) console.warn(err.reason); // e.g. 'timestamp_too_old'
 *   else throw err;
 * }
 * ```
 */
export class WebhookVerificationError extends MenteoError {
  static override readonly kind: string = 'WebhookVerificationError';
  /** A stable code for what was wrong. */
  readonly reason: WebhookVerificationErrorReason;

  constructor(reason: WebhookVerificationErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}
