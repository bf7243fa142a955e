// A local webhook receiver for the webhook suites, and verification at the sandbox's clock.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One request the receiver got. */
export interface Delivery {
  path: string;
  headers: Record<string, string>;
  body: string;
  answered: number;
}

/** A receiver on 127.0.0.1: records every delivery and answers what `answer` says (default 204). */
export interface Receiver {
  url: string;
  deliveries: Delivery[];
  close(): Promise<void>;
}

export async function startReceiver(answer: (path: string) => number = () => 204, onRequest?: (path: string) => void): Promise<Receiver> {
  const deliveries: Delivery[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const path = req.url ?? '/';
      onRequest?.(path);
      const answered = answer(path);
      deliveries.push({ path, headers: req.headers as Record<string, string>, body, answered });
      res.statusCode = answered;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deliveries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Verifies a delivery with the reference Standard Webhooks library, as a receiver does: against
 * the machine's clock, which signs it, even though the sandbox's own clock is elsewhere in time.
 */
export function verify<T>(secret: string, delivery: Delivery): T {
  return new Webhook(secret).verify(delivery.body, delivery.headers) as T;
}

/** Waits until `condition` holds (polling), or fails with `message` after `ms`. */
export async function until(condition: () => boolean, message: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
