// The intranet's own session: a cookie naming the signed-in employee, signed with HMAC-SHA256 so
// that no one can write their own (`session=demo-mentor` typed into devtools signs in no one).
// The key is the server's alone: INTRANET_SESSION_SECRET, or a random one per process (a restart
// then signs everyone out, which is fine for an example).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Makes and reads the session cookie. */
export interface SessionCookies {
  /** The `Set-Cookie` value that signs `employeeId` in. */
  signIn(employeeId: string): string;
  /** The signed-in employee's id from a `Cookie` header, or `undefined` (none, or not ours). */
  read(cookieHeader: string | undefined): string | undefined;
}

/**
 * Session cookies signed with `secret` (at least 32 bytes of randomness is plenty).
 *
 * @example
 * ```ts
 * const sessions = sessionCookies(process.env.INTRANET_SESSION_SECRET ?? randomBytes(32));
 * res.setHeader('Set-Cookie', sessions.signIn('demo-mentee'));
 * const who = sessions.read(req.headers.cookie); // 'demo-mentee'
 * ```
 */
export function sessionCookies(secret: string | Buffer = randomBytes(32)): SessionCookies {
  const mac = (id: string) => createHmac('sha256', secret).update(`session:${id}`).digest('base64url');
  return {
    signIn: (id) => `session=${id}.${mac(id)}; Path=/; HttpOnly; SameSite=Lax`,
    read(header) {
      const value = /(?:^|;\s*)session=([\w-]+)\.([\w-]+)(?:;|$)/.exec(header ?? '');
      if (!value) return undefined;
      const [, id, signature] = value as unknown as [string, string, string];
      const expected = Buffer.from(mac(id));
      const given = Buffer.from(signature);
      // Compared in constant time: how long a wrong guess takes must not tell how close it was.
      return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
    },
  };
}
