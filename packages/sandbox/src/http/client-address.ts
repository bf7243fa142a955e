import type { Context } from 'hono';

/** What requests handled in-process (`app.request`, `sandbox.fetch`) count as: they have no socket. */
export const inProcessAddress = 'in-process';

/**
 * The address a request's rate limits are counted against: the TCP peer, never a header.
 * `X-Forwarded-For` is whatever the client wants it to be, so trusting it would let one
 * client pose as as many visitors as it likes. IPv4-mapped IPv6 peers count as their IPv4
 * address, and an IPv6 peer as its /64: one host usually holds a whole /64, and could
 * otherwise rotate addresses to get a fresh budget each time.
 *
 * @example
 * ```ts
 * clientAddress(c); // '127.0.0.1', '2001:db8:0:1::/64', or 'in-process'
 * ```
 */
export function clientAddress(c: Context): string {
  const remote = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress;
  if (!remote) return inProcessAddress;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remote);
  if (mapped) return mapped[1]!;
  if (!remote.includes(':')) return remote;
  return `${ipv6Prefix64(remote)}::/64`;
}

/** The first four groups of an IPv6 address, expanded (`2001:db8::1` → `2001:db8:0:0`). */
function ipv6Prefix64(address: string): string {
  const [head = '', tail] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':');
}
