// /oauth/authorize: the sign-in page (GET) and the reader's answer (POST). Until the redirect URI
// and the page's origin are verified, every failure is an error page: redirecting to an
// unverified URI would make the API an open redirector (RFC 6749 §4.1.2.1).
import { prepared, type Db } from '../../db/database.js';
import { newId } from '../../ids.js';
import { insertUser } from '../../users.js';
import { findClient, popupCallbackPath, redirectTarget } from './clients.js';
import { type PageError, type PageLang, pageLang } from './page-strings.js';
import { errorPage, type Page, type Person, signInPage } from './pages.js';
import { challengePattern, hashSecret, newSecret } from './secrets.js';

/** How long the sign-in page's form stays valid. */
export const requestTtlMs = 10 * 60_000;
/** How long an authorization code may wait for its exchange. */
export const codeTtlMs = 5 * 60_000;

/** What a page request answers: a page, or a redirect to the verified redirect URI. */
export type PageAnswer = { status: 200 | 400; page: Page } | { status: 303; location: string };

/** What the flow needs besides the database: the clock, this API's origin, the sandbox's extra development origins, the browser's languages. */
export interface FlowContext {
  db: Db;
  now: Date;
  apiOrigin: string;
  devOrigins: readonly string[];
  /** The request's Accept-Language: the pages' language when the page asks for none. */
  acceptLanguage?: string;
}

interface RequestRow {
  id: string;
  client_id: string;
  org_id: string;
  redirect_uri: string;
  origin: string;
  state: string | null;
  code_challenge: string | null;
  expires_at: string;
  answered_at: string | null;
}

/**
 * GET /oauth/authorize: checks the client, the redirect URI and the origin (error pages), then the
 * rest of the request (errors redirected), records it and shows the sign-in page.
 *
 * @example
 * ```ts
 * authorizePage(flow, new URLSearchParams({ response_type: 'code', client_id: 'pk_test_demo', … }));
 * ```
 */
export function authorizePage(flow: FlowContext, query: URLSearchParams): PageAnswer {
  const lang = pageLang(query.get('ui_locales'), flow.acceptLanguage);
  const client = findClient(flow.db, query.get('client_id') ?? undefined);
  if (!client) return { status: 400, page: errorPage(lang, 'unknownClient') };
  const redirectUri = query.get('redirect_uri') ?? '';
  const target = redirectTarget(flow.db, client, redirectUri, flow.apiOrigin, query.get('origin') ?? undefined, flow.devOrigins);
  if (!target) return { status: 400, page: errorPage(lang, 'unregisteredRedirect') };
  const state = query.get('state');
  const challenge = query.get('code_challenge');
  const method = query.get('code_challenge_method');
  const requestId = newSecret('oar');
  const failure =
    query.get('response_type') !== 'code'
      ? { error: 'unsupported_response_type', description: 'response_type must be code.' }
      : !challenge || !challengePattern.test(challenge)
        ? { error: 'invalid_request', description: 'PKCE is required: send code_challenge, BASE64URL(SHA-256(code_verifier)).' }
        : method !== 'S256'
          ? { error: 'invalid_request', description: 'code_challenge_method must be S256; plain is not accepted.' }
          : !state
            ? { error: 'invalid_request', description: 'state is required.' }
            : undefined;
  prepared(
    flow.db,
    `INSERT INTO oauth_requests (id, client_id, org_id, redirect_uri, origin, state, code_challenge, expires_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    requestId,
    client.key,
    client.orgId,
    redirectUri,
    target.origin,
    state,
    failure ? null : challenge,
    new Date(flow.now.getTime() + requestTtlMs).toISOString(),
    flow.now.toISOString(),
  );
  if (failure) {
    return { status: 303, location: answerUrl(flow, redirectUri, { error: failure.error, error_description: failure.description, state }, lang, requestId) };
  }
  const organization = (prepared(flow.db, 'SELECT name FROM organizations WHERE id = ?').get(client.orgId) as { name: string }).name;
  return {
    status: 200,
    page: signInPage({
      lang,
      requestId,
      organization,
      pageOrigin: target.origin,
      people: peopleOf(flow.db, client.orgId),
      formTarget: target.popup ? flow.apiOrigin : target.origin,
    }),
  };
}

/**
 * POST /oauth/authorize: the reader's answer. `allow` issues a single-use code for the chosen
 * (or new) person; `deny` answers `access_denied`. Both go to the verified redirect URI.
 *
 * @example
 * ```ts
 * consent(flow, new URLSearchParams({ request: 'oar_…', decision: 'allow', user_id: 'usr_demomentee' }));
 * ```
 */
export function consent(flow: FlowContext, form: URLSearchParams): PageAnswer {
  const lang = pageLang(form.get('lang'), flow.acceptLanguage);
  const request = prepared(flow.db, 'SELECT * FROM oauth_requests WHERE id = ?').get(form.get('request') ?? '') as RequestRow | undefined;
  if (!request?.code_challenge || request.answered_at || Date.parse(request.expires_at) <= flow.now.getTime()) {
    return { status: 400, page: errorPage(lang, 'expired') };
  }
  const decision = form.get('decision');
  if (decision !== 'allow' && decision !== 'deny') return { status: 400, page: errorPage(lang, 'noDecision') };
  // The form is single-use either way: a second answer to the same page is refused.
  prepared(flow.db, 'UPDATE oauth_requests SET answered_at = ? WHERE id = ?').run(flow.now.toISOString(), request.id);
  if (decision === 'deny') {
    const error = { error: 'access_denied', error_description: 'The reader cancelled.', state: request.state };
    return { status: 303, location: answerUrl(flow, request.redirect_uri, error, lang, request.id) };
  }
  const userId = chosenPerson(flow, request.org_id, form);
  if (typeof userId !== 'string') return { status: 400, page: errorPage(lang, userId.error) };
  const code = newSecret('oac');
  prepared(
    flow.db,
    `INSERT INTO oauth_codes (code_hash, request_id, client_id, user_id, redirect_uri, origin, code_challenge, expires_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    hashSecret(code),
    request.id,
    request.client_id,
    userId,
    request.redirect_uri,
    request.origin,
    request.code_challenge,
    new Date(flow.now.getTime() + codeTtlMs).toISOString(),
    flow.now.toISOString(),
  );
  return { status: 303, location: answerUrl(flow, request.redirect_uri, { code, state: request.state }, lang) };
}

/**
 * GET /oauth/popup-callback: the page that hands the answer to the opener, at the origin the flow
 * was verified for — found from the code (or, for an error, the request), never from the URL.
 *
 * @example
 * ```ts
 * popupCallback(flow, new URLSearchParams({ code: 'oac_…', state: 's' }));
 * ```
 */
export function popupCallback(flow: FlowContext, query: URLSearchParams): { origin: string; message: Record<string, string>; lang: PageLang } | undefined {
  const lang = pageLang(query.get('lang'), flow.acceptLanguage);
  const code = query.get('code');
  const state = query.get('state') ?? '';
  if (code) {
    const row = prepared(flow.db, 'SELECT origin, redirect_uri FROM oauth_codes WHERE code_hash = ?').get(hashSecret(code)) as
      | { origin: string; redirect_uri: string }
      | undefined;
    if (!row || !isPopupCallback(flow, row.redirect_uri)) return undefined;
    return { origin: row.origin, message: { type: 'menteo:oauth', code, state }, lang };
  }
  const error = query.get('error');
  const requestId = query.get('request');
  if (!error || !requestId) return undefined;
  const row = prepared(flow.db, 'SELECT origin FROM oauth_requests WHERE id = ?').get(requestId) as { origin: string } | undefined;
  if (!row) return undefined;
  return { origin: row.origin, message: { type: 'menteo:oauth', error, state }, lang };
}

/**
 * The redirect URI with the answer in its query. The hosted popup callback, this API's own page,
 * also gets the language to speak and, for an error, the request whose origin the answer goes to;
 * another site's redirect URI gets only what OAuth defines.
 */
function answerUrl(flow: FlowContext, redirectUri: string, answer: Record<string, string | null>, lang: PageLang, errorOf?: string): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(answer)) if (value !== null) url.searchParams.set(name, value);
  if (isPopupCallback(flow, redirectUri)) {
    if (errorOf) url.searchParams.set('request', errorOf);
    url.searchParams.set('lang', lang);
  }
  return url.toString();
}

function isPopupCallback(flow: FlowContext, uri: string): boolean {
  return uri === `${flow.apiOrigin}${popupCallbackPath}`;
}

/** The organization's people, for the sign-in page: its own members (not the public network's mentors). */
function peopleOf(db: Db, orgId: string): Person[] {
  return prepared(db, 'SELECT id, name, headline FROM users WHERE org_id = ? ORDER BY created_at, name LIMIT 50').all(orgId) as Person[];
}

/** The person the reader chose: one of the organization's, or a new account from name and email. */
function chosenPerson(flow: FlowContext, orgId: string, form: URLSearchParams): string | { error: PageError } {
  const userId = form.get('user_id');
  if (userId && userId !== 'new') {
    const row = prepared(flow.db, 'SELECT id FROM users WHERE id = ? AND org_id = ?').get(userId, orgId) as { id: string } | undefined;
    return row ? row.id : { error: 'notMember' };
  }
  const name = (form.get('name') ?? '').trim();
  const email = (form.get('email') ?? '').trim().toLowerCase();
  if (!name || name.length > 120) return { error: 'needName' };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) return { error: 'needEmail' };
  if (prepared(flow.db, 'SELECT 1 FROM users WHERE org_id = ? AND email = ?').get(orgId, email)) {
    return { error: 'emailTaken' };
  }
  const id = newId('usr');
  insertUser(flow.db, { id, orgId, email, name, createdAt: flow.now.toISOString() });
  return id;
}
