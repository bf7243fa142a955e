import type { AppDeps } from '../app-deps.js';
import { prepared } from '../db/database.js';
import { clientAddress } from '../http/client-address.js';
import type { Principal } from '../http/handler.js';
import { Problem } from '../http/problem.js';
import type { StreamContext } from '../http/stream-handler.js';
import { latestSeq, type EventFilter } from './event-log.js';
import { readReplayPage } from './replay.js';
import { SseSubscriber } from './sse-subscriber.js';

/**
 * `GET /v1/events`: Server-Sent Events for the caller, or (with `Accept: application/json`)
 * one page of the same events for clients that cannot stream. Resumes after
 * `Last-Event-ID` (or `?after=`), reading from the durable log, so a reconnect
 * neither loses nor repeats an event. History is read as the caller may see it now
 * (see `readReplayPage`); streams are capped per person and per address.
 *
 * @example
 * ```ts
 * const streamHandlers: StreamHandlers = { streamEvents };
 * ```
 */
export async function streamEvents({ c, deps, principal, query, requestId }: StreamContext<'streamEvents'>): Promise<Response> {
  const filter: EventFilter = {
    ...(principal.kind === 'user' ? { userId: principal.userId } : {}),
    threadIds: query.threadIds ?? [],
    types: query.types ?? [],
  };
  const header = c.req.header('Last-Event-ID');
  const resumeFrom = header ?? query.after;
  let position: number;
  if (resumeFrom !== undefined) {
    if (!/^\d{1,15}$/.test(resumeFrom)) {
      throw new Problem(400, 'invalid_parameter', 'Last-Event-ID must be the id of an event this API sent.', [
        { in: header !== undefined ? 'header' : 'query', pointer: header !== undefined ? '/Last-Event-ID' : '/after', detail: 'must be an event id' },
      ]);
    }
    position = Number(resumeFrom);
  } else {
    position = latestSeq(deps.db);
  }

  const accept = c.req.header('Accept') ?? '';
  if (!accept.includes('text/event-stream') && accept.includes('application/json')) {
    const page = readReplayPage(deps.db, position, filter, principal, query.limit ?? 100);
    // Past the events left out too, so the next poll does not examine them again.
    return Response.json({ data: page.events, lastEventId: String(page.scannedTo) }, { headers: { 'Cache-Control': 'no-store' } });
  }

  const release = deps.bus.admit({ credential: streamCredential(principal), ip: clientAddress(c) });
  let subscriber: SseSubscriber;
  try {
    subscriber = new SseSubscriber({
      db: deps.db,
      bus: deps.bus,
      now: deps.now,
      log: deps.log,
      principal,
      filter,
      position,
      replay: resumeFrom !== undefined,
      expiresAt: principal.kind === 'user' ? tokenExpiry(deps, principal.token) : undefined,
      requestId,
      release,
    });
  } catch (error) {
    release();
    throw error;
  }
  c.req.raw.signal.addEventListener('abort', () => subscriber.close());
  return new Response(subscriber.stream, {
    status: 200,
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' },
  });
}

/** Whose share of streams a stream takes: the person's (any of their tokens), or the secret key's. A publishable key is every visitor of a site, so only their addresses count. */
function streamCredential(principal: Principal): string | undefined {
  if (principal.kind === 'user') return `user:${principal.orgId}:${principal.userId}`;
  return principal.kind === 'secret' ? principal.key : undefined;
}

function tokenExpiry(deps: AppDeps, token: string): number | undefined {
  const row = prepared(deps.db, 'SELECT expires_at FROM user_tokens WHERE token = ?').get(token) as { expires_at: string } | undefined;
  return row ? Date.parse(row.expires_at) : undefined;
}
