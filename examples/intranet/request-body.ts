// A request's body as text, up to a limit: the admin routes take a CSV file or a small JSON form.
import type { IncomingMessage } from 'node:http';

/**
 * The body as UTF-8 text, or `undefined` past `limit` bytes (then the caller answers 413).
 *
 * @example
 * ```ts
 * const csv = await textBody(req, 2_000_000);
 * if (csv === undefined) return res.writeHead(413).end();
 * ```
 */
export async function textBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Read to the end even past the limit (without keeping it): leaving early would destroy the
  // socket before the answer goes out.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit ? undefined : Buffer.concat(chunks).toString('utf8');
}
