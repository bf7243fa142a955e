import type { components, operations } from '@menteo/api';

/** A named schema of the contract, e.g. `Schema<'Mentor'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type Op = keyof operations;
/** An operation's query parameters (all optional unless the contract says otherwise). */
export type QueryOf<K extends Op> = operations[K]['parameters'] extends { query?: infer Q } ? NonNullable<Q> : never;
/** An operation's JSON request body. */
export type BodyOf<K extends Op> = operations[K] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
/** An operation's success body (200 or 201). */
export type ResultOf<K extends Op> = operations[K]['responses'] extends infer R
  ? R extends { 200: { content: { 'application/json': infer B } } }
    ? B
    : R extends { 201: { content: { 'application/json': infer B } } }
      ? B
      : void
  : never;
/** The item type of a list operation. */
export type ItemOf<K extends Op> = ResultOf<K> extends { data: (infer I)[] } ? I : never;
