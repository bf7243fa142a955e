import { prepared, type Db } from '../../db/database.js';
import { isDevOrigin, originAllowed } from '../../http/auth.js';
import type { Principal } from '../../http/handler.js';

/** The path of the hosted popup callback, a redirect URI every publishable key may use. */
export const popupCallbackPath = '/oauth/popup-callback';

/** A public OAuth client: a publishable key and its organization. */
export type OAuthClient = Extract<Principal, { kind: 'publishable' }>;

/**
 * The publishable key named by `client_id`, or undefined. A secret key is never a public client:
 * it would be a credential sent from a page.
 *
 * @example
 * ```ts
 * findClient(db, 'pk_test_demo'); // { kind: 'publishable', orgId: 'org_demo', key: 'pk_test_demo', mode: 'test' }
 * ```
 */
export function findClient(db: Db, clientId: string | undefined): OAuthClient | undefined {
  if (!clientId) return undefined;
  const row = prepared(db, "SELECT key, org_id, mode FROM api_keys WHERE key = ? AND kind = 'publishable'").get(clientId) as
    | { key: string; org_id: string; mode: 'test' | 'live' }
    | undefined;
  return row ? { kind: 'publishable', key: row.key, orgId: row.org_id, mode: row.mode } : undefined;
}

/**
 * Where the answer of an authorization goes, once `redirectUri` is known to be registered for
 * the client: the origin of the page that may receive it. Undefined when the URI is not
 * registered, or its page's origin is not allowed for the key (the caller shows an error page and
 * redirects nowhere).
 *
 * Registered are: the API's own popup callback (`apiOrigin` + {@link popupCallbackPath}), whose
 * page is `pageOrigin`, the opener; for test keys, any URI on a development origin
 * (`http(s)://localhost:*`, 127.0.0.1, `--allow-origin`); and the URIs in `oauth_redirect_uris`.
 * Every URI compares exactly, and every page origin must pass the same allowed-origins check as a
 * browser request with the key.
 *
 * @example
 * ```ts
 * redirectTarget(db, client, 'http://127.0.0.1:4010/oauth/popup-callback', 'http://127.0.0.1:4010', 'http://localhost:8080', []);
 * // { origin: 'http://localhost:8080', popup: true }
 * ```
 */
export function redirectTarget(
  db: Db,
  client: OAuthClient,
  redirectUri: string,
  apiOrigin: string,
  pageOrigin: string | undefined,
  devOrigins: readonly string[],
): { origin: string; popup: boolean } | undefined {
  const url = parseUrl(redirectUri);
  if (!url || url.hash || url.username || url.password) return undefined;
  if (url.origin === apiOrigin && url.pathname === popupCallbackPath && url.search === '') {
    if (!pageOrigin || parseUrl(pageOrigin)?.origin !== pageOrigin) return undefined;
    return originAllowed(db, client, pageOrigin, devOrigins) ? { origin: pageOrigin, popup: true } : undefined;
  }
  const registered =
    (client.mode === 'test' && isDevOrigin(url.origin, devOrigins)) ||
    prepared(db, 'SELECT 1 FROM oauth_redirect_uris WHERE client_id = ? AND uri = ?').get(client.key, redirectUri) !== undefined;
  if (!registered || !originAllowed(db, client, url.origin, devOrigins)) return undefined;
  return { origin: url.origin, popup: false };
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
