// Drives the OAuth flow over real HTTP the way a browser and a page do, without following
// redirects: each test looks at where an answer would have gone.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { demo } from '../../src/demo.js';
import type { TestSandbox } from './harness.js';

/** A PKCE pair (RFC 7636): a random verifier and its S256 challenge. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** A raw answer: status, headers, body text; redirects are not followed. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/** A request without the bearer credential the harness adds, redirects left unfollowed. */
export async function raw(
  s: TestSandbox,
  method: 'GET' | 'POST',
  path: string,
  options: { form?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.form) headers['Content-Type'] ??= 'application/x-www-form-urlencoded';
  const response = await fetch(new URL(path, s.url), {
    method,
    headers,
    redirect: 'manual',
    ...(options.form ? { body: new URLSearchParams(options.form).toString() } : {}),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The parameters of `/oauth/authorize` for the demo key and the hosted popup callback, with `overrides`. */
export function authorizeQuery(s: TestSandbox, challenge: string, overrides: Record<string, string | undefined> = {}): string {
  const params: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: demo.keys.demoPublishable,
    redirect_uri: `${s.url}/oauth/popup-callback`,
    state: 'state-0123456789',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    origin: 'http://localhost:8080',
    ...overrides,
  };
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, value);
  return `/oauth/authorize?${query}`;
}

/** The request id in a sign-in page's form. */
export function requestIdOf(html: string): string {
  const match = html.match(/name="request" value="(oar_[A-Za-z0-9_-]+)"/);
  assert.ok(match, `no request id in the page: ${html.slice(0, 500)}`);
  return match[1]!;
}

/** The parameters of a 303's Location. */
export function locationOf(answer: RawAnswer): URL {
  assert.equal(answer.status, 303, `expected a redirect, got ${answer.status}: ${answer.text.slice(0, 300)}`);
  return new URL(answer.headers.get('Location')!);
}

/**
 * The whole consent: the page, then Allow as `userId`. Returns the code and where it was sent.
 */
export async function authorize(
  s: TestSandbox,
  options: { overrides?: Record<string, string | undefined>; userId?: string; pkce?: { verifier: string; challenge: string } } = {},
): Promise<{ code: string; redirect: URL; verifier: string; redirectUri: string }> {
  const pkce = options.pkce ?? pkcePair();
  const page = await raw(s, 'GET', authorizeQuery(s, pkce.challenge, options.overrides));
  assert.equal(page.status, 200, page.text.slice(0, 500));
  const consent = await raw(s, 'POST', '/oauth/authorize', {
    form: { request: requestIdOf(page.text), decision: 'allow', user_id: options.userId ?? demo.users.mentee.id },
  });
  const redirect = locationOf(consent);
  const code = redirect.searchParams.get('code') ?? '';
  assert.match(code, /^oac_/, `no code in ${redirect}`);
  return { code, redirect, verifier: pkce.verifier, redirectUri: options.overrides?.redirect_uri ?? `${s.url}/oauth/popup-callback` };
}

/** POST /oauth/token with a form; the JSON answer. */
export async function token(
  s: TestSandbox,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, string>; headers: Headers }> {
  const answer = await raw(s, 'POST', '/oauth/token', { form, headers });
  return { status: answer.status, body: JSON.parse(answer.text) as Record<string, string>, headers: answer.headers };
}

/** Exchanges a code from {@link authorize} for tokens. */
export async function exchange(s: TestSandbox, flow: { code: string; verifier: string; redirectUri: string }, clientId: string = demo.keys.demoPublishable) {
  return token(s, { grant_type: 'authorization_code', code: flow.code, code_verifier: flow.verifier, redirect_uri: flow.redirectUri, client_id: clientId });
}

/** The status of `GET /v1/me` with an access token: 200 while it works. */
export async function meStatus(s: TestSandbox, accessToken: string): Promise<{ status: number; id?: string }> {
  const res = await s.request<{ id: string }>('GET', '/v1/me', { auth: accessToken });
  return { status: res.status, ...(res.status === 200 ? { id: res.body.id } : {}) };
}
