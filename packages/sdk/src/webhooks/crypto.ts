// Small WebCrypto helpers shared by `verify` and `sign`. Only web-standard APIs
// (crypto.subtle, TextEncoder, atob, btoa): runs unchanged in browsers, Node ≥ 20 and edge runtimes.
import { WebhookVerificationError, type WebhookVerificationErrorReason } from './errors.js';

/** Decodes standard base64 (padding optional); throws on anything else. */
export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Encodes bytes as standard base64. */
export const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** Throws a {@link WebhookVerificationError}. */
export const fail = (reason: WebhookVerificationErrorReason, message: string): never => {
  throw new WebhookVerificationError(reason, message);
};

/**
 * Compares two byte arrays in time that depends only on their lengths, never on
 * where they differ: every byte is visited, differences are OR-ed together.
 *
 * @example
 * ```ts
 * timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])); // true
 * ```
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ (b[i] ?? 0);
  return diff === 0;
}

export const INVALID_SECRET = 'Invalid secret: expected whsec_<base64>.';

/** The HMAC key bytes of a Standard Webhooks secret (`whsec_<base64>`, the prefix optional). */
export function secretKey(secret: unknown): Uint8Array<ArrayBuffer> {
  let key: Uint8Array<ArrayBuffer> | undefined;
  try {
    key = fromBase64((secret as string).replace(/^whsec_/, ''));
  } catch {
    // reported below, without echoing the secret
  }
  return key?.length ? key : fail('invalid_secret', INVALID_SECRET);
}

/** HMAC-SHA256 of `"<id>.<timestamp>.<body>"`, computed over the exact body bytes. */
export async function signature(key: Uint8Array<ArrayBuffer>, id: string, timestamp: string, body: Uint8Array): Promise<Uint8Array> {
  const prefix = utf8(`${id}.${timestamp}.`);
  const content = new Uint8Array(prefix.length + body.length);
  content.set(prefix);
  content.set(body, prefix.length);
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, content));
}
