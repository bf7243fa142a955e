import { Problem } from './problem.js';

/**
 * Reads a request body as UTF-8 text, counting bytes as they arrive and giving up at
 * `limit`. A `Content-Length` can be checked before reading, but a chunked body
 * announces no size: reading it whole first would let one request hold any amount
 * of memory. The rest of a refused body is left unread (the node adapter drains or
 * closes the connection after the 413 is sent).
 *
 * @throws Problem 413 `payload_too_large` once more than `limit` bytes arrived.
 * @example
 * ```ts
 * const text = await readBodyText(c.req.raw, 64 * 1024);
 * ```
 */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw payloadTooLarge(limit);
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  // TextDecoder as `Request.text()` does it: invalid bytes become U+FFFD, a BOM is dropped.
  return new TextDecoder().decode(Buffer.concat(chunks, size));
}

/** The 413 for a body over `limit` bytes, announced or counted. */
export function payloadTooLarge(limit: number): Problem {
  return new Problem(413, 'payload_too_large', `Request bodies are limited to ${limit} bytes.`);
}
