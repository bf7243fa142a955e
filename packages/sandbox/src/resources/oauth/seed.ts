// The OAuth clients' seeded data: here, not in clients.ts, so that the seed loads no request
// handling (clients.ts checks origins with http/auth.ts; test/core/imports.test.ts keeps the seed
// free of http/).
import { prepared, type Db } from '../../db/database.js';
import { demo } from '../../demo.js';

/**
 * Seeds the redirect URIs of the demo keys: Acme's intranet has a callback page of its own. The
 * demo key, for static pages, relies on the hosted popup callback and on development origins.
 *
 * @example
 * ```ts
 * seedOAuthClients(db);
 * ```
 */
export function seedOAuthClients(db: Db): void {
  prepared(db, 'INSERT INTO oauth_redirect_uris (client_id, uri) VALUES (?, ?)').run(demo.keys.acmePublishable, 'https://intranet.acme.example/oauth/callback');
}
