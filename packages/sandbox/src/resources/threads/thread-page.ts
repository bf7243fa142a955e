import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { AppDeps } from '../../app-deps.js';
import { prepared, type Db } from '../../db/database.js';
import { userSummary } from '../../users.js';
import { findThread } from './access.js';
import type { PostRow, ThreadRow } from './rows.js';

/** How many posts the page shows, newest first: a permalink, not the whole archive. */
const shownPosts = 50;

const style = `body{font:16px/1.6 system-ui,sans-serif;margin:0;color:#1b1b1f;background:#fff}
main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 .25rem}
.meta,.stats{color:#4a4a55;font-size:.9rem}
ol{list-style:none;padding:0}
article{border-top:1px solid #d0d0d8;padding:1rem 0}
h3{font-size:1rem;margin:0}
a{color:#1d4ed8}
@media (prefers-color-scheme:dark){body{color:#ececf1;background:#16161a}.meta,.stats{color:#b4b4c0}article{border-color:#3a3a44}a{color:#93b4ff}}`;

/**
 * No script, no outside resource, no framing, no form: the page is text and its one
 * stylesheet, allowed by hash rather than `unsafe-inline`.
 */
const csp = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const headers = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': csp,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"hi"</b>'); // '&lt;b&gt;&quot;hi&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A post's text as paragraphs (blank lines part them), escaped: CommonMark is shown as written, never as HTML. */
function paragraphs(body: string): string {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function page(title: string, body: string, canonical?: string | null): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>${
    canonical ? `<link rel="canonical" href="${escapeHtml(canonical)}">` : ''
  }<style>${style}</style></head><body><main>${body}</main></body></html>`;
}

/**
 * The hosted page of a thread: its title, owner, summary and newest posts, rendered on the
 * server with every piece of text escaped.
 *
 * @example
 * ```ts
 * const html = threadPage(db, thread);
 * ```
 */
export function threadPage(db: Db, thread: ThreadRow): string {
  const owner = userSummary(db, thread.owner_id);
  const posts = prepared(db, 'SELECT * FROM posts WHERE thread_id = ? ORDER BY created_at DESC, id DESC LIMIT ?').all(thread.id, shownPosts) as PostRow[];
  const items = posts
    .map(
      (p) =>
        `<li><article aria-labelledby="${p.id}"><h3 id="${p.id}">${escapeHtml(p.kind[0]!.toUpperCase() + p.kind.slice(1))} · <time datetime="${p.created_at}">${p.created_at.slice(0, 10)}</time></h3>${paragraphs(p.body)}<p class="stats">${plural(p.comment_count, 'comment', 'comments')}</p></article></li>`,
    )
    .join('');
  const more = thread.post_count > posts.length ? `<p class="stats">The ${posts.length} newest of ${thread.post_count} posts.</p>` : '';
  const body = `<header><h1>${escapeHtml(thread.title)}</h1><p class="meta">A growth thread by ${escapeHtml(owner.name)}${
    owner.headline ? `, ${escapeHtml(owner.headline)}` : ''
  }</p>${thread.summary ? `<p>${escapeHtml(thread.summary)}</p>` : ''}<p class="stats">${plural(thread.post_count, 'post', 'posts')} · ${plural(thread.follower_count, 'follower', 'followers')}</p>${
    thread.canonical_url ? `<p><a href="${escapeHtml(thread.canonical_url)}">Read it where it was written</a></p>` : ''
  }</header><section aria-labelledby="posts"><h2 id="posts">Posts</h2>${posts.length ? `<ol>${items}</ol>` : '<p>No posts yet.</p>'}${more}</section>`;
  return page(`${thread.title} · ${owner.name}`, body, thread.canonical_url);
}

/**
 * Serves `GET /t/:threadId`, the `htmlUrl` of every thread: the page of a `public` or
 * `unlisted` thread (anyone with the link may read those), and a plain 404 page for any
 * other id, so a private thread's existence is not revealed.
 *
 * @example
 * ```ts
 * mountThreadPages(app, deps);
 * ```
 */
export function mountThreadPages(app: Hono, deps: AppDeps): void {
  app.get('/t/:threadId', (c) => {
    const thread = findThread(deps.db, c.req.param('threadId'));
    if (!thread || (thread.visibility !== 'public' && thread.visibility !== 'unlisted')) {
      return new Response(page('Thread not found', '<h1>Thread not found</h1><p>There is no thread here, or it is not public.</p>'), { status: 404, headers });
    }
    return new Response(threadPage(deps.db, thread), { status: 200, headers });
  });
}
