// CSRF for the admin routes that change something. The session cookie is SameSite=Lax, which
// already keeps it off another site's fetch or form POST in current browsers; on top of that a
// state-changing request must say it comes from this origin, as browsers do on every POST, PATCH
// or DELETE (`Origin`, and `Sec-Fetch-Site` where supported). No header, no change: an old
// browser or a script without them is refused rather than trusted.
import type { IncomingMessage } from 'node:http';

/**
 * Whether `req` was sent by a page of this intranet itself.
 *
 * @example
 * ```ts
 * if (req.method !== 'GET' && !fromThisOrigin(req)) return res.writeHead(403).end('cross-site request refused');
 * ```
 */
export function fromThisOrigin(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  return req.headers.origin === `http://${req.headers.host}`;
}
