import type { Context } from 'hono';
import type { AppDeps } from '../app.js';
import type { Principal } from '../http/handler.js';
import { Problem } from '../http/problem.js';
import { latestSeq, readEvents, type EventFilter } from './event-log.js';

/** How often an idle stream sends a comment, so proxies keep it open. */
export const heartbeatMs = 15_000;
const batch = 200;

/**
 * `GET /v1/events`: Server-Sent Events for the caller, or (with `Accept: application/json`)
 * one page of the same events for clients that cannot stream. Resumes after
 * `Last-Event-ID` (or `?after=`), reading from the durable log, so a reconnect
 * neither loses nor repeats an event.
 */
export async function streamEvents(
  c: Context,
  deps: AppDeps,
  principal: Principal,
  query: Record<string, unknown>,
  requestId: string,
): Promise<Response> {
  const filter: EventFilter = {
    ...(principal.kind === 'user' ? { userId: principal.userId } : {}),
    threadIds: (query.threadIds as string[] | undefined) ?? [],
    types: (query.types as string[] | undefined) ?? [],
  };
  const resumeFrom = c.req.header('Last-Event-ID') ?? (query.after as string | undefined);
  let position: number;
  if (resumeFrom !== undefined) {
    if (!/^\d{1,15}$/.test(resumeFrom)) {
      throw new Problem(400, 'invalid_parameter', 'Last-Event-ID must be the id of an event this API sent.', [
        { in: c.req.header('Last-Event-ID') !== undefined ? 'header' : 'query', pointer: c.req.header('Last-Event-ID') !== undefined ? '/Last-Event-ID' : '/after', detail: 'must be an event id' },
      ]);
    }
    position = Number(resumeFrom);
  } else {
    position = latestSeq(deps.db);
  }

  if (!(c.req.header('Accept') ?? '').includes('text/event-stream') && (c.req.header('Accept') ?? '').includes('application/json')) {
    const limit = (query.limit as number | undefined) ?? 100;
    const events = readEvents(deps.db, position, filter, limit);
    const last = events.at(-1)?.id ?? String(position);
    return Response.json({ data: events, lastEventId: last }, { headers: { 'Cache-Control': 'no-store' } });
  }

  const encoder = new TextEncoder();
  let unsubscribe = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        if (heartbeat) clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      const pump = () => {
        if (closed) return;
        try {
          for (;;) {
            const events = readEvents(deps.db, position, filter, batch);
            for (const event of events) {
              controller.enqueue(encoder.encode(`id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`));
              position = Number(event.id);
            }
            if (events.length < batch) break;
          }
        } catch {
          close();
        }
      };
      controller.enqueue(encoder.encode(`retry: 2000\n: connected ${requestId}\n\n`));
      unsubscribe = deps.bus.subscribe(pump);
      heartbeat = setInterval(() => {
        try {
          controller.enqueue(encoder.encode(': heartbeat\n\n'));
        } catch {
          close();
        }
      }, heartbeatMs);
      heartbeat.unref?.();
      c.req.raw.signal.addEventListener('abort', close);
      pump();
    },
    cancel() {
      unsubscribe();
      if (heartbeat) clearInterval(heartbeat);
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' },
  });
}
