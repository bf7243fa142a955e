// The one set of helpers that read shapes out of the generated contract. The SDK re-exports
// them as its public types and the sandbox types its handlers with them, so a request or an
// answer has one type on both sides of the wire.
import type { components, operations } from '../generated/schema.js';

/**
 * A named schema of the contract, e.g. `Schema<'Mentor'>`: the exact shape the API sends, so a
 * renamed or removed field is a type error in your code rather than an `undefined` at run time.
 *
 * @typeParam Name - The schema's name in the contract, e.g. `'Mentor'`, `'Room'`, `'Post'`.
 *
 * @example
 * ```ts
 * import type { Schema } from '@menteo/sdk';
 * function renderCard(mentor: Schema<'Mentor'>) { return `${mentor.name}, ${mentor.headline ?? ''}`; }
 * ```
 */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/**
 * An operation id of the contract, e.g. `'listMentors'`: the key of every helper below.
 *
 * @example
 * ```ts
 * const retried: OperationId[] = ['listMentors', 'retrieveRoom'];
 * ```
 */
export type OperationId = keyof operations;

/**
 * The JSON body of a request body or response object of the contract (`undefined` when it has
 * none, as a `204 No Content`).
 *
 * @typeParam T - A request body or response object, e.g. `operations['retrieveRoom']['responses'][200]`.
 *
 * @example
 * ```ts
 * type Room = JsonBodyOf<operations['retrieveRoom']['responses'][200]>;
 * ```
 */
export type JsonBodyOf<T> = T extends {
  /** The body by media type; the API speaks JSON only. */
  content: {
    /** The JSON body's type. */
    'application/json': infer B;
  };
}
  ? B
  : undefined;

/**
 * An operation's path parameters (`never` for an operation without any).
 *
 * @typeParam K - The operation id, e.g. `'retrieveRoom'`.
 *
 * @example
 * ```ts
 * const params: PathOf<'retrieveRoom'> = { roomId: 'room_demo' };
 * ```
 */
export type PathOf<K extends OperationId> = operations[K]['parameters'] extends {
  /** The operation's path parameters, when it takes any. */
  path?: infer P;
}
  ? NonNullable<P>
  : never;

/**
 * An operation's query parameters (all optional unless the contract says otherwise; `never`
 * for an operation without any).
 *
 * @typeParam K - The operation id, e.g. `'listMentors'`.
 *
 * @example
 * ```ts
 * const params: QueryOf<'listRooms'> = { status: ['active'], limit: 20 };
 * ```
 */
export type QueryOf<K extends OperationId> = operations[K]['parameters'] extends {
  /** The operation's query parameters, when it takes any. */
  query?: infer Q;
}
  ? NonNullable<Q>
  : never;

/**
 * An operation's JSON request body (`unknown` for operations that take none: openapi-typescript
 * writes their body as an optional `never`, which matches with nothing to infer).
 *
 * @typeParam K - The operation id, e.g. `'createThreadPost'`.
 *
 * @example
 * ```ts
 * const draft: BodyOf<'createThreadPost'> = { kind: 'update', body: 'Week 3: first skip-level done.' };
 * ```
 */
export type BodyOf<K extends OperationId> = operations[K] extends {
  /** The operation's request body, when it takes one. */
  requestBody?: {
    /** The body by media type; the API reads JSON only. */
    content: {
      /** The JSON body's type. */
      'application/json': infer B;
    };
  };
}
  ? B
  : never;

/**
 * The JSON body of one of an operation's answers, by status.
 *
 * @typeParam K - The operation id, e.g. `'createRoom'`.
 * @typeParam S - One of its statuses, e.g. `201`.
 *
 * @example
 * ```ts
 * const created: ResponseOf<'createRoom', 201> = await response.json();
 * ```
 */
export type ResponseOf<K extends OperationId, S extends keyof operations[K]['responses']> = JsonBodyOf<operations[K]['responses'][S]>;

/**
 * An operation's success body (200 or 201; `void` for a `204 No Content`).
 *
 * @typeParam K - The operation id, e.g. `'retrieveRoom'`.
 *
 * @example
 * ```ts
 * let slots: ResultOf<'listMentorSlots'> | undefined;
 * ```
 */
export type ResultOf<K extends OperationId> = operations[K]['responses'] extends infer R
  ? R extends {
      /** A `200 OK` answer. */
      200: {
        /** Its body by media type. */
        content: {
          /** The JSON body's type. */
          'application/json': infer B;
        };
      };
    }
    ? B
    : R extends {
          /** A `201 Created` answer. */
          201: {
            /** Its body by media type. */
            content: {
              /** The JSON body's type. */
              'application/json': infer B;
            };
          };
        }
      ? B
      : // biome-ignore lint/suspicious/noConfusingVoidType: an operation without a JSON body (204) resolves to nothing, as a `Promise<void>` says.
        void
  : never;

/**
 * The item type of a list operation: one element of its page's `data`.
 *
 * @typeParam K - The operation id of a list, e.g. `'listThreadPosts'`.
 *
 * @example
 * ```ts
 * const render = (post: ItemOf<'listThreadPosts'>) => `<p>${post.body}</p>`;
 * ```
 */
export type ItemOf<K extends OperationId> =
  ResultOf<K> extends {
    /** The page's items. */
    data: (infer I)[];
  }
    ? I
    : never;
