import type { BodyOf, components, OperationId, operations, PathOf, QueryOf, ResponseOf } from '@menteo/api';
import type { AdjustableClock } from '../clock.js';
import type { Db } from '../db/database.js';

// The shapes come from @menteo/api's helpers, the ones the SDK's public types are made of; these
// only fit them to a handler: no parameters is an empty object, an optional body may be absent.
/** Every operation of the contract, by operationId. */
export type { OperationId };
type Op<K extends OperationId> = operations[K];

type Defined<T> = [T] extends [undefined] ? Record<string, never> : [T] extends [never] ? Record<string, never> : NonNullable<T>;

/** Path parameters of an operation, as validated against the contract. */
export type PathParams<K extends OperationId> = Defined<PathOf<K>>;
/** Query parameters of an operation, validated and coerced (defaults applied, arrays split). */
export type QueryParams<K extends OperationId> = Defined<QueryOf<K>>;
/** The JSON request body of an operation, validated against the contract. */
export type RequestBody<K extends OperationId> =
  Op<K> extends { requestBody: object } ? BodyOf<K> : Op<K> extends { requestBody?: object } ? BodyOf<K> | undefined : undefined;

type SuccessCode = 200 | 201 | 202 | 204;
type SuccessStatus<K extends OperationId> = Extract<keyof Op<K>['responses'], SuccessCode>;

/** What a handler returns: one of the operation's success responses, typed by status. */
export type Reply<K extends OperationId> = {
  [S in SuccessStatus<K>]: {
    status: S;
    body: ResponseOf<K, S>;
    headers?: Record<string, string>;
    /** A body that is not JSON (the insights CSV), sent as it is under the `Content-Type` of `headers`. */
    text?: string;
  };
}[SuccessStatus<K>];

/** Who is calling, from the `Authorization: Bearer` credential. */
export type Principal =
  | { kind: 'publishable'; orgId: string; key: string; mode: 'test' | 'live' }
  | { kind: 'secret'; orgId: string; key: string; mode: 'test' | 'live' }
  | {
      kind: 'user';
      orgId: string;
      userId: string;
      token: string;
      /** Set for a personal access token (`mt_pat_…`): the operations it may call (see personal-token-scopes.ts). */
      scopes?: readonly components['schemas']['PersonalAccessTokenScope'][];
    };

/** An event's type, and the payload the contract gives it. */
type EventSchema = components['schemas'] extends { Event: infer E } ? E : { type: string; data: unknown };
export type EventType = EventSchema extends { type: infer T extends string } ? T : string;
export type EventData<T extends EventType> = Extract<EventSchema, { type: T }> extends { data: infer D } ? D : unknown;

/**
 * Who receives an event: the people named (room participants, a thread's owner and
 * followers), and when `public` is true anyone watching the thread `threadId`.
 */
export interface Audience {
  userIds: string[];
  public?: boolean;
  threadId?: string;
  /**
   * The data reads differently for some of its readers (a post naming an organization's
   * roadmap, whose titles only that organization's readers may see): each open stream re-reads
   * it as its reader may see it, rather than taking the one frame built for everyone.
   */
  readerView?: boolean;
}

export interface HandlerContext<K extends OperationId> {
  operationId: K;
  params: PathParams<K>;
  query: QueryParams<K>;
  body: RequestBody<K>;
  principal: Principal;
  db: Db;
  /** The request's clock reading (the sandbox's clock can be set in tests). */
  now: Date;
  /**
   * The sandbox's clock itself, which `POST /v1/sandbox/clock` moves; every other handler reads
   * `now`. Absent from an app built without one (that operation then answers 404, as production does).
   */
  clock?: AdjustableClock;
  requestId: string;
  /** The origin the request reached (`http://127.0.0.1:4010`): the base of links the API hands out, such as a thread's `htmlUrl`. */
  origin: string;
  /** Records an event in the same transaction as the handler's writes; it is published after commit. */
  emit<T extends EventType>(type: T, data: EventData<T>, audience: Audience): void;
}

/**
 * A handler implements one operation. It is synchronous on purpose: the app runs
 * it inside one SQLite transaction with the idempotency record and its events, so
 * a thrown `Problem` (or any error) leaves nothing half-written.
 */
export type Handler<K extends OperationId> = (ctx: HandlerContext<K>) => Reply<K>;

/** Operations answered by a stream handler (see `stream-handler.ts`) instead of a synchronous one. */
export type StreamedOperationId = 'streamEvents';

/** The OAuth endpoints, served in their own envelope (resources/oauth/routes.ts): no bearer, forms, RFC 6749 errors. */
export type OAuthOperationId = 'showOAuthAuthorization' | 'consentOAuthAuthorization' | 'showOAuthPopupCallback' | 'exchangeOAuthToken' | 'revokeOAuthToken';

/**
 * Operations the app dispatches to a synchronous handler: all but the streamed ones, the OAuth
 * endpoints and the webhook the API sends rather than serves.
 */
export type HandledOperationId = Exclude<OperationId, StreamedOperationId | OAuthOperationId | 'receiveEvent'>;

/** A map from operationId to handler; each resource module exports a part of it. */
export type Handlers = { [K in HandledOperationId]: Handler<K> };
export type HandlerMap<K extends OperationId> = { [P in K]: Handler<P> };
