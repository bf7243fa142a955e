import { randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { AppDeps } from './app-deps.js';
import { appendEvent, type LoggedEvent } from './events/event-log.js';
import { authenticate, authorize, originAllowed, originKnown } from './http/auth.js';
import { requireScope } from './http/personal-token-scopes.js';
import { payloadTooLarge, readBodyText } from './http/body.js';
import { clientAddress } from './http/client-address.js';
import { serveReference } from './http/reference.js';
import { listOperations, loadContract, type Operation } from './http/contract.js';
import { corsGrant, preflightGrant } from './http/cors.js';
import { withCursorKey } from './http/cursor.js';
import { etagOf, matchesIfNoneMatch } from './http/etag.js';
import type { Audience, EventType, Handler, HandlerContext, OAuthOperationId, OperationId, Principal, StreamedOperationId } from './http/handler.js';
import { findReplay, fingerprint, remember, type StoredResponse } from './http/idempotency.js';
import { Problem } from './http/problem.js';
import type { StreamHandler } from './http/stream-handler.js';
import { ContractValidator, validateBody, validateParameters } from './http/validation.js';
import { handlers, streamHandlers } from './handlers.js';
import { mountOAuth, oauthOperationIds } from './resources/oauth/routes.js';
import { mountThreadPages } from './resources/threads/thread-page.js';

/** Request bodies above this are refused before parsing. */
export const maxBodyBytes = 64 * 1024;

/**
 * The sandbox's HTTP app. Routes are not written by hand: every operation of the
 * contract is registered from the document, validated against it and dispatched
 * to the handler with its operationId, so the sandbox cannot drift from the contract.
 * A handler is of one of two kinds: a synchronous JSON reply run in a transaction
 * (`handlers`), or a response it streams itself (`streamHandlers`).
 *
 * @example
 * ```ts
 * const app = createApp(deps);
 * await app.request('/v1/mentors', { headers: { Authorization: 'Bearer pk_test_demo' } });
 * ```
 */
export function createApp(deps: AppDeps): Hono {
  const doc = loadContract();
  const operations = listOperations(doc);
  const validator = new ContractValidator(doc);
  const app = new Hono();
  serveReference(app, doc);

  for (const operation of operations) {
    if (oauthOperationIds.has(operation.id as OAuthOperationId)) continue;
    const stream = streamHandlerOf(operation.id);
    app.on(operation.method, operation.routePath, (c) =>
      respond(
        c,
        deps,
        async (state) => {
          // Compiled on the operation's first request (then cached): most sandboxes, a test's
          // above all, answer a few operations, and compiling all of them was most of a start.
          const compiled = validator.compile(operation);
          const params = validateParameters(compiled.path, c.req.param() as Record<string, string>, 'path');
          const query = validateParameters(compiled.query, firstValues(c.req.queries()), 'query');
          validateParameters(compiled.header, c.req.header(), 'header');
          if (stream) {
            const principal = state.principal!;
            return stream({
              operationId: operation.id as StreamedOperationId,
              params: params as never,
              query: query as never,
              principal,
              requestId: state.requestId,
              deps,
              c,
            });
          }
          const body = await readBody(c, operation, compiled.body);
          return dispatch(c, deps, operation, state, { params, query, body });
        },
        operation,
      ),
    );
  }

  mountOAuth(app, deps);
  mountThreadPages(app, deps);

  // Preflights carry no credential: answer for every origin some organization allows.
  app.options('*', (c) => {
    const origin = c.req.header('Origin');
    const requestId = newRequestId();
    if (origin && originKnown(deps.db, origin, deps.devOrigins)) {
      return new Response(null, {
        status: 204,
        headers: { ...preflightGrant(origin, c.req.header('Access-Control-Request-Headers')), 'X-Request-Id': requestId },
      });
    }
    return problemResponse(new Problem(403, 'origin_not_allowed', 'This origin is not allowed to call the Menteo API.'), requestId, c.req.path, {});
  });

  const routes = operations.map((op) => ({ method: op.method, pattern: new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`) }));
  app.notFound((c) => {
    const allowed = routes.filter((r) => r.pattern.test(c.req.path)).map((r) => r.method);
    const requestId = newRequestId();
    if (allowed.length) {
      return problemResponse(
        new Problem(405, 'method_not_allowed', `${c.req.method} is not supported here; use ${allowed.join(', ')}.`, undefined, { Allow: allowed.join(', ') }),
        requestId,
        c.req.path,
        {},
      );
    }
    return problemResponse(new Problem(404, 'not_found', `There is no ${c.req.path} in the Menteo API.`), requestId, c.req.path, {});
  });

  return app;
}

interface RequestState {
  requestId: string;
  principal?: Principal;
  headers: Record<string, string>;
}

/**
 * The envelope every operation runs in: request id, faults, authentication, CORS,
 * rate limits, authorization, and the mapping of thrown problems to RFC 9457 responses.
 */
async function respond(c: Context, deps: AppDeps, run: (state: RequestState) => Promise<Response>, operation: Operation): Promise<Response> {
  const state: RequestState = { requestId: newRequestId(), headers: {} };
  const origin = c.req.header('Origin');
  const fate = deps.faults.draw();
  await deps.faults.delay();
  try {
    if (fate === 'before') throw new Problem(503, 'service_unavailable', 'Injected fault (--fail-rate): the request was not handled.');
    const address = clientAddress(c);
    const at = deps.now();
    deps.rateLimiter.checkAuthFailures(address, at.getTime());
    let principal: Principal;
    try {
      principal = authenticate(deps.db, c.req.header('Authorization'), at);
    } catch (error) {
      // An expired token was genuinely issued (the SDK refreshes on it): only guesses and garbage count.
      if (error instanceof Problem && error.status === 401 && error.code !== 'token_expired') deps.rateLimiter.authFailed(address, at.getTime());
      throw error;
    }
    state.principal = principal;
    if (origin !== undefined) {
      if (principal.kind === 'secret') {
        throw new Problem(403, 'secret_key_in_browser', 'Secret keys must never be used from a browser; mint a user token on your backend instead.');
      }
      if (!originAllowed(deps.db, principal, origin, deps.devOrigins)) {
        throw new Problem(403, 'origin_not_allowed', `The origin ${origin} is not in this organization's allowed origins.`);
      }
      Object.assign(state.headers, corsGrant(origin));
    }
    Object.assign(state.headers, deps.rateLimiter.hit(rateBudgetOf(principal, address), at.getTime()));
    authorize(principal, operation.auth);
    requireScope(principal, operation);
    const response = await run(state);
    if (fate === 'after-503') {
      return problemResponse(
        new Problem(503, 'service_unavailable', 'Injected fault (--fail-rate): the request was handled but its answer was lost.'),
        state.requestId,
        c.req.path,
        state.headers,
      );
    }
    if (fate === 'after-drop' && !dropConnection(c)) {
      return problemResponse(
        new Problem(503, 'service_unavailable', 'Injected fault (--fail-rate): the request was handled but its answer was lost.'),
        state.requestId,
        c.req.path,
        state.headers,
      );
    }
    for (const [name, value] of Object.entries(state.headers)) response.headers.set(name, value);
    response.headers.set('X-Request-Id', state.requestId);
    return response;
  } catch (error) {
    if (
      origin &&
      !state.headers['Access-Control-Allow-Origin'] &&
      originKnown(deps.db, origin, deps.devOrigins) &&
      !(error instanceof Problem && error.code === 'origin_not_allowed')
    ) {
      // Let the page read why it failed (bad token, validation), except when its origin is the problem.
      Object.assign(state.headers, corsGrant(origin));
    }
    if (error instanceof Problem) return problemResponse(error, state.requestId, c.req.path, state.headers);
    deps.log(`[${state.requestId}] ${operation.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return problemResponse(
      new Problem(500, 'internal_error', 'Something went wrong on our side; the request changed nothing.'),
      state.requestId,
      c.req.path,
      state.headers,
    );
  }
}

/** Runs the handler in one transaction with its idempotency record and events; answers GETs conditionally. */
function dispatch(
  c: Context,
  deps: AppDeps,
  operation: Operation,
  state: RequestState,
  input: { params: Record<string, unknown>; query: Record<string, unknown>; body: unknown },
): Response {
  const handler = handlers[operation.id as keyof typeof handlers] as Handler<OperationId> | undefined;
  if (!handler) {
    return problemResponse(
      new Problem(501, 'internal_error', `${operation.id} is not implemented by this sandbox yet.`),
      state.requestId,
      c.req.path,
      state.headers,
    );
  }
  const principal = state.principal!;
  // Every POST, and any other write whose contract lists the header (updateIntroCall's PATCH).
  // Not those whose answer holds a secret shown once (x-menteo-idempotent: false): a stored copy would keep it.
  const idempotent =
    !operation.neverReplayed && (operation.method === 'POST' || operation.parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'));
  const idempotencyKey = idempotent ? c.req.header('Idempotency-Key') : undefined;
  const print = idempotencyKey ? fingerprint(operation.method, c.req.path, input.body) : '';
  const credential = credentialOf(principal);
  const now = deps.now();
  const emitted: LoggedEvent[] = [];

  const run = deps.db.transaction((): StoredResponse => {
    if (idempotencyKey) {
      const replay = findReplay(deps.db, credential, idempotencyKey, print);
      if (replay) return { ...replay, headers: { ...replay.headers, 'Idempotent-Replayed': 'true' } };
    }
    const ctx: HandlerContext<OperationId> = {
      operationId: operation.id,
      params: input.params as never,
      query: input.query as never,
      body: input.body as never,
      principal,
      db: deps.db,
      now,
      ...(deps.clock ? { clock: deps.clock } : {}),
      requestId: state.requestId,
      origin: new URL(c.req.url).origin,
      emit: (type: EventType, data: unknown, audience: Audience) => {
        emitted.push(appendEvent(deps.db, type, data, audience, now));
      },
    };
    const reply = handler(ctx) as { status: number; body: unknown; headers?: Record<string, string>; text?: string };
    const stored: StoredResponse = {
      status: reply.status,
      headers: reply.headers ?? {},
      body: reply.text ?? (reply.status === 204 || reply.body === undefined ? null : JSON.stringify(reply.body)),
    };
    if (idempotencyKey) remember(deps.db, credential, idempotencyKey, print, stored, now);
    return stored;
  });

  let result: StoredResponse;
  try {
    result = withCursorKey(deps.db, () => run.immediate());
  } catch (error) {
    // A handler's problem rolled its writes back. Remember it under the key too, so a retry
    // gets the same answer instead of a different one from a changed world.
    if (idempotencyKey && error instanceof Problem && error.status < 500) {
      const stored: StoredResponse = {
        status: error.status,
        headers: { ...error.headers, 'Content-Type': 'application/problem+json' },
        body: JSON.stringify(error.toJSON(state.requestId, c.req.path)),
      };
      deps.db
        .transaction(() => {
          if (!findReplay(deps.db, credential, idempotencyKey, print)) remember(deps.db, credential, idempotencyKey, print, stored, now);
        })
        .immediate();
    }
    throw error;
  }
  if (emitted.length > 0) {
    // The write is committed: what fails from here on is logged, and the answer stays the committed one.
    afterCommit(deps, state.requestId, operation.id, () => deps.bus.publish(emitted));
    afterCommit(deps, state.requestId, operation.id, () => deps.onEventsCommitted());
  }

  const headers: Record<string, string> = { ...result.headers };
  if (result.body === null) return new Response(null, { status: result.status, headers });
  headers['Content-Type'] ??= 'application/json';
  if (operation.method === 'GET' && result.status === 200) {
    const etag = etagOf(result.body);
    headers.ETag = etag;
    headers['Cache-Control'] = 'private, no-cache';
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) {
      delete headers['Content-Type'];
      return new Response(null, { status: 304, headers });
    }
  }
  return new Response(result.body, { status: result.status, headers });
}

/**
 * Runs a step that follows a commit (fan-out to streams, webhook queueing). Its failure must
 * not become a "500, nothing changed" for a write that happened: a retry would then write
 * twice. The events are in the durable log: streams replay it on reconnect, webhooks on the next commit.
 */
function afterCommit(deps: AppDeps, requestId: string, operationId: string, step: () => void): void {
  try {
    step();
  } catch (error) {
    deps.log(
      `[${requestId}] ${operationId} committed, but a step after the commit failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
}

/** The stream handler of an operation, when the operation is a streamed one. */
function streamHandlerOf(operationId: string): StreamHandler<StreamedOperationId> | undefined {
  return Object.hasOwn(streamHandlers, operationId) ? streamHandlers[operationId as StreamedOperationId] : undefined;
}

/** Reads and parses the JSON body: size, media type and syntax are checked before the schema is. */
async function readBody(c: Context, operation: Operation, validate: ((body: unknown) => boolean) | undefined): Promise<unknown> {
  const limit = operation.maxBodyBytes ?? maxBodyBytes;
  const declared = Number(c.req.header('Content-Length') ?? '0');
  if (declared > limit) throw payloadTooLarge(limit);
  const text = await readBodyText(c.req.raw, limit);
  if (!operation.bodySchemaPointer) {
    if (text.trim() !== '')
      throw new Problem(422, 'validation_failed', 'This operation takes no request body.', [{ in: 'body', pointer: '/', detail: 'must be empty' }]);
    return undefined;
  }
  if (text.trim() === '') {
    if (operation.bodyRequired)
      throw new Problem(422, 'validation_failed', 'The request body is required.', [{ in: 'body', pointer: '/', detail: 'is required' }]);
    return undefined;
  }
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type)) {
    throw new Problem(415, 'unsupported_media_type', 'Send the request body as application/json.');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new Problem(400, 'malformed_body', `The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (validate) validateBody(validate as Parameters<typeof validateBody>[0], body);
  return body;
}

/** Renders a problem as `application/problem+json`. */
export function problemResponse(problem: Problem, requestId: string, path: string, headers: Record<string, string>): Response {
  return new Response(JSON.stringify(problem.toJSON(requestId, path)), {
    status: problem.status,
    headers: { ...headers, ...problem.headers, 'Content-Type': 'application/problem+json', 'X-Request-Id': requestId },
  });
}

function firstValues(queries: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  // A repeated parameter (?skills=a&skills=b) means the same as a comma list.
  for (const [name, values] of Object.entries(queries)) out[name] = values.join(',');
  return out;
}

/** Whose idempotency keys and rate limit a request uses: the API key's, or the person's (not the token's: tokens are short-lived and a person may hold several). */
function credentialOf(principal: Principal): string {
  return principal.kind === 'user' ? `user:${principal.orgId}:${principal.userId}` : principal.key;
}

/** Whose request budget a request spends: a publishable key's is split per client address (see RateLimitOptions). */
function rateBudgetOf(principal: Principal, address: string): string {
  return principal.kind === 'publishable' ? `${principal.key} ${address}` : credentialOf(principal);
}

function newRequestId(): string {
  return `req_${randomBytes(12).toString('base64url')}`;
}

/** Destroys the TCP connection under the request (when served by node), so the client sees a reset. */
function dropConnection(c: Context): boolean {
  const socket = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming?.socket;
  socket?.destroy();
  return socket !== undefined;
}
