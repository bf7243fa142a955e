import { prepared, type Db } from '../../db/database.js';
import { problem } from '../../http/problem.js';

/**
 * The key under which a page URL finds its thread: host (lower case, without a default
 * port) and path without trailing slashes; the scheme, query and fragment are left out, so
 * `https://Priya.dev/leading/?utm_source=x#top` and `http://priya.dev/leading` are one page.
 * The path's case is kept: servers may treat `/Leading` and `/leading` as two pages.
 * `undefined` for what is not an http(s) URL.
 *
 * @example
 * ```ts
 * pageKey('https://Priya.dev/leading/?utm_source=x#top'); // 'priya.dev/leading'
 * ```
 */
export function pageKey(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return `${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
}

/**
 * The threads whose `canonicalUrl` is the page `url` (see {@link pageKey}), whoever may
 * see them: the caller's visibility rules are applied by the query that uses the ids.
 * Only threads on the same host are read, so the scan stays small.
 *
 * @example
 * ```ts
 * const ids = threadsOnPage(db, 'https://priya.dev/leading/');
 * ```
 */
export function threadsOnPage(db: Db, url: string): string[] {
  const key = pageKey(url);
  if (!key) return [];
  const host = key.slice(0, key.indexOf('/') < 0 ? key.length : key.indexOf('/'));
  const candidates = prepared(db, `SELECT id, canonical_url FROM threads WHERE canonical_url IS NOT NULL AND instr(lower(canonical_url), ?) > 0`).all(host) as {
    id: string;
    canonical_url: string;
  }[];
  return candidates.filter((t) => pageKey(t.canonical_url) === key).map((t) => t.id);
}

/**
 * Refuses to let `ownerId`'s thread name a page that another person's thread already names:
 * a page shows one person's thread, the first to name it. Otherwise anyone could put their own
 * thread on a blog's page (`canonical-url="auto"` shows the page's thread with the latest
 * activity), by naming the page and posting. 409 naming `/canonicalUrl`; nothing is written.
 *
 * @example
 * ```ts
 * if (body.canonicalUrl) claimPage(ctx.db, body.canonicalUrl, viewer.userId);
 * ```
 */
export function claimPage(db: Db, url: string, ownerId: string): void {
  const ids = threadsOnPage(db, url);
  if (ids.length === 0) return;
  const others = prepared(db, `SELECT 1 FROM threads WHERE id IN (SELECT value FROM json_each(?)) AND owner_id != ? LIMIT 1`).get(JSON.stringify(ids), ownerId);
  if (others === undefined) return;
  throw problem.fieldTaken(
    '/canonicalUrl',
    'another person’s thread names this page',
    'Another person’s thread is already embedded on this page: a page shows one person’s thread.',
  );
}
