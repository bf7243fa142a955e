// The OAuth endpoints' own envelope. They are operations of the contract, but not of the bearer
// API: no Authorization header (the client is `client_id`), form bodies, and answers in the RFCs'
// shapes — pages for the reader, `{error, error_description}` for the client — instead of problem
// documents. So the app skips them in its generic envelope and mounts them here.
import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { AppDeps } from '../../app-deps.js';
import { readBodyText } from '../../http/body.js';
import { corsGrant } from '../../http/cors.js';
import type { OAuthOperationId } from '../../http/handler.js';
import { authorizePage, consent, type FlowContext, type PageAnswer, popupCallback } from './authorize.js';
import { pageLang } from './page-strings.js';
import { errorPage, popupCallbackPage } from './pages.js';
import { authenticateClient, exchangeToken, OAuthError, revokeToken, type TokenContext } from './tokens.js';

/** The operations this module serves, which the app's generic envelope leaves alone. */
export const oauthOperationIds: ReadonlySet<OAuthOperationId> = new Set<OAuthOperationId>([
  'showOAuthAuthorization',
  'consentOAuthAuthorization',
  'showOAuthPopupCallback',
  'exchangeOAuthToken',
  'revokeOAuthToken',
]);

const maxFormBytes = 16 * 1024;

/**
 * Mounts `/oauth/authorize`, `/oauth/popup-callback`, `/oauth/token` and `/oauth/revoke` on the app.
 *
 * @example
 * ```ts
 * const app = new Hono();
 * mountOAuth(app, deps);
 * ```
 */
export function mountOAuth(app: Hono, deps: AppDeps): void {
  const devOrigins = deps.devOrigins ?? [];
  const flowOf = (c: Context): FlowContext => ({
    db: deps.db,
    now: deps.now(),
    apiOrigin: new URL(c.req.url).origin,
    devOrigins,
    acceptLanguage: c.req.header('Accept-Language'),
  });

  app.get('/oauth/authorize', (c) => page(deps, c, () => authorizePage(flowOf(c), new URL(c.req.url).searchParams)));

  app.post('/oauth/authorize', async (c) => {
    const form = await readForm(c);
    return page(deps, c, () => {
      const lang = pageLang(form?.get('lang'), c.req.header('Accept-Language'));
      // A consent posted from another site's page is refused: only the sign-in page may answer.
      const origin = c.req.header('Origin');
      if (origin !== undefined && origin !== new URL(c.req.url).origin) return { status: 400, page: errorPage(lang, 'foreignAnswer') };
      if (!form) return { status: 400, page: errorPage(lang, 'unreadableForm') };
      return consent(flowOf(c), form);
    });
  });

  app.get('/oauth/popup-callback', (c) =>
    page(deps, c, () => {
      const answer = popupCallback(flowOf(c), new URL(c.req.url).searchParams);
      const lang = pageLang(new URL(c.req.url).searchParams.get('lang'), c.req.header('Accept-Language'));
      if (!answer) return { status: 400, page: errorPage(lang, 'nothingToSignIn') };
      return { status: 200, page: popupCallbackPage(answer.message, answer.origin, answer.lang) };
    }),
  );

  app.post('/oauth/token', (c) =>
    tokenEndpoint(deps, c, (ctx) => {
      const client = authenticateClient(ctx);
      const answer = exchangeToken(ctx, client);
      return answer.ok ? { status: 200, body: answer.body } : answer.error;
    }),
  );

  app.post('/oauth/revoke', (c) =>
    tokenEndpoint(deps, c, (ctx) => {
      revokeToken(ctx, authenticateClient(ctx));
      return { status: 200 };
    }),
  );
}

/** Runs a page request in one transaction; a failure is an error page, never a redirect. */
function page(deps: AppDeps, c: Context, run: () => PageAnswer): Response {
  const requestId = newRequestId();
  try {
    const answer = deps.db.transaction(run).immediate();
    if (answer.status === 303) {
      return new Response(null, {
        status: 303,
        headers: { Location: answer.location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Request-Id': requestId },
      });
    }
    return new Response(answer.page.html, { status: answer.status, headers: { ...answer.page.headers, 'X-Request-Id': requestId } });
  } catch (error) {
    deps.log(`[${requestId}] ${c.req.method} ${c.req.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const failed = errorPage(pageLang(new URL(c.req.url).searchParams.get('ui_locales'), c.req.header('Accept-Language')), 'failed');
    return new Response(failed.html, { status: 500, headers: { ...failed.headers, 'X-Request-Id': requestId } });
  }
}

/**
 * Runs a token or revocation request: reads the form, then the step in one transaction. An error
 * the step returns (rather than throws) commits its side effects: a reused code or refresh token
 * revokes its family even though the request is refused.
 */
async function tokenEndpoint(deps: AppDeps, c: Context, step: (ctx: TokenContext) => { status: 200; body?: object } | OAuthError): Promise<Response> {
  const requestId = newRequestId();
  const origin = c.req.header('Origin');
  const headers: Record<string, string> = { 'X-Request-Id': requestId, 'Cache-Control': 'no-store', Pragma: 'no-cache' };
  try {
    const form = await readForm(c);
    if (!form) throw new OAuthError('invalid_request', 'Send the parameters once each, as application/x-www-form-urlencoded (RFC 6749 §3.2).');
    const ctx: TokenContext = { db: deps.db, now: deps.now(), form, origin, devOrigins: deps.devOrigins ?? [] };
    const answer = deps.db.transaction(() => step(ctx)).immediate();
    // The origin passed the client's check (authenticateClient throws otherwise): let the page read the answer.
    if (origin !== undefined && !(answer instanceof OAuthError && answer.error === 'invalid_client')) Object.assign(headers, corsGrant(origin));
    if (answer instanceof OAuthError) return oauthError(answer, headers);
    if (!answer.body) return new Response(null, { status: 200, headers });
    return new Response(JSON.stringify(answer.body), { status: 200, headers: { ...headers, 'Content-Type': 'application/json' } });
  } catch (error) {
    if (error instanceof OAuthError) return oauthError(error, headers);
    deps.log(`[${requestId}] ${c.req.method} ${c.req.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return new Response(JSON.stringify({ error: 'server_error', error_description: 'Something went wrong on our side.' }), {
      status: 500,
      headers: { ...headers, 'Content-Type': 'application/json' },
    });
  }
}

function oauthError(error: OAuthError, headers: Record<string, string>): Response {
  return new Response(JSON.stringify({ error: error.error, error_description: error.description }), {
    status: error.status,
    headers: { ...headers, 'Content-Type': 'application/json' },
  });
}

/** The form body, or undefined when it is not form-encoded, too large, or repeats a parameter (RFC 6749 §3.1). */
async function readForm(c: Context): Promise<URLSearchParams | undefined> {
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) return undefined;
  let text: string;
  try {
    text = await readBodyText(c.req.raw, maxFormBytes);
  } catch {
    return undefined;
  }
  const form = new URLSearchParams(text);
  const names = [...form.keys()];
  return new Set(names).size === names.length ? form : undefined;
}

function newRequestId(): string {
  return `req_${randomBytes(12).toString('base64url')}`;
}
