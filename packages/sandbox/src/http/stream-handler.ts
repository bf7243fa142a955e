import type { Context } from 'hono';
import type { AppDeps } from '../app-deps.js';
import type { PathParams, Principal, QueryParams, StreamedOperationId } from './handler.js';

/**
 * What a stream handler receives: the validated request, the caller, and the app's
 * dependencies. Unlike a {@link HandlerContext}, it is not inside a transaction: a stream
 * outlives the request that opened it and reads the database as events arrive.
 */
export interface StreamContext<K extends StreamedOperationId> {
  operationId: K;
  params: PathParams<K>;
  query: QueryParams<K>;
  principal: Principal;
  requestId: string;
  deps: AppDeps;
  /** The raw hono context: request headers, the abort signal, the socket. */
  c: Context;
}

/**
 * A handler whose answer is a `Response` it builds itself (a Server-Sent Events stream,
 * or a page for clients that cannot stream). The app runs it inside the same envelope as
 * every operation (authentication, CORS, rate limits, faults, problems) but without the
 * transaction, idempotency and ETag of a JSON reply.
 *
 * @example
 * ```ts
 * const streamHandlers: StreamHandlers = { streamEvents };
 * ```
 */
export type StreamHandler<K extends StreamedOperationId> = (ctx: StreamContext<K>) => Promise<Response>;

/** A map from operationId to stream handler, for every streamed operation. */
export type StreamHandlers = { [K in StreamedOperationId]: StreamHandler<K> };
