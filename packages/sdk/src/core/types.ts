import type { components, operations } from '@menteo/api';

/**
 * A named schema of the contract (the OpenAPI document of `@menteo/api`), e.g.
 * `Schema<'Mentor'>`: the exact shape the API sends, so a renamed or removed field is a
 * type error in your code rather than an `undefined` at run time.
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
 * An operation id of the contract, e.g. `'listMentors'`.
 *
 * @inline
 */
type Op = keyof operations;
/**
 * An operation's query parameters (all optional unless the contract says otherwise).
 *
 * @typeParam K - The operation id, e.g. `'listMentors'`.
 *
 * @example
 * ```ts
 * const params: QueryOf<'listRooms'> = { status: ['active'], limit: 20 };
 * ```
 */
export type QueryOf<K extends Op> = operations[K]['parameters'] extends {
  /** The operation's query parameters, when it takes any. */
  query?: infer Q;
}
  ? NonNullable<Q>
  : never;
/**
 * An operation's JSON request body (`never` for operations that take none).
 *
 * @typeParam K - The operation id, e.g. `'createThreadPost'`.
 *
 * @example
 * ```ts
 * const draft: BodyOf<'createThreadPost'> = { kind: 'update', body: 'Week 3: first skip-level done.' };
 * ```
 */
export type BodyOf<K extends Op> = operations[K] extends {
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
 * An operation's success body (200 or 201; `void` for a `204 No Content`).
 *
 * @typeParam K - The operation id, e.g. `'retrieveRoom'`.
 *
 * @example
 * ```ts
 * let slots: ResultOf<'listMentorSlots'> | undefined;
 * ```
 */
export type ResultOf<K extends Op> = operations[K]['responses'] extends infer R
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
      : void
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
export type ItemOf<K extends Op> = ResultOf<K> extends {
  /** The page's items. */
  data: (infer I)[];
}
  ? I
  : never;
